import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/schema/graph.js';
import { validateGraph } from '../../src/validate/index.js';

const root = resolve(__dirname, '../..');

describe('kg extract on the bundled sample page', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'kg-e2e-')), 'graph.json');
  const stderr = execFileSync('npx', ['tsx', 'src/cli/main.ts', 'extract', 'data/sample', '--out', out], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const graph = JSON.parse(readFileSync(out, 'utf8')) as GraphDocument;
  const node = (label: string, name: string) => graph.nodes.find((n) => n.label === label && n.name === name);
  const rel = (type: string, from: string, to: string) => graph.relationships.some((r) => r.type === type && r.from === from && r.to === to);

  it('splits the page into its two articles', () => {
    expect(graph.articles.map((a) => a.id)).toEqual(['000_260baaeb98d07a4e#1', '000_260baaeb98d07a4e#2']);
    expect(stderr).toBe('');
  });

  it('writes a document that passes the schema', () => {
    expect(() => validateGraph(graph)).not.toThrow();
  });

  it('finds the Taiyuan meeting, who presided and who spoke, with evidence', () => {
    const meeting = graph.nodes.find((n) => n.label === 'Event' && n.name === '全市河湖长制林长制工作会议')!;
    expect(meeting).toBeDefined();
    expect(rel('PRESIDED', node('Person', '张新伟')!.id, meeting.id)).toBe(true);
    expect(rel('SPOKE_AT', node('Person', '韦韬')!.id, meeting.id)).toBe(true);
    expect(node('Person', '韦韬')!.id).toBe('person:韦韬@太原市');
    const evidence = graph.relationships.find((r) => r.type === 'PRESIDED')!.evidence[0]!;
    expect(evidence.text).toContain('张新伟主持');
  });

  it('keeps the titles printed with each person', () => {
    const titles = node('Person', '韦韬')!.mentions.flatMap((m) => m.titles ?? []);
    expect(titles).toEqual(expect.arrayContaining(['省委常委', '市委书记', '市总河湖长', '市总林长']));
  });

  it('finds the expo target of the second article', () => {
    const target = graph.nodes.find((n) => n.label === 'Target' && n.properties && (n.properties as { value: number }).value === 30);
    expect(target?.properties).toMatchObject({ value: 30, unit: '个', deadline: '2025年' });
  });
});
