/**
 * Cleaning rules for newspaper-page artifacts. Each rule is a small function
 * from text to text, tested with the page shapes it handles. They run in the
 * order of CLEANING_RULES; offsets in the graph refer to the text after all
 * of them (see ../document.ts).
 */

/** Sentence-final punctuation, ASCII and full-width. */
export const TERMINAL = '。！？!?；;…”’」』）)';

/** CRLF to LF, control and zero-width characters out, NBSP to space. */
export function normalizeCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\u00a0/g, ' ')
    .replace(/\u3000/g, '  ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/** "(上接03版)" / "（下转2版）": page jump marks, on a line of their own or inline. */
export const PAGE_MARK = /[(（]\s*[上下][接转](?:第)?\s*[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s*版\s*[)）]/g;

/** Drop page marks; the split stage has already used them as article boundaries. */
export function removePageMarks(text: string): string {
  return text.replace(PAGE_MARK, '');
}

/**
 * A paragraph that opens with one to three characters and a full stop is the
 * tail of a sentence from another page ("全。要全力绘就…"): drop the tail.
 */
export function dropStrayFragments(text: string): string {
  return text.replace(/(^|\n)[\u4e00-\u9fff]{1,3}[。．](?=[\u4e00-\u9fff“"])/g, '$1');
}

/**
 * Page layout breaks words across paragraphs ("系统治\n\n理、源头治理",
 * "四要强化龙\n\n头牵引"). A body paragraph (long, with punctuation) that ends
 * without terminal punctuation continues in the next paragraph. Headlines are
 * short and never joined.
 */
export function joinBrokenParagraphs(text: string): string {
  const paragraphs = text.split(/\n\s*\n|\n/);
  const out: string[] = [];
  for (const para of paragraphs) {
    const prev = out[out.length - 1];
    if (prev !== undefined && continuesInto(prev, para)) out[out.length - 1] = prev.trimEnd() + para.trimStart();
    else out.push(para);
  }
  return out
    .map((p) => p.trim())
    .filter(Boolean)
    .join('\n');
}

function continuesInto(prev: string, next: string): boolean {
  const tail = prev.trimEnd();
  const head = next.trimStart();
  if (tail.length < 40 || !/[，,。、；]/.test(tail)) return false;
  const last = tail[tail.length - 1]!;
  if (TERMINAL.includes(last) || last === '：' || last === ':') return false;
  if (!/^[\u4e00-\u9fff“"「、，,]/.test(head)) return false;
  // A caption after a cut-off paragraph is not its continuation.
  return !isCaption(head);
}

/** "全市河湖长制林长制工作会议会场。梁琛 摄", "(新华社记者 李学仁 摄)". */
export function isCaption(paragraph: string): boolean {
  const p = paragraph.trim();
  return p.length <= 120 && /(?:^|[。\s(（])(?:[\u4e00-\u9fff·]{2,4}\s*){1,3}摄[)）]?$/.test(p);
}

export const CLEANING_RULES: ReadonlyArray<(text: string) => string> = [
  normalizeCharacters,
  removePageMarks,
  joinBrokenParagraphs,
  dropStrayFragments,
];

export function cleanText(text: string): string {
  return CLEANING_RULES.reduce((t, rule) => rule(t), text);
}
