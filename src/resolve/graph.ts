/**
 * From analysed articles to the graph document: one node per entity, with
 * every mention, and one relationship per fact, with every sentence that
 * states it. Node ids are stable across runs: they derive from canonical
 * names (and, for events and targets, the article that reports them).
 */
import type { Article, Fact, Span } from '../document.js';
import { gazetteer } from '../recognize/gazetteer.js';
import { articleJurisdiction, personJurisdiction } from './jurisdiction.js';
import {
  ID_PREFIX,
  type ArticleRecord,
  type GraphDocument,
  type GraphNode,
  type Mention,
  type NodeLabel,
  type Relationship,
} from '../schema/graph.js';

export class GraphBuilder {
  private readonly articles: ArticleRecord[] = [];
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, Relationship>();

  add(article: Article): void {
    this.articles.push({
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      path: article.path,
    });
    const eventIds = article.events.map((ev) => {
      const id = nodeId('Event', `${article.id}/${ev.name}`);
      const mentions = ev.mentions.map((m) => this.mention(article, m));
      this.upsert(id, 'Event', ev.name, ev.aliases, { date: ev.date, kind: ev.kind }, mentions);
      return id;
    });
    const local = articleJurisdiction(article);
    const personIds = new Map<string, string>();
    for (const p of article.persons) {
      const where = personJurisdiction(p, local, startsWithProvince);
      if (!personIds.has(p.name) || where) personIds.set(p.name, personId(p.name, where));
    }
    for (const p of article.persons) {
      this.upsert(personIds.get(p.name)!, 'Person', p.name, [], {}, [
        { ...this.mention(article, p), ...(p.titles.length ? { titles: p.titles } : {}) },
      ]);
    }
    for (const o of article.organizations) {
      const name = o.canonical ?? o.name;
      this.upsert(nodeId('Organization', name), 'Organization', name, o.name !== name ? [o.name] : [], {}, [this.mention(article, o)]);
    }
    for (const l of article.locations) {
      const name = l.canonical ?? l.name;
      this.upsert(nodeId('Location', name), 'Location', name, l.name !== name ? [l.name] : [], { divisionCode: l.divisionCode, level: l.level }, [
        this.mention(article, l),
      ]);
    }
    for (const p of article.policies) {
      const name = p.canonical ?? p.name;
      this.upsert(nodeId('Policy', name), 'Policy', name, p.name !== name ? [p.name] : [], { kind: p.kind }, [this.mention(article, p)]);
    }
    const targetIds = article.targets.map((t) => {
      const id = nodeId('Target', `${article.id}/${t.text}`);
      this.upsert(id, 'Target', t.text, [], { text: t.text, value: t.value, unit: t.unit, deadline: t.deadline }, [this.mention(article, t)]);
      return id;
    });
    for (const fact of article.facts) this.addFact(article, fact, eventIds, targetIds, personIds);
  }

  build(): GraphDocument {
    return {
      version: 1,
      articles: this.articles,
      nodes: [...this.nodes.values()],
      relationships: [...this.relationships.values()],
    };
  }

  private mention(article: Article, span: Span): Mention {
    return { article: article.id, start: span.start, end: span.end };
  }

  private upsert(id: string, label: NodeLabel, name: string, aliases: string[], properties: object, mentions: Mention[]): void {
    const existing = this.nodes.get(id);
    if (existing) {
      for (const a of aliases) if (a !== existing.name && !existing.aliases.includes(a)) existing.aliases.push(a);
      existing.mentions.push(...mentions);
      return;
    }
    this.nodes.set(id, { id, label, name, aliases: aliases.filter((a) => a !== name), properties, mentions } as GraphNode);
  }

  private addFact(article: Article, fact: Fact, eventIds: string[], targetIds: string[], personIds: Map<string, string>): void {
    const from = fact.from.kind === 'person' ? personIds.get(fact.from.name) : eventIds[fact.from.index];
    const to = endpointId(fact.to, eventIds, targetIds);
    if (!from || !to || !this.nodes.has(from) || !this.nodes.has(to)) return;
    const properties = fact.properties ?? {};
    const key = `${fact.type}|${from}|${to}|${JSON.stringify(properties)}`;
    const evidence = { article: article.id, ...fact.evidence, text: article.text.slice(fact.evidence.start, fact.evidence.end).trim() || '…' };
    const existing = this.relationships.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.article === evidence.article && e.start === evidence.start)) existing.evidence.push(evidence);
      return;
    }
    this.relationships.set(key, { type: fact.type, from, to, properties, evidence: [evidence] });
  }
}

function endpointId(to: Fact['to'], eventIds: string[], targetIds: string[]): string | undefined {
  switch (to.kind) {
    case 'event':
      return eventIds[to.index];
    case 'target':
      return targetIds[to.index];
    case 'policy':
      return nodeId('Policy', to.name);
    case 'location':
      return nodeId('Location', to.name);
    case 'organization':
      return nodeId('Organization', to.name);
  }
}

/** person:韦韬 for people resolved by name; person:魏伟@绍兴市 for local officials of one city. */
export function personId(name: string, jurisdiction: string | null): string {
  return nodeId('Person', jurisdiction ? `${name}@${jurisdiction}` : name);
}

let provinces: Set<string> | undefined;
/** 山西省委书记, 江西省长: a title that opens with a province is provincial, not local. */
function startsWithProvince(title: string): boolean {
  provinces ??= new Set(
    [...gazetteer().byCode.values()].filter((p) => p.level === 'province').flatMap((p) => [p.name, p.name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '')]),
  );
  for (let len = 2; len <= 8; len++) if (provinces.has(title.slice(0, len))) return true;
  return false;
}

export function nodeId(label: NodeLabel, key: string): string {
  return `${ID_PREFIX[label]}:${key}`;
}
