/**
 * Encodings and formats at the reader level: no mojibake passes as text,
 * JSON Lines are decoded strictly line by line, and the HTML reader stays
 * linear on pages made of unclosed tags.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError, decodeText } from '../../src/read/decode.js';
import { parseHtmlFile } from '../../src/read/formats.js';
import { readInputs, type ReadItem } from '../../src/read/index.js';
import { expectLinear } from '../helpers/linear.js';

const TEXT = '国务院总理李强主持召开国务院常务会议，研究部署推动高质量发展工作。会议指出，要坚持稳中求进。\n李强强调，各地区要认真贯彻落实。';
// TEXT in GB18030 (no BOM), produced once with iconv -t GB18030.
const TEXT_GB = Buffer.from(
  'b9facef1d4bad7dcc0edc0eec7bfd6f7b3d6d5d9bfaab9facef1d4bab3a3cef1bbe1d2e9a3acd1d0bebfb2bfcaf0cdc6b6afb8dfd6cac1bfb7a2d5b9b9a4d7f7a1a3bbe1d2e9' +
    'd6b8b3f6a3acd2aabce1b3d6cec8d6d0c7f3bdf8a1a30ac0eec7bfc7bfb5f7a3acb8f7b5d8c7f8d2aac8cfd5e6b9e1b3b9c2e4cab5a1a3',
  'hex',
);

async function readAll(paths: string[]): Promise<ReadItem[]> {
  const out: ReadItem[] = [];
  for await (const item of readInputs(paths)) out.push(item);
  return out;
}

describe('decoding', () => {
  it('reads UTF-8, UTF-8 with BOM, UTF-16 LE/BE with BOM and GB18030', () => {
    expect(decodeText(Buffer.from(TEXT))).toEqual({ text: TEXT, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)])).text).toBe(TEXT);
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]))).toEqual({ text: TEXT, encoding: 'utf-16le' });
    const be = Buffer.from(TEXT, 'utf16le');
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual({ text: TEXT, encoding: 'utf-16be' });
    expect(decodeText(TEXT_GB)).toEqual({ text: TEXT, encoding: 'gb18030' });
  });

  it('never turns UTF-8 cut at any byte into GB18030 mojibake: every cut is either exact text or refused as truncated', () => {
    const bytes = Buffer.from(TEXT);
    for (let cut = 1; cut < bytes.length; cut++) {
      const piece = bytes.subarray(0, cut);
      let result: string;
      try {
        const { text, encoding } = decodeText(piece);
        expect(encoding).toBe('utf-8');
        expect(TEXT.startsWith(text)).toBe(true);
        result = 'ok';
      } catch (err) {
        expect(err).toBeInstanceOf(DecodeError);
        expect((err as Error).message).toMatch(/^truncated UTF-8/);
        result = 'refused';
      }
      expect(result).toMatch(/ok|refused/);
    }
  });

  it('refuses corrupt UTF-8, Latin-1 and random high bytes instead of guessing GB18030', () => {
    const corrupt = Buffer.from(TEXT);
    corrupt[30] = 0xff;
    expect(() => decodeText(corrupt)).toThrow(/invalid UTF-8 at byte/);
    expect(() => decodeText(Buffer.from('café résumé naïve', 'latin1'))).toThrow(DecodeError);
    // Valid GB18030 by grammar, but not Chinese prose: rare extension characters only.
    expect(() => decodeText(Buffer.from([0x81, 0x40, 0x81, 0x41, 0x82, 0x42, 0x83, 0x43, 0x84, 0x44]))).toThrow(/mojibake/);
    expect(() => decodeText(Buffer.from([0x00, 0x01, 0x02]))).toThrow(/binary/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x41]))).toThrow(/truncated UTF-16LE/);
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]))).toThrow(/invalid UTF-16LE/); // unpaired surrogate
  });
});

describe('JSON Lines', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kg-hostile-jsonl-'));
  const rec = (id: string) => `{"id":"${id}","text":"${TEXT.replace('\n', '\\n')}"}`;

  it('reads good lines around bad ones, strictly decoded, with a BOM and CRLF', async () => {
    const file = join(dir, 'mixed.jsonl');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        Buffer.from(`${rec('a')}\r\n`),
        Buffer.from('{"id":"b","text":"'),
        Buffer.from([0xe4, 0xbc, 0x9a, 0xe8, 0xae, 0x9a, 0xff]), // 会议 + a stray byte
        Buffer.from('"}\n'),
        Buffer.from(`${rec('c')}\n`),
        Buffer.from(rec('d')).subarray(0, -4), // last line cut inside 。: truncated UTF-8, no newline
      ]),
    );
    const items = await readAll([file]);
    expect(items.flatMap((i) => ('record' in i ? [i.record.id] : []))).toEqual(['a', 'c']);
    expect(items.flatMap((i) => ('problem' in i ? [i.problem.reason] : []))).toEqual([
      expect.stringMatching(/^line 2: invalid UTF-8 at byte/),
      expect.stringMatching(/^line 4: truncated UTF-8: the line ends in the middle of a character/),
    ]);
  });

  it('refuses a UTF-16 or binary .jsonl as a whole, and an over-long line without buffering it', async () => {
    writeFileSync(join(dir, 'u16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${rec('x')}\n`, 'utf16le')]));
    writeFileSync(join(dir, 'bin.jsonl'), Buffer.from([0x00, 0x01, 0x0a, 0x00, 0x0a, 0x00]));
    const long = `{"text":"${'会'.repeat(6 * 1024 * 1024)}"}`; // 18 MB line, over the 16 MB limit
    writeFileSync(join(dir, 'long.jsonl'), `${long}\n${rec('after')}\n`);
    const items = await readAll([join(dir, 'u16.jsonl'), join(dir, 'bin.jsonl'), join(dir, 'long.jsonl')]);
    expect(items.map((i) => ('record' in i ? i.record.id : 'problem' in i ? i.problem.reason : i.skipped.reason))).toEqual([
      'UTF-16 byte-order mark: JSON Lines must be UTF-8',
      'binary data (NUL bytes), not text',
      expect.stringMatching(/^line 1: 18874379 bytes, over the \d+-byte limit for one record/),
      'after',
    ]);
  });
});

describe('HTML reader on hostile pages', () => {
  it('keeps normal pages as before', () => {
    const page = '<html><head><title>标题 &amp; 副题</title><style>p{}</style></head><body><nav>导航</nav><article><h1>头</h1><p>正文第一段。</p><script>var x = "<p>";</script><p>第二段&#x4e00;。</p></article><footer>页脚</footer></body></html>';
    expect(parseHtmlFile(page, 'p.html', 'p')).toMatchObject({ title: '标题 & 副题', body: '头\n正文第一段。\n第二段一。' });
    expect(parseHtmlFile('<body>a < b and c > d<br>e</body>', 'q.html', 'q').body).toBe('a  d\ne');
    expect(parseHtmlFile('<p>只有片段<p>没有body', 'r.html', 'r').body).toBe('只有片段\n没有body');
  });

  it('stays linear on unclosed tags and bare "<"', () => {
    const pages = [
      (n: number) => '<body>' + '<article>会议'.repeat(n / 11),
      (n: number) => '<body>会议' + '<'.repeat(n),
      (n: number) => '<body>会议' + '<script>'.repeat(n / 8) + '</body>',
      (n: number) => '<title>'.repeat(n / 7) + '<body>会议</body>',
    ];
    const parse = (s: string) => {
      try {
        parseHtmlFile(s, 'x.html', 'x');
      } catch {
        // "no text content" is fine here; only the time matters
      }
    };
    for (const page of pages) expectLinear(parse, page(100_000), page(1_000_000), 5);
  });
});
