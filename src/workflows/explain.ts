/**
 * Why a node is one node: each mention merged into it (article, offsets,
 * surface, titles) with the rule that put it there. The rules are the ones
 * the graph builder recorded when it merged the mentions (GraphBuilder
 * recordMerges): the articles are read and analysed again, so a saved
 * graph.json is explained by the same resolution that built it. The rules:
 *
 *   same name          — the surface is the node's name
 *   same jurisdiction  — persons: name + the local city in the id (person:韦韬@太原市);
 *                        organizations: a relative form in a report on that division (市委 → 太原市委),
 *                        or a short form printed beside the full one
 *   alias table        — organizations: data/lexicons/organizations.json aliases (工信部 → 工业和信息化部)
 *   gazetteer          — locations: a short or variant form of a division (太原 → 太原市)
 *   same name+date     — events reported by several articles under one name on one dated day
 *   same event         — within one article, another mention of the event (会议, a shorter name)
 *   same policy        — within one article, another form of the policy (乡村振兴 → 乡村振兴战略)
 *   not recorded       — the mention's article was not read again
 */
import { readInputs } from '../read/index.js';
import { GraphBuilder, type MergeRecord } from '../resolve/graph.js';
import type { GraphDocument, GraphNode } from '../schema/graph.js';
import { splitPage } from '../split/index.js';
import { analyseRecord } from './analyse.js';

export interface MergedMention {
  article: string;
  start: number;
  end: number;
  /** The text at the offsets, when the article could be read. */
  surface: string | null;
  titles?: string[];
  rule: string;
  why: string;
}

export interface Explanation {
  id: string;
  label: string;
  name: string;
  aliases: string[];
  articles: string[];
  mentions: MergedMention[];
  /** Mentions per rule. */
  rules: Record<string, number>;
}

/** Nodes whose id, name or an alias is the query (ids first). */
export function findNodes(doc: GraphDocument, query: string): GraphNode[] {
  const byId = doc.nodes.filter((n) => n.id === query);
  if (byId.length) return byId;
  const byName = doc.nodes.filter((n) => n.name === query);
  return byName.length ? byName : doc.nodes.filter((n) => n.aliases.includes(query));
}

/** The analysed texts of some articles, and the merge records of their mentions (see articleTexts). */
export interface ArticleTexts {
  texts: ReadonlyMap<string, string>;
  merges: ReadonlyMap<string, readonly MergeRecord[]>;
}

const NOTHING_READ: ArticleTexts = { texts: new Map(), merges: new Map() };
const NOT_RECORDED = { rule: 'not recorded', why: 'the article was not read again (give its file to kg explain)' };

export function explainNode(node: GraphNode, read: ArticleTexts = NOTHING_READ): Explanation {
  const articles = [...new Set(node.mentions.map((m) => m.article))];
  const records = read.merges.get(node.id) ?? [];
  const mentions = node.mentions.map((m): MergedMention => {
    const text = read.texts.get(m.article);
    const surface = text !== undefined && m.end <= text.length ? text.slice(m.start, m.end) : null;
    const { rule, why } = records.find((r) => r.article === m.article && r.start === m.start && r.end === m.end) ?? NOT_RECORDED;
    return { article: m.article, start: m.start, end: m.end, surface, ...(m.titles?.length ? { titles: m.titles } : {}), rule, why };
  });
  const rules: Record<string, number> = {};
  for (const m of mentions) rules[m.rule] = (rules[m.rule] ?? 0) + 1;
  return { id: node.id, label: node.label, name: node.name, aliases: node.aliases, articles, mentions, rules };
}

/**
 * The wanted articles, read again from the given paths (article files,
 * folders, .jsonl) and analysed: their analysed texts (offsets in the graph
 * index into them) and the merge records of a graph built from them.
 */
export async function articleTexts(paths: string[], wanted: ReadonlySet<string>): Promise<ArticleTexts> {
  const texts = new Map<string, string>();
  const builder = new GraphBuilder({ recordMerges: true });
  if (!paths.length || !wanted.size) return NOTHING_READ;
  for await (const item of readInputs(paths)) {
    if (!('record' in item)) continue;
    for (const record of splitPage(item.record)) {
      if (!wanted.has(record.id) || texts.has(record.id)) continue;
      const result = analyseRecord(record);
      if (!('article' in result)) continue;
      texts.set(record.id, result.article.text);
      builder.add(result.article);
    }
    if (texts.size === wanted.size) break;
  }
  return { texts, merges: builder.mergeRecords() };
}

export function formatExplanation(e: Explanation): string {
  const lines = [
    `${e.id}  (${e.label}) ${e.name}`,
    `  aliases: ${e.aliases.length ? e.aliases.join('、') : '—'}`,
    `  ${e.mentions.length} mention(s) in ${e.articles.length} article(s); rules: ${Object.entries(e.rules)
      .map(([r, n]) => `${r} ×${n}`)
      .join(', ')}`,
  ];
  for (const m of e.mentions) {
    const titles = m.titles?.length ? ` [${m.titles.join('、')}]` : '';
    lines.push(`  ${m.article} ${m.start}-${m.end} ${m.surface ?? '?'}${titles}  — ${m.rule}: ${m.why}`);
  }
  return lines.join('\n');
}
