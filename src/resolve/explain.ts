/**
 * Why a node is one node: each mention merged into it (article, offsets,
 * surface, titles) with the rule that put it there. The rules are read back
 * from the graph document (ids, names, aliases) and the article texts, so a
 * saved graph.json explains itself as well as a fresh extraction:
 *
 *   same name          — the surface is the node's name (or, for one article, its first mention)
 *   same jurisdiction  — persons: name + the local city in the id (person:韦韬@太原市);
 *                        organizations: a relative form in a report on that division (市委 → 太原市委)
 *   alias table        — organizations: data/lexicons/organizations.json aliases (工信部 → 工业和信息化部)
 *   gazetteer          — locations: a short or variant form of a division (太原 → 太原市)
 *   same name+date     — events reported by several articles under one name on one dated day
 *   same event         — within one article, another mention of the event (会议, a shorter name)
 */
import { gazetteer } from '../lexicons/gazetteer.js';
import { readInputs } from '../read/index.js';
import { splitPage } from '../split/index.js';
import { prepareArticle } from '../clean/index.js';
import type { GraphDocument, GraphNode } from '../schema/graph.js';
import { organizationAliases } from './organizations.js';

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

export function explainNode(node: GraphNode, texts: ReadonlyMap<string, string> = new Map()): Explanation {
  const articles = [...new Set(node.mentions.map((m) => m.article))];
  const mentions = node.mentions.map((m): MergedMention => {
    const text = texts.get(m.article);
    const surface = text !== undefined && m.end <= text.length ? text.slice(m.start, m.end) : null;
    const { rule, why } = ruleFor(node, surface, articles.length);
    return { article: m.article, start: m.start, end: m.end, surface, ...(m.titles?.length ? { titles: m.titles } : {}), rule, why };
  });
  const rules: Record<string, number> = {};
  for (const m of mentions) rules[m.rule] = (rules[m.rule] ?? 0) + 1;
  return { id: node.id, label: node.label, name: node.name, aliases: node.aliases, articles, mentions, rules };
}

function ruleFor(node: GraphNode, surface: string | null, articleCount: number): { rule: string; why: string } {
  const same = surface === null || surface === node.name;
  switch (node.label) {
    case 'Person': {
      const at = node.id.indexOf('@');
      if (at >= 0) return { rule: 'same jurisdiction', why: `same name, local official of ${node.id.slice(at + 1)}` };
      return { rule: 'same name', why: 'same name; national or provincial (no local jurisdiction)' };
    }
    case 'Organization': {
      if (surface !== null && surface !== node.name) {
        if (organizationAliases()[surface] === node.name) return { rule: 'alias table', why: `${surface} → ${node.name} (organizations.json aliases)` };
        const rel = /^(?:共青团|团|中共)?([省市县区])(.+)$/.exec(surface);
        if (rel && node.name.endsWith(rel[2]!) && node.name.length > surface.length)
          return { rule: 'same jurisdiction', why: `relative form ${surface} in a report on ${node.name.slice(0, node.name.length - rel[2]!.length).replace(/^(?:共青团|中共)/, '')}` };
        if (node.name.endsWith(surface)) return { rule: 'same jurisdiction', why: `short form of ${node.name}, printed in full in the article` };
        return { rule: 'alias table', why: `${surface} is another name of ${node.name}` };
      }
      return { rule: 'same name', why: 'same name' };
    }
    case 'Location': {
      const code = (node.properties as { divisionCode: string | null }).divisionCode;
      if (!same) {
        const place = gazetteer().bySurface.get(surface!);
        return { rule: 'gazetteer', why: `${surface} → ${place?.name ?? node.name}${code ? ` (division ${code})` : ''}` };
      }
      return { rule: 'same name', why: code ? `same name (division ${code})` : 'same name' };
    }
    case 'Event': {
      const date = /^event:(\d{4}-\d{2}-\d{2})\//.exec(node.id)?.[1];
      if (!same) return { rule: 'same event', why: `another mention of the event in the article (${surface})` };
      if (date && articleCount > 1) return { rule: 'same name+date', why: `reported under this name on ${date} by ${articleCount} articles` };
      return { rule: 'same name', why: date ? `dated ${date}` : 'one article (no year: events stay per article)' };
    }
    default:
      return same ? { rule: 'same name', why: 'same name' } : { rule: 'alias table', why: `${surface} → ${node.name}` };
  }
}

/**
 * The analysed text of the wanted articles, read again from the given paths
 * (article files, folders, .jsonl): offsets in the graph index into it.
 */
export async function articleTexts(paths: string[], wanted: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!paths.length || !wanted.size) return out;
  for await (const item of readInputs(paths)) {
    if (!('record' in item)) continue;
    for (const record of splitPage(item.record)) {
      if (wanted.has(record.id) && !out.has(record.id)) out.set(record.id, prepareArticle(record).text);
    }
    if (out.size === wanted.size) break;
  }
  return out;
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
