/** The view's pieces without a browser: palette and style.grass, view model, HTML, --query. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES, type GraphDocument } from '../../src/schema/graph.js';
import { validateGraph } from '../../src/validate/index.js';
import { buildView, readGraphDocument } from '../../src/visualize/command.js';
import { renderHtml } from '../../src/visualize/html.js';
import { viewFromDocument, ViewError } from '../../src/visualize/model.js';
import { grassStylesheet, LABEL_STYLES, paletteForView, RELATIONSHIP_COLORS } from '../../src/visualize/palette.js';
import { viewFromRecords } from '../../src/visualize/query.js';
import { STYLE_FILE } from '../../scripts/write-style.js';

const ev = (article: string, text: string) => [{ article, start: 0, end: text.length, text }];
const m = (article: string) => [{ article, start: 0, end: 2 }];

/** Two meetings sharing a person, plus a node with no relationship. */
const doc: GraphDocument = validateGraph({
  version: 1,
  articles: [
    { id: 'a1', title: '全市工作会议召开', date: '2023-06-29', source: '太原日报', url: null, path: 'a1.txt' },
    { id: 'a2', title: '博览会开幕', date: '2023-07-01', source: null, url: null, path: 'a2.txt' },
  ],
  nodes: [
    { id: 'event:a1/全市工作会议', label: 'Event', name: '全市工作会议', aliases: [], properties: { date: '2023-06-29', kind: 'meeting' }, mentions: m('a1') },
    { id: 'event:a2/博览会', label: 'Event', name: '博览会', aliases: [], properties: { date: null, kind: 'forum' }, mentions: m('a2') },
    { id: 'person:韦韬', label: 'Person', name: '韦韬', aliases: ['韦书记'], properties: {}, mentions: [{ article: 'a1', start: 0, end: 2, titles: ['市委书记'] }] },
    { id: 'person:张新伟', label: 'Person', name: '张新伟', aliases: [], properties: {}, mentions: m('a1') },
    { id: 'person:蓝佛安', label: 'Person', name: '蓝佛安', aliases: [], properties: {}, mentions: m('a2') },
    { id: 'policy:河长制', label: 'Policy', name: '河长制</script><b>', aliases: [], properties: { kind: 'system' }, mentions: m('a1') },
    { id: 'location:太原市', label: 'Location', name: '太原市', aliases: [], properties: { divisionCode: null, level: 'city' }, mentions: m('a2') },
  ],
  relationships: [
    { type: 'SPOKE_AT', from: 'person:韦韬', to: 'event:a1/全市工作会议', properties: {}, evidence: ev('a1', '韦韬在全市工作会议上强调') },
    { type: 'PRESIDED', from: 'person:张新伟', to: 'event:a1/全市工作会议', properties: {}, evidence: ev('a1', '张新伟主持') },
    { type: 'MANDATES', from: 'event:a1/全市工作会议', to: 'policy:河长制', properties: {}, evidence: ev('a1', '全面推行河长制') },
    { type: 'ATTENDED', from: 'person:张新伟', to: 'event:a2/博览会', properties: {}, evidence: ev('a2', '张新伟出席') },
    { type: 'SPOKE_AT', from: 'person:蓝佛安', to: 'event:a2/博览会', properties: {}, evidence: ev('a2', '蓝佛安致辞') },
  ],
});

describe('palette and style.grass', () => {
  it('cypher/style.grass is what the palette generates (run `npm run style` after a change)', () => {
    expect(readFileSync(STYLE_FILE, 'utf8')).toBe(grassStylesheet());
  });

  it('styles every label with its colour and the {name} caption, and every relationship type', () => {
    const grass = grassStylesheet();
    for (const label of NODE_LABELS) {
      const block = grass.match(new RegExp(`node\\.${label} \\{\\n([\\s\\S]*?)\\n\\}`))?.[1];
      expect(block, label).toBeDefined();
      expect(block).toContain(`color: ${LABEL_STYLES[label].fill};`);
      expect(block).toContain('caption: "{name}";');
    }
    for (const type of RELATIONSHIP_TYPES) expect(grass).toContain(`relationship.${type} {\n  color: ${RELATIONSHIP_COLORS[type]};`);
    expect(grass).not.toContain('/*'); // Browser's GraSS parser has no comments
  });

  it('gives the HTML view the same colours', () => {
    const p = paletteForView();
    for (const label of NODE_LABELS) expect(p.labels[label]!.fill).toBe(LABEL_STYLES[label].fill);
    expect(new Set(NODE_LABELS.map((l) => LABEL_STYLES[l].fill)).size).toBe(NODE_LABELS.length);
  });
});

