/**
 * The read stage: paths (files or directories, recursively) to source
 * records, streamed so a large corpus never sits in memory. A file that
 * cannot be read or parsed becomes a ReadProblem naming the file and the
 * reason; the other inputs go on.
 */
import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { SourceRecord } from '../document.js';
import { DecodeError, decodeText } from './decode.js';
import { FormatError, parseHtmlFile, parseJsonFile, parseJsonLine, parseTextFile } from './formats.js';

export interface ReadProblem {
  path: string;
  reason: string;
}

/** A record, an input that could not be read, or a file inside a directory passed over (its type is no article format). */
export type ReadItem = { record: SourceRecord } | { problem: ReadProblem } | { skipped: ReadProblem };

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl', '.html', '.htm'] as const;

/** Largest single file read whole; bigger `.jsonl` files stream line by line. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;
/**
 * Largest `.txt`/`.md`/`.html` file (one article, or one page of a few) and
 * largest JSON Lines line (one record). Real articles are a few KB; anything
 * this size is a dump or an accident, and would hold the batch up for minutes.
 */
export const MAX_ARTICLE_BYTES = 16 * 1024 * 1024;

export async function* readInputs(paths: string[]): AsyncGenerator<ReadItem> {
  for (const path of paths) yield* readPath(path, new Set());
}

async function* readPath(path: string, seenDirs: Set<string>): AsyncGenerator<ReadItem> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield problem(path, systemReason(err));
    return;
  }
  if (info.isDirectory()) {
    let real: string;
    try {
      real = await realpath(path);
    } catch (err) {
      yield problem(path, systemReason(err));
      return;
    }
    if (seenDirs.has(real)) {
      yield problem(path, 'directory symlink loop, skipped');
      return;
    }
    seenDirs.add(real);
    let entries;
    try {
      entries = (await readdir(path)).sort();
    } catch (err) {
      yield problem(path, systemReason(err));
      return;
    }
    for (const entry of entries) {
      if (entry.startsWith('.')) continue;
      const child = join(path, entry);
      const childInfo = await stat(child).catch(() => null);
      // Inside directories, unknown extensions are skipped, not failed (README, images, a
      // tool's socket), and said so; named on the command line, they are problems.
      if (childInfo && !childInfo.isDirectory() && !isSupported(child)) {
        yield { skipped: { path: oneLine(child), reason: `not an article format (${oneLine(extname(child)) || 'no extension'})` } };
        continue;
      }
      yield* readPath(child, seenDirs);
    }
    seenDirs.delete(real);
    return;
  }
  if (!info.isFile()) {
    yield problem(path, `not a regular file (${fileKind(info)})`);
    return;
  }
  if (!isSupported(path)) {
    yield problem(path, `unsupported file type "${extname(path) || '(none)'}" (expected ${SUPPORTED_EXTENSIONS.join(', ')})`);
    return;
  }
  if (extname(path).toLowerCase() === '.jsonl') {
    yield* readJsonLines(path);
    return;
  }
  const limit = extname(path).toLowerCase() === '.json' ? MAX_FILE_BYTES : MAX_ARTICLE_BYTES;
  if (info.size > limit) {
    yield problem(path, `file is ${info.size} bytes, over the ${limit}-byte limit for ${limit === MAX_FILE_BYTES ? 'a .json file' : 'one article'}`);
    return;
  }
  yield* readWholeFile(path, info.size);
}

async function* readWholeFile(path: string, size: number): AsyncGenerator<ReadItem> {
  const ext = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  let text: string;
  try {
    if (size === 0) throw new FormatError('empty file');
    text = decodeText(await readFile(path)).text;
    if (!text.trim()) throw new FormatError('file has no text');
  } catch (err) {
    yield problem(path, reasonOf(err));
    return;
  }
  try {
    if (ext === '.json') {
      for (const record of parseJsonFile(text, path, id)) yield { record };
    } else if (ext === '.html' || ext === '.htm') {
      yield { record: parseHtmlFile(text, path, id) };
    } else {
      yield { record: parseTextFile(text, path, id) };
    }
  } catch (err) {
    yield problem(path, reasonOf(err));
  }
}

/**
 * JSON Lines, streamed: bytes are split at LF and each line is decoded on its
 * own, strictly (a bad byte in one line is that line's problem, never a
 * silent U+FFFD). A UTF-8 BOM on the first line is dropped; a UTF-16 BOM or
 * NUL bytes in the first line refuse the whole file.
 */
async function* readJsonLines(path: string): AsyncGenerator<ReadItem> {
  const id = basename(path, extname(path));
  let any = false;
  try {
    for await (const { lineNo, bytes, size } of byteLines(path, MAX_ARTICLE_BYTES)) {
      if (!bytes) {
        any = true;
        yield problem(path, `line ${lineNo}: ${size} bytes, over the ${MAX_ARTICLE_BYTES}-byte limit for one record`);
        continue;
      }
      let raw = bytes;
      if (lineNo === 1) {
        if ((raw[0] === 0xff && raw[1] === 0xfe) || (raw[0] === 0xfe && raw[1] === 0xff)) {
          yield problem(path, 'UTF-16 byte-order mark: JSON Lines must be UTF-8');
          return;
        }
        if (raw.includes(0)) {
          yield problem(path, 'binary data (NUL bytes), not text');
          return;
        }
        if (raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) raw = raw.subarray(3);
      }
      if (raw.length && raw[raw.length - 1] === 0x0d) raw = raw.subarray(0, raw.length - 1);
      let line: string;
      try {
        line = raw.length ? decodeText(raw, 'line').text.trim() : '';
      } catch (err) {
        any = true;
        yield problem(path, `line ${lineNo}: ${reasonOf(err)}`);
        continue;
      }
      if (!line) continue;
      any = true;
      try {
        yield { record: parseJsonLine(line, path, `${id}#${lineNo}`, lineNo) };
      } catch (err) {
        yield problem(path, reasonOf(err));
      }
    }
  } catch (err) {
    yield problem(path, systemReason(err));
    return;
  }
  if (!any) yield problem(path, 'empty file');
}

/** The lines of a file as bytes (without the LF); a line over `maxBytes` comes back as null with its size. */
async function* byteLines(path: string, maxBytes: number): AsyncGenerator<{ lineNo: number; bytes: Buffer | null; size: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let lineNo = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      size += end - from;
      if (!over && size > maxBytes) {
        over = true;
        parts = [];
      }
      if (!over && end > from) parts.push(chunk.subarray(from, end));
      if (nl === -1) break;
      yield { lineNo: ++lineNo, bytes: over ? null : Buffer.concat(parts, size), size };
      parts = [];
      size = 0;
      over = false;
      from = nl + 1;
    }
  }
  if (size > 0) yield { lineNo: ++lineNo, bytes: over ? null : Buffer.concat(parts, size), size };
}

function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * Each problem prints as one line: control characters in a path (a file name
 * may hold a newline) or a reason are shown escaped.
 */
const problem = (path: string, reason: string): ReadItem => ({ problem: { path: oneLine(path), reason: oneLine(reason) } });

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const oneLine = (s: string) =>
  s.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => NAMED_ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function fileKind(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'not a file or directory';
}

function reasonOf(err: unknown): string {
  if (err instanceof FormatError || err instanceof DecodeError) return err.message;
  return systemReason(err);
}

function systemReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symlink loop';
  if (code === 'EISDIR') return 'is a directory';
  return err instanceof Error ? err.message : String(err);
}
