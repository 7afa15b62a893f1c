/**
 * The package's public surface, imported by its name as a program would
 * (`import … from 'news-kg'`, resolved through package.json "exports"): the
 * bundled sample page goes from text to a validated graph document and to
 * every export format through it alone.
 */
import { describe, expect, it } from 'vitest';
import * as kg from 'news-kg';

describe("the package's public surface", () => {
  it('names the documented entry points and nothing internal', () => {
    expect(Object.keys(kg).sort()).toEqual(
      [
        'GraphDocumentSchema', 'InvalidGraphError', 'NODE_LABELS', 'RELATIONSHIP_SPECS', 'RELATIONSHIP_TYPES', 'STAGES',
        'analyseArticle', 'analyzeNetwork', 'applySchema', 'connect', 'extractGraph', 'formatTable', 'getQuery',
        'listQueries', 'loadGraph', 'renderCsv', 'renderCypherScript', 'renderGraphml', 'resolveConfig', 'runQuery',
        'toGraphModel', 'validateGraph', 'wipeDatabase',
      ].sort(),
    );
  });

  it('extracts the sample page, validates it and renders every export from the surface alone', async () => {
    const { graph } = await kg.extractGraph(['data/sample'], { workers: 0 });
    const doc = kg.validateGraph(graph);
    expect(doc.nodes.some((n) => n.label === 'Person' && n.name === '韦韬')).toBe(true);
    expect(doc.relationships.some((r) => r.type === 'PRESIDED')).toBe(true);
    const model = kg.toGraphModel(doc);
    expect(kg.renderCypherScript(model)).toContain('韦韬');
    expect(kg.renderGraphml(model)).toContain('韦韬');
    expect(kg.renderCsv(model).some((f) => f.content.includes('韦韬'))).toBe(true);
  });

  it('analyses one record through the named stages', () => {
    const article = kg.analyseArticle({ id: 'a', path: 'a.txt', title: null, date: null, source: null, url: null, body: '市委书记韦韬主持会议。' });
    expect(article.persons.map((p) => p.name)).toContain('韦韬');
    expect(kg.STAGES.length).toBeGreaterThan(5);
  });
});
