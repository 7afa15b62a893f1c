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

/** `.html`: the main text, taken from <article> or <body>, with block tags as paragraph breaks. */
export function parseHtmlFile(contents: string, path: string, baseId: string): SourceRecord {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(contents)?.[1];
  const main =
    /<article[^>]*>([\s\S]*?)<\/article>/i.exec(contents)?.[1] ??
    /<body[^>]*>([\s\S]*?)<\/body>/i.exec(contents)?.[1] ??
    contents;
  const body = decodeEntities(
    main
      .replace(/<(script|style|nav|header|footer|aside)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<\/?(p|div|br|h[1-6]|li|section|tr)\b[^>]*>/gi, '\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  if (!body) throw new FormatError('HTML has no text content');
  return { ...emptyFields(baseId), title: title ? decodeEntities(title).trim() || null : null, path, body };
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
