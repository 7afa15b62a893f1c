/**
 * Hostile input batches through the real command line: every bad input gets
 * one `kg: <path>: <reason>` line, every good article still lands in the
 * graph, the exit code is 1 and the summary counts both. `--strict` stops at
 * the first bad input. All files live in a temp directory.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateGraph } from '../../src/validate/index.js';

const ROOT = resolve(__dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function kg(args: string[], options: SpawnSyncOptions = {}) {
  const r = spawnSync(TSX, ['src/cli/main.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, ...options });
  const stderr = String(r.stderr ?? '');
  return { status: r.status, stderr, problems: stderr.split('\n').filter((l) => l.startsWith('kg: ')) };
}

const ARTICLE = (who: string) => `国务院总理${who}主持召开国务院常务会议，研究部署推动高质量发展工作。会议指出，要坚持稳中求进。`;
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
};
// 国务院总理李强主持召开国务院常务会议。 in GB18030, no BOM.
const GBK_ARTICLE = Buffer.from(
  'b9facef1d4bad7dcc0edc0eec7bfd6f7b3d6d5d9bfaab9facef1d4bab3a3cef1bbe1d2e9a1a3',
  'hex',
);

describe('a batch of good articles mixed with hostile inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-hostile-'));
  const good = join(dir, 'good');
  const bad = join(dir, 'bad');
  const out = join(dir, 'out', 'graph.json');
  let socketServer: ReturnType<typeof createServer> | undefined;

  beforeAll(async () => {
    mkdirSync(good);
    mkdirSync(bad);
    writeFileSync(join(good, 'a.txt'), `---\nid: A\ntitle: 国务院常务会议\ndate: 2023-03-14\n---\n${ARTICLE('李强')}`);
    writeFileSync(join(good, 'b.md'), ARTICLE('王勇'));
    writeFileSync(join(good, 'gbk.txt'), GBK_ARTICLE);
    writeFileSync(join(good, 'u16le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE('张三'), 'utf16le')]));
    writeFileSync(join(good, 'u16be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(ARTICLE('李四'))]));
    writeFileSync(join(good, 'records.jsonl'), `{"id":"J1","text":"${ARTICLE('赵五')}"}\n\n{"id":"J2","text":"${ARTICLE('钱六')}"}\n`);
    writeFileSync(join(good, 'page.html'), `<html><head><title>会议</title></head><body><p>${ARTICLE('孙七')}</p></body></html>`);

    writeFileSync(join(bad, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'blank.md'), ' \n\t\n');
    // A valid UTF-8 article cut one byte into its last character.
    writeFileSync(join(bad, 'truncated.txt'), Buffer.from(ARTICLE('周八')).subarray(0, -2));
    // UTF-8 with one corrupted byte in the middle.
    const corrupt = Buffer.from(ARTICLE('吴九'));
    corrupt[10] = 0xff;
    writeFileSync(join(bad, 'corrupt.txt'), corrupt);
    writeFileSync(join(bad, 'odd-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE('郑十'), 'utf16le'), Buffer.from([0x41])]));
    writeFileSync(join(bad, 'malformed.json'), '{"text": "会议召开。", ');
    writeFileSync(
      join(bad, 'lines.jsonl'),
      Buffer.concat([
        Buffer.from(`{"id":"L1","text":"${ARTICLE('冯一')}"}\n{not json}\n`),
        Buffer.from('{"id":"L3","text":"'),
        Buffer.from([0xe4, 0xbc, 0x9a, 0xff, 0xfe, 0xe8, 0xae]), // 会 then garbage: invalid UTF-8 inside a line
        Buffer.from('"}\n[1,2]\n'),
      ]),
    );
    writeFileSync(join(bad, 'frontmatter.md'), '---\ntitle: [unclosed\n---\n会议召开。');
    writeFileSync(join(bad, 'unclosed.md'), '---\ntitle: x\n会议召开。');
    writeFileSync(join(bad, 'notes.docx'), 'PK');
    // 50 MB single "article": written sparsely (a hole reads as NUL bytes), refused by size before it is read.
    const huge = openSync(join(bad, 'huge.txt'), 'w');
    writeSync(huge, Buffer.from('会议'), 0, 6, 50 * 1024 * 1024 - 6);
    closeSync(huge);
    // Directory symlink loop.
    mkdirSync(join(bad, 'loop'));
    symlinkSync('..', join(bad, 'loop', 'up'));
    symlinkSync('self.txt', join(bad, 'self.txt')); // symlink to itself: ELOOP
    symlinkSync('missing.txt', join(bad, 'dangling.txt'));
    // Not regular files with article names: a FIFO (reading would block) and a socket.
    spawnSync('mkfifo', [join(bad, 'fifo.txt')]);
    socketServer = createServer();
    await new Promise<void>((done) => socketServer!.listen(join(bad, 'socket.txt'), done));
    return () => socketServer?.close();
  });

  it('reports each bad input on one line, keeps every good article, exits 1 with both counts', () => {
    const r = kg(['extract', good, bad, join(bad, 'notes.docx'), join(dir, 'nope.txt'), '--out', out]);
    expect(r.status).toBe(1);
    // In a directory, unknown extensions are skipped and named as such; on the command line they are problems.
    expect(r.problems.filter((l) => l.startsWith('kg: skipped '))).toEqual([`kg: skipped ${join(bad, 'notes.docx')}: not an article format (.docx)`]);
    r.problems = r.problems.filter((l) => !l.startsWith('kg: skipped '));
    const reasons = Object.fromEntries(r.problems.map((l) => [l.slice(4, l.indexOf(': ', 4 + dir.length)).slice(dir.length + 1), l]));
    const expected: Record<string, RegExp> = {
      'bad/binary.txt': /binary data/,
      'bad/empty.txt': /empty file/,
      'bad/blank.md': /no text/,
      'bad/truncated.txt': /truncated UTF-8/,
      'bad/corrupt.txt': /invalid UTF-8 at byte 9/,
      'bad/odd-utf16.txt': /truncated UTF-16LE/,
      'bad/malformed.json': /malformed JSON/,
      'bad/frontmatter.md': /broken YAML front matter/,
      'bad/unclosed.md': /never closed/,
      'bad/notes.docx': /unsupported file type "\.docx"/,
      'bad/huge.txt': /52428800 bytes, over the \d+-byte limit for one article/,
      'bad/loop/up': /directory symlink loop/,
      'bad/self.txt': /symlink loop/,
      'bad/dangling.txt': /no such file/,
      'bad/fifo.txt': /not a regular file \(a FIFO\)/,
      'bad/socket.txt': /not a regular file \(a socket\)/,
      'nope.txt': /no such file/,
    };
    for (const [path, reason] of Object.entries(expected)) expect(reasons[path], path).toMatch(reason);
    // The JSONL file: one line each for the bad lines, the good line still read.
    const jsonl = r.problems.filter((l) => l.includes('lines.jsonl'));
    expect(jsonl).toEqual([
      expect.stringMatching(/lines\.jsonl: line 2: malformed JSON/),
      expect.stringMatching(/lines\.jsonl: line 3: invalid UTF-8|lines\.jsonl: line 3: neither valid UTF-8/),
      expect.stringMatching(/lines\.jsonl: line 4: expected an object/),
    ]);
    const failed = r.problems.length;
    expect(failed).toBe(Object.keys(expected).length + 3);

    const graph = validateGraph(JSON.parse(readFileSync(out, 'utf8')));
    const ids = graph.articles.map((a) => a.id).sort();
    expect(ids).toEqual(['A', 'J1', 'J2', 'L1', 'b', 'gbk', 'page', 'u16be', 'u16le']);
    const persons = graph.nodes.filter((n) => n.label === 'Person').map((n) => n.name);
    expect(persons).toEqual(expect.arrayContaining(['李强', '王勇', '张三', '李四', '赵五', '钱六', '孙七', '冯一']));
    // No mojibake reached the graph: every node name is made of ordinary characters.
    for (const n of graph.nodes) expect(n.name).not.toMatch(/[\ufffd\u0000-\u0008]/);
    expect(r.stderr).toContain(`articles: ${ids.length}, inputs failed: ${failed}, files skipped: 1 (notes.docx)`);
  });

  it('--strict stops at the first bad input, names it and exits 1', () => {
    const r = kg(['extract', '--strict', good, join(bad, 'empty.txt'), join(bad, 'binary.txt'), '--out', out]);
    expect(r.status).toBe(1);
    expect(r.problems).toEqual([`kg: ${join(bad, 'empty.txt')}: empty file`]);
    expect(r.stderr).toMatch(/inputs failed: 1/);
  });

  it('exits 0 on good inputs only and 2 on a usage error', () => {
    expect(kg(['extract', good, '--out', out]).status).toBe(0);
    expect(kg(['extract']).status).toBe(2);
  });

  it('an empty folder, or one without articles, says so and exits 1; other files in a folder are named as skipped', () => {
    const empty = mkdtempSync(join(tmpdir(), 'kg-empty-'));
    expect(kg(['extract', empty, '--out', out])).toMatchObject({ status: 1, problems: [expect.stringMatching(new RegExp(`^kg: ${empty}: no articles found \\(article formats: \\.txt`))] });
    const mixed = mkdtempSync(join(tmpdir(), 'kg-mixed-'));
    writeFileSync(join(mixed, 'a.txt'), ARTICLE('李强'));
    writeFileSync(join(mixed, 'scan.pdf'), '%PDF-1.4');
    const r = kg(['extract', mixed, '--out', out]);
    expect(r.status).toBe(0);
    expect(r.problems).toEqual([`kg: skipped ${join(mixed, 'scan.pdf')}: not an article format (.pdf)`]);
    expect(r.stderr).toMatch(/^articles: 1, files skipped: 1 \(scan\.pdf\)$/m);
  });

  it('a path with a newline in its name still prints as one line', () => {
    const weird = join(bad, 'two\nlines.txt');
    writeFileSync(weird, '');
    const r = kg(['extract', weird, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.problems).toEqual([`kg: ${join(bad, 'two\\nlines.txt')}: empty file`]);
  });

  // Root reads chmod 000 files, so "unreadable" is simulated honestly: when the tests run as root,
  // the CLI runs as user nobody (65534) via spawn's uid/gid, for whom a 000 file is EACCES.
  it('reports a file it may not read (chmod 000, read as an unprivileged user) and goes on', () => {
    const pdir = mkdtempSync(join(tmpdir(), 'kg-perm-'));
    const scratch = mkdtempSync(join(tmpdir(), 'kg-perm-out-'));
    chmodSync(pdir, 0o755);
    chmodSync(scratch, 0o777); // nobody writes the output and tsx's cache here
    writeFileSync(join(pdir, 'ok.txt'), ARTICLE('李强'));
    writeFileSync(join(pdir, 'secret.txt'), ARTICLE('王勇'));
    chmodSync(join(pdir, 'ok.txt'), 0o644);
    chmodSync(join(pdir, 'secret.txt'), 0o000);
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: scratch, TMPDIR: scratch } } : {};
    const pout = join(scratch, 'out.json');
    const r = kg(['extract', pdir, '--out', pout], asNobody);
    expect(r.problems).toEqual([`kg: ${join(pdir, 'secret.txt')}: permission denied`]);
    expect(r.status).toBe(1);
    expect(JSON.parse(readFileSync(pout, 'utf8')).articles.map((a: { id: string }) => a.id)).toEqual(['ok']);
  });
});