describe('view model', () => {
  it('keeps the whole document with titles, evidence and the articles used', () => {
    const view = viewFromDocument(doc);
    expect(view.nodes).toHaveLength(doc.nodes.length);
    expect(view.edges).toHaveLength(doc.relationships.length);
    expect(view.nodes.find((n) => n.id === 'person:韦韬')!.titles).toEqual(['市委书记']);
    expect(view.edges[0]!.evidence).toEqual([{ article: 'a1', text: '韦韬在全市工作会议上强调' }]);
    expect(Object.keys(view.articles).sort()).toEqual(['a1', 'a2']);
  });

  it('--focus shows the neighbourhood, each meeting in it whole', () => {
    const view = viewFromDocument(doc, { focus: '韦书记' }); // by alias
    const ids = view.nodes.map((n) => n.id).sort();
    // 韦韬 → 全市工作会议 → (its whole meeting) 张新伟, 河长制; not the other meeting
    expect(ids).toEqual(['event:a1/全市工作会议', 'person:张新伟', 'person:韦韬', 'policy:河长制']);
    expect(view.edges.map((e) => e.type).sort()).toEqual(['MANDATES', 'PRESIDED', 'SPOKE_AT']);
    expect(viewFromDocument(doc, { focus: '韦韬', expandEvents: false }).nodes).toHaveLength(2);
    expect(viewFromDocument(doc, { focus: '张新伟', depth: 2 }).nodes.map((n) => n.id)).toContain('person:蓝佛安');
  });

  it('gives each person at an event the figures of the whole document’s co-attendance network', () => {
    const view = viewFromDocument(doc);
    const zhang = view.nodes.find((n) => n.id === 'person:张新伟')!;
    // 张新伟 met 韦韬 at the first meeting and 蓝佛安 at the second
    expect([zhang.metrics!.events, zhang.metrics!.degree]).toEqual([2, 2]);
    expect(zhang.metrics!.betweenness).toBe(1); // on the one path between the other two: 1 of 1 pair
    expect(view.nodes.find((n) => n.id === 'policy:河长制')!.metrics).toBeUndefined();
    expect(view.communities!.reduce((sum, c) => sum + c.size, 0)).toBe(3);
    // a focused view keeps the whole document's figures: 蓝佛安 is out of view, still counted
    const focused = viewFromDocument(doc, { focus: '韦书记' });
    expect(focused.nodes.find((n) => n.id === 'person:张新伟')!.metrics!.degree).toBe(2);
  });

  it('--focus on an unknown name is an error', () => {
    expect(() => viewFromDocument(doc, { focus: '没有这个人' })).toThrow(/no node named "没有这个人"/);
  });
});

describe('HTML', () => {
  const html = renderHtml(viewFromDocument(doc));

  it('is self-contained: library inlined, nothing loaded from elsewhere, network forbidden', () => {
    expect(html).toContain('cytoscape 3.');
    expect(html).toContain('kgHubLayout');
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).toContain(`Content-Security-Policy" content="default-src 'none'`);
  });

  it('embeds names safely inside <script>', () => {
    const data = html.match(/<script type="application\/json" id="kg-data">([\s\S]*?)<\/script>/)![1]!;
    expect(data).not.toContain('</script');
    expect(JSON.parse(data).nodes.find((n: { id: string }) => n.id === 'policy:河长制').name).toBe('河长制</script><b>');
  });
});

describe('inputs and --query', () => {
  it('reads a graph.json as a document, and rejects a malformed one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-viz-'));
    writeFileSync(join(dir, 'graph.json'), JSON.stringify(doc));
    expect((await readGraphDocument(join(dir, 'graph.json')))!.nodes).toHaveLength(doc.nodes.length);
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ version: 1, nodes: [{}], relationships: [], articles: [] }));
    await expect(readGraphDocument(join(dir, 'bad.json'))).rejects.toThrow(/does not match the schema/);
    expect(await readGraphDocument('data/sample/000_260baaeb98d07a4e.txt')).toBeNull();
  });

  it('says "no query named X" before connecting', async () => {
    await expect(buildView([], { query: 'no-such-query' })).rejects.toThrow(/no query named "no-such-query"/);
    await expect(buildView([], { query: '../etc/passwd' })).rejects.toThrow(ViewError);
    await expect(buildView([], { query: 'missing.cypher' })).rejects.toThrow(/query file missing.cypher does not exist/);
  });

  it('turns returned nodes, relationships and paths into a view', () => {
    const { Node, Relationship, Path, PathSegment } = neo4j.types;
    const person = new Node(neo4j.int(1), ['Person'], { id: 'person:韦韬', name: '韦韬' }, 'n1');
    const event = new Node(neo4j.int(2), ['Event'], { id: 'event:e', name: '会议', date: '2023-06-29' }, 'n2');
    const place = new Node(neo4j.int(3), ['Location'], { id: 'location:太原市', name: '太原市' }, 'n3');
    const spoke = new Relationship(neo4j.int(10), neo4j.int(1), neo4j.int(2), 'SPOKE_AT', { evidence: ['韦韬讲话'], articles: ['a1'] }, 'r1', 'n1', 'n2');
    const held = new Relationship(neo4j.int(11), neo4j.int(2), neo4j.int(3), 'HELD_IN', { evidence: '[{"article":"a1","text":"在太原召开"}]' }, 'r2', 'n2', 'n3');
    const dangling = new Relationship(neo4j.int(12), neo4j.int(1), neo4j.int(99), 'ATTENDED', {}, 'r3', 'n1', 'n99');
    const path = new Path(event, place, [new PathSegment(event, held, place)]);
    const record = (values: Record<string, unknown>) => ({ keys: Object.keys(values), get: (k: PropertyKey) => values[k as string] });
    const view = viewFromRecords({ records: [record({ p: person, r: spoke, e: event, x: [dangling] }), record({ path, count: neo4j.int(3) })] }, 'q');
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['event:e', 'location:太原市', 'person:韦韬']);
    expect(view.nodes.find((n) => n.id === 'event:e')!.properties).toEqual({ date: '2023-06-29' });
    expect(view.edges.map((e) => [e.type, e.from, e.to])).toEqual([
      ['SPOKE_AT', 'person:韦韬', 'event:e'],
      ['HELD_IN', 'event:e', 'location:太原市'],
    ]);
    expect(view.edges[0]!.evidence).toEqual([{ article: 'a1', text: '韦韬讲话' }]);
    expect(view.edges[1]!.evidence).toEqual([{ article: 'a1', text: '在太原召开' }]);
  });
});
