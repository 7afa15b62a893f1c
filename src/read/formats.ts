/**
 * Parsers from decoded file contents to source records, one per format.
 * Each throws a FormatError with a reason a user can act on.
 */
import { parse as parseYaml } from 'yaml';
import type { SourceRecord } from '../document.js';

export class FormatError extends Error {}

type RecordFields = Omit<SourceRecord, 'path' | 'body'>;

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** `.txt`/`.md`: optional YAML front matter (id, title, date, source, url), then the body. */
export function parseTextFile(contents: string, path: string, baseId: string): SourceRecord {
  const match = FRONT_MATTER.exec(contents);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(contents)) throw new FormatError('front matter opened with --- but never closed');
    return { ...emptyFields(baseId), path, body: contents };
  }
  let meta: unknown;
  try {
    meta = parseYaml(match[1]!);
  } catch (err) {
    throw new FormatError(`broken YAML front matter: ${firstLine(err)}`);
  }
  if (meta !== null && (typeof meta !== 'object' || Array.isArray(meta))) {
    throw new FormatError('front matter is not a YAML mapping');
  }
  return { ...fieldsFrom((meta ?? {}) as Record<string, unknown>, baseId), path, body: contents.slice(match[0].length) };
}

/** `.json`: one record object, or an array of them. */
export function parseJsonFile(contents: string, path: string, baseId: string): SourceRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(contents);
  } catch (err) {
    throw new FormatError(`malformed JSON: ${firstLine(err)}`);
  }
  const items = Array.isArray(value) ? value : [value];
  return items.map((item, i) => jsonRecord(item, path, items.length === 1 ? baseId : `${baseId}#${i + 1}`, `item ${i + 1}`));
}

/** One line of a `.jsonl` file. */
export function parseJsonLine(line: string, path: string, fallbackId: string, lineNo: number): SourceRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    throw new FormatError(`line ${lineNo}: malformed JSON: ${firstLine(err)}`);
  }
  return jsonRecord(value, path, fallbackId, `line ${lineNo}`);
}

function jsonRecord(value: unknown, path: string, fallbackId: string, where: string): SourceRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new FormatError(`${where}: expected an object with a "text" field`);
  }
  const obj = value as Record<string, unknown>;
  const body = obj.text ?? obj.content ?? obj.body;
  if (typeof body !== 'string') throw new FormatError(`${where}: no "text" string`);
  return { ...fieldsFrom(obj, fallbackId), path, body };
}

/**
 * `.html`: the main text, taken from <article> or <body>, with block tags as
 * paragraph breaks and script/style/nav/header/footer/aside blocks dropped.
 * One linear scan over the tags (regular expressions with a lazy body retried
 * at every unclosed "<article" or "<" were quadratic on hostile pages).
 */
export function parseHtmlFile(contents: string, path: string, baseId: string): SourceRecord {
  const tags = scanTags(contents);
  const titleRange = elementRange(tags, 'title');
  const title = titleRange ? contents.slice(titleRange.innerStart, titleRange.innerEnd) : undefined;
  const main = elementRange(tags, 'article') ?? elementRange(tags, 'body') ?? { innerStart: 0, innerEnd: contents.length };
  const body = decodeEntities(visibleText(contents, tags, main.innerStart, main.innerEnd))
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  if (!body) throw new FormatError('HTML has no text content');
  return { ...emptyFields(baseId), title: title ? decodeEntities(stripAllTags(title)).trim() || null : null, path, body };
}

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
}

/** Every `<…>` with at least one character inside, as `<[^>]+>` would see them, in one pass. */
function scanTags(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = html.indexOf('<');
  while (i !== -1) {
    const gt = html.indexOf('>', i + 1);
    if (gt === -1) break; // no '>' anywhere after: the rest is text
    if (gt === i + 1) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const m = /^<(\/?)([A-Za-z][A-Za-z0-9]*)/.exec(html.slice(i, Math.min(gt, i + 64)));
    tags.push({ start: i, end: gt + 1, name: m ? m[2]!.toLowerCase() : '', closing: m ? m[1] === '/' : false });
    i = html.indexOf('<', gt + 1);
  }
  return tags;
}

/** Inner range of the first <name …> and the first </name> after it. */
function elementRange(tags: Tag[], name: string): { innerStart: number; innerEnd: number } | undefined {
  const open = tags.findIndex((t) => t.name === name && !t.closing);
  if (open === -1) return undefined;
  for (let j = open + 1; j < tags.length; j++) {
    if (tags[j]!.name === name && tags[j]!.closing) return { innerStart: tags[open]!.end, innerEnd: tags[j]!.start };
  }
  return undefined;
}

const SKIPPED = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside']);
const BLOCK = new Set(['p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'tr']);

/** Text of [from, to): skipped blocks out (when closed), block tags to newlines, other tags out. */
function visibleText(html: string, tags: Tag[], from: number, to: number): string {
  const inside = tags.filter((t) => t.start >= from && t.end <= to);
  // For each skipped element name, the positions of its closing tags, consumed in order.
  const closers = new Map<string, number[]>();
  inside.forEach((t, k) => {
    if (t.closing && SKIPPED.has(t.name)) (closers.get(t.name) ?? closers.set(t.name, []).get(t.name)!).push(k);
  });
  const cursor = new Map<string, number>();
  const out: string[] = [];
  let pos = from;
  for (let k = 0; k < inside.length; k++) {
    const t = inside[k]!;
    out.push(html.slice(pos, t.start));
    pos = t.end;
    if (!t.closing && SKIPPED.has(t.name)) {
      const list = closers.get(t.name) ?? [];
      let c = cursor.get(t.name) ?? 0;
      while (c < list.length && list[c]! <= k) c++;
      cursor.set(t.name, c);
      if (c < list.length) {
        k = list[c]!;
        pos = inside[k]!.end;
        continue;
      }
    }
    if (BLOCK.has(t.name)) out.push('\n');
  }
  out.push(html.slice(pos, to));
  return out.join('');
}

function stripAllTags(s: string): string {
  return visibleText(s, scanTags(s), 0, s.length);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

function emptyFields(id: string): RecordFields {
  return { id, title: null, date: null, source: null, url: null };
}

function fieldsFrom(obj: Record<string, unknown>, fallbackId: string): RecordFields {
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);
  return {
    id: str(obj.id) ?? fallbackId,
    title: str(obj.title),
    date: normalizeDate(obj.date),
    source: str(obj.source),
    url: str(obj.url),
  };
}

/** YAML turns 2015-12-29 into a Date; JSON keeps strings. Both become YYYY-MM-DD or null. */
export function normalizeDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

const firstLine = (err: unknown) => String(err instanceof Error ? err.message : err).split('\n')[0];
