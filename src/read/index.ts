/**
 * The read stage: paths (files or directories, recursively) to source
 * records, streamed so a large corpus never sits in memory. A file that
 * cannot be read or parsed becomes a ReadProblem naming the file and the
 * reason; the other inputs go on.
 */
import { createReadStream } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SourceRecord } from '../document.js';
import { DecodeError, decodeText } from './decode.js';
import { FormatError, parseHtmlFile, parseJsonFile, parseJsonLine, parseTextFile } from './formats.js';

export interface ReadProblem {
  path: string;
  reason: string;
}

export type ReadItem = { record: SourceRecord } | { problem: ReadProblem };

export const SUPPORTED_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl', '.html', '.htm'] as const;

/** Largest single file read whole; bigger `.jsonl` files stream line by line. */
const MAX_FILE_BYTES = 256 * 1024 * 1024;

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
    const real = await realpath(path);
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
      // Inside directories, unknown extensions are skipped quietly (README, images);
      // named on the command line, they are reported.
      if (childInfo?.isFile() && !isSupported(child)) continue;
      yield* readPath(child, seenDirs);
    }
    seenDirs.delete(real);
    return;
  }
  if (!info.isFile()) {
    yield problem(path, 'not a regular file');
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
  if (info.size > MAX_FILE_BYTES) {
    yield problem(path, `file is ${info.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for one article`);
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

async function* readJsonLines(path: string): AsyncGenerator<ReadItem> {
  const id = basename(path, extname(path));
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let lineNo = 0;
  let any = false;
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = raw.trim();
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

function isSupported(path: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

const problem = (path: string, reason: string): ReadItem => ({ problem: { path, reason } });

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
