/**
 * A newcomer's task, done through the contract alone (nothing in src/ edited):
 * a relation type ISSUED (Organization → Policy: 市政府印发《…实施方案》) is a
 * relationship spec, a relator stage with its lexicon, and one line in a stage
 * list. Its facts reach the graph document, which passes the schema check.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { SourceRecord } from '../../src/document.js';
import { readLexicon } from '../../src/lexicons/load.js';
import { inOrder } from '../../src/lexicons/patterns.js';
import { GraphBuilder } from '../../src/resolve/graph.js';
import { sentenceSpan } from '../../src/spans.js';
import type { RelationshipSpecs } from '../../src/schema/graph.js';
import type { Stage } from '../../src/stage.js';
import { validateGraph } from '../../src/validate/index.js';
import { analyseArticle, STAGES } from '../../src/workflows/analyse.js';

// 1. The spec: which labels the type connects.
const ISSUED_SPEC: RelationshipSpecs<'ISSUED'> = {
  ISSUED: { from: ['Organization'], to: ['Policy'], meaning: 'the body issued the document (印发, 出台)', example: '市政府印发《太原市河湖长制实施方案》' },
};

// 2. The lexicon and its schema (a real one would live in data/lexicons and src/lexicons/schemas.ts).
const IssuedLexicon = z.object({ _comment: z.string(), verbs: z.array(z.string().min(1)).min(1) }).strict();
const { verbs } = readLexicon('issued.json', IssuedLexicon, resolve(__dirname, '../fixtures/lexicons'));
const VERB_THEN_DOCUMENT = new RegExp(`^(?:${inOrder(verbs)})了?$`);

// 3. The relator: a body, an issuing verb, then the document.
const issuedStage: Stage = {
  name: 'issued',
  requires: ['sentences', 'organizations', 'policies'],
  assigns: ['facts'],
  run(article) {
    for (const org of article.organizations) {
      const policy = article.policies.find((p) => p.start > org.end && VERB_THEN_DOCUMENT.test(article.text.slice(org.end, p.start)));
      if (!policy) continue;
      article.facts.push({
        type: 'ISSUED',
        from: { label: 'Organization', name: org.canonical ?? org.name },
        to: { label: 'Policy', name: policy.canonical ?? policy.name },
        evidence: sentenceSpan(article, org.start),
      });
    }
  },
};

// 4. One line in the list.
const stages = [...STAGES, issuedStage];

const record: SourceRecord = {
  id: 'issued',
  path: 'issued.txt',
  title: null,
  date: '2023-05-04',
  source: null,
  url: null,
  body: '5月4日，太原市河湖长制工作会议召开。会前，市政府印发《太原市河湖长制实施方案》。',
};

describe("a newcomer's relation type, added through the contract alone", () => {
  it('reaches the graph document and passes the schema check with its spec', () => {
    const builder = new GraphBuilder({ extraSpecs: ISSUED_SPEC });
    builder.add(analyseArticle(record, stages));
    const graph = validateGraph(builder.build(), ISSUED_SPEC);
    const issued = graph.relationships.filter((r) => r.type === 'ISSUED');
    expect(issued.map((r) => [r.from, r.to])).toEqual([['org:市政府', 'policy:太原市河湖长制实施方案']]);
    expect(issued[0]!.evidence[0]!.text).toBe('会前，市政府印发《太原市河湖长制实施方案》。');
    // The built-in relations still come out beside it.
    expect(graph.relationships.some((r) => r.type === 'MANDATES')).toBe(true);
  });

  it('is refused where its spec is not given: by the schema check, and by a builder without the spec', () => {
    const builder = new GraphBuilder({ extraSpecs: ISSUED_SPEC });
    builder.add(analyseArticle(record, stages));
    expect(() => validateGraph(builder.build())).toThrow(/relationships\.\d+\.type/);
    expect(() => new GraphBuilder().add(analyseArticle(record, stages))).toThrow('issued: a stage made a ISSUED fact, a type without a relationship spec');
  });

  it('a fact whose ends its spec does not allow is a bug the builder names', () => {
    const wrongWay: Stage = {
      ...issuedStage,
      name: 'issued backwards',
      run(article, ctx) {
        issuedStage.run(article, ctx);
        for (const f of article.facts) if (f.type === 'ISSUED') [f.from, f.to] = [f.to, f.from];
      },
    };
    expect(() => new GraphBuilder({ extraSpecs: ISSUED_SPEC }).add(analyseArticle(record, [...STAGES, wrongWay]))).toThrow(
      'a stage made a ISSUED fact Policy → Organization; its spec allows Organization → Policy',
    );
  });

  it('may not redefine a type of the schema', () => {
    expect(() => new GraphBuilder({ extraSpecs: { MANDATES: ISSUED_SPEC.ISSUED } })).toThrow('relationship type MANDATES is the schema');
  });
});
