/** GraphML for Gephi / yEd: every node and edge, declared keys, strictly escaped text. */
import { describe, expect, it } from 'vitest';
import { renderGraphml, xmlText } from '../../src/export/graphml.js';
import { toGraphModel } from '../../src/load/model.js';
import { expectedCounts, sampleGraph } from '../helpers/graphs.js';

describe('kg export --format graphml', () => {
  it('has one <node> per node and one <edge> per relationship, with declared keys', async () => {
    const doc = await sampleGraph();
    const xml = renderGraphml(toGraphModel(doc));
    const want = expectedCounts(doc);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml.match(/<node id=/g)!.length).toBe(want.nodes);
    expect(xml.match(/<edge id=/g)!.length).toBe(want.relationships);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/<data key="([^"]+)"/g)) expect(declared.has(m[1])).toBe(true);
    // every edge endpoint is a node
    const nodes = new Set([...xml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of xml.matchAll(/source="([^"]+)" target="([^"]+)"/g)) {
      expect(nodes.has(m[1])).toBe(true);
      expect(nodes.has(m[2])).toBe(true);
    }
  });

  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xmlText(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('a\u0000b\u0008c\uFFFEd\uD800e')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(xmlText('行\n动\t😀')).toBe('行&#10;动&#9;😀');
  });
});
