import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInputs, type ReadItem } from '../../src/read/index.js';

async function readAll(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

describe('reading inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-read-'));
  writeFileSync(join(dir, 'a.txt'), '---\nid: A1\ntitle: "李强主持召开国务院常务会议"\ndate: 2023-03-14\nsource: 新华社\n---\n国务院总理李强主持召开国务院常务会议。');
  writeFileSync(join(dir, 'b.jsonl'), '{"id":"x1","title":"t","date":"2022-01-01","text":"会议召开。"}\nnot json\n');
  writeFileSync(join(dir, 'c.txt'), Buffer.from(new TextEncoder().encode('')));
  writeFileSync(join(dir, 'gbk.txt'), Buffer.from([0xbb, 0xe1, 0xd2, 0xe9, 0xd5, 0xd9, 0xbf, 0xaa, 0xa1, 0xa3])); // 会议召开。 in GBK
  writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff]));
  writeFileSync(join(dir, 'page.html'), '<html><head><title>标题</title></head><body><p>全市工作会议召开。</p><script>x</script></body></html>');
  mkdirSync(join(dir, 'sub'));
  symlinkSync(dir, join(dir, 'sub', 'loop'));

  it('reads front matter, JSONL records, HTML and GBK text; reports the rest by name and reason', async () => {
    const items = await readAll([dir]);
    const records = items.flatMap((i) => ('record' in i ? [i.record] : []));
    const problems = items.flatMap((i) => ('problem' in i ? [i.problem] : []));
    const a = records.find((r) => r.id === 'A1')!;
    expect(a).toMatchObject({ title: '李强主持召开国务院常务会议', date: '2023-03-14', source: '新华社' });
    expect(records.find((r) => r.id === 'x1')?.body).toBe('会议召开。');
    expect(records.find((r) => r.id === 'gbk')?.body).toBe('会议召开。');
    expect(records.find((r) => r.id === 'page')).toMatchObject({ title: '标题', body: '全市工作会议召开。' });
    const reasons = problems.map((p) => `${p.path.slice(dir.length + 1)}: ${p.reason}`);
    expect(reasons).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^b\.jsonl: line 2: malformed JSON/),
        'bin.txt: binary data (NUL bytes), not text',
        'c.txt: empty file',
        expect.stringMatching(/^sub\/loop: directory symlink loop/),
      ]),
    );
  });

  it('passes over a file of another type inside a folder, and says so', async () => {
    const folder = join(dir, 'with-pdf');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), '市委书记王建国主持会议。');
    writeFileSync(join(folder, 'scan.pdf'), '%PDF-1.4');
    const items = await readAll([folder]);
    expect(items.map((i) => ('record' in i ? `record ${i.record.id}` : 'skipped' in i ? `skipped ${i.skipped.path}: ${i.skipped.reason}` : 'problem'))).toEqual([
      'record a',
      `skipped ${join(folder, 'scan.pdf')}: not an article format (.pdf)`,
    ]);
  });

  it('reports a missing path and an unsupported file named on the command line', async () => {
    writeFileSync(join(dir, 'x.pdf'), 'x');
    const problems = (await readAll([join(dir, 'nope.txt'), join(dir, 'x.pdf')])).flatMap((i) => ('problem' in i ? [i.problem.reason] : []));
    expect(problems).toEqual(['no such file or directory', expect.stringMatching(/^unsupported file type "\.pdf"/)]);
  });
});
