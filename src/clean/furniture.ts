/**
 * Page furniture in the cleaned text: bylines, datelines and photo captions.
 * They stay in the text (offsets stay simple and credits can be read from
 * them) but are marked so that the prose recognizers skip them.
 */
import type { Furniture } from '../document.js';
import { isCaption } from './rules.js';

/** The paper, station or site a credited reporter works for: 绍兴日报|首席记者. */
const CREDIT_OUTLET = '[\\u4e00-\\u9fff]{2,8}?(?:日报|晚报|报社|报|电视台|广播电视台|台|网|融媒体中心)';

/** Shapes that open a paragraph, longest first; each match is one furniture span. */
const OPENING_FURNITURE: Array<{ kind: Furniture['kind']; pattern: RegExp }> = [
  // 本报讯(记者 殷雪莺 胡引平) / 本报讯 记者 王某 / 本报讯
  { kind: 'byline', pattern: /^(?:■\s*)?本报讯\s*(?:[(（][^)）\n]{0,40}[)）])?/ },
  // ■ 首席记者 张科勇 / ■绍兴日报首席记者 张科勇 / 融媒体记者 李伯俭 / 撰稿：金笛 / 记者 王某 通讯员 李某 (a paragraph of credits only)
  {
    kind: 'byline',
    pattern: new RegExp(
      `^(?:■\\s*)?(?:${CREDIT_OUTLET})?(?:(?:首席|特约|实习|见习|融媒体)?记者|通讯员|实习生|摄影|撰稿|文\\s*\\/|图\\s*\\/)[\\s:：]*[\\u4e00-\\u9fff·\\s]{2,40}$`,
    ),
  },
  // (王志强) / （简宁静 温加俏）: a closing line of bare credit names
  { kind: 'byline', pattern: /^\s*[(（]\s*(?:[\u4e00-\u9fff·]{2,4}\s*){1,4}[)）]\s*$/ },
  // 新华社北京8月24日电 / 新华社记者 / 人民网北京8月24日电（记者 X）
  { kind: 'dateline', pattern: /^[\u4e00-\u9fff]{0,8}(?:社|网|台|报)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电(?:\s*[(（][^)）\n]{0,40}[)）])?/ },
  // 央视网消息（新闻联播）：
  { kind: 'dateline', pattern: /^[\u4e00-\u9fff]{2,8}消息\s*[(（][^)）\n]{0,20}[)）]\s*[:：]/ },
];

/**
 * Credits closing a paragraph: "…工作。 (王志强)", "（记者 郑法群）". The match
 * never starts inside a whitespace run, only at its first or second position
 * (same leftmost match): starting at every space of a long run and rescanning
 * the rest of it was quadratic.
 */
const TRAILING_CREDIT = /(?<=[。！？”\s])(?<!\s\s)\s*[(（]\s*(?:(?:记者|通讯员)\s*)?(?:[\u4e00-\u9fff·]{2,4}\s*){1,4}[)）]\s*$/;

/** 【编辑：李甫仓】, [责任编辑: 王某]: the page's editor credit. */
const EDITOR_CREDIT = /[【\[](?:责任)?编辑\s*[:：]\s*[\u4e00-\u9fff·\s]{2,12}[】\]]/;

export function findFurniture(text: string, from = 0): Furniture[] {
  const found: Furniture[] = [];
  let start = from;
  for (const line of text.slice(from).split('\n')) {
    const editor = EDITOR_CREDIT.exec(line);
    if (editor) found.push({ kind: 'byline', start: start + editor.index, end: start + editor.index + editor[0].length });
    const trailing = TRAILING_CREDIT.exec(line);
    if (trailing && trailing.index > 0) found.push({ kind: 'byline', start: start + trailing.index, end: start + line.length });
    if (isCaption(line)) {
      found.push({ kind: 'caption', start, end: start + line.length });
    } else {
      for (const { kind, pattern } of OPENING_FURNITURE) {
        const m = pattern.exec(line);
        if (m && m[0].trim()) {
          found.push({ kind, start, end: start + m[0].length });
          break;
        }
      }
    }
    start += line.length + 1;
  }
  return found;
}
