/**
 * From analysed articles to the graph document: one node per entity, with
 * every mention, and one relationship per fact, with every sentence that
 * states it. Node ids are stable across runs: they derive from canonical
 * names, and that is how entities merge across articles:
 *   - persons: name, plus the city for local officials (jurisdiction.ts);
 *   - organizations: the alias table's full name, relative forms (市委) with
 *     the article's division (太原市委; organizations.ts), printed forms kept as aliases;
 *   - locations: the gazetteer's canonical name (太原 → 太原市), and PART_OF
 *     from each division to its nearest ancestor that is in the graph;
 *   - events: date and name when the date has a year (event:2023-06-29/…),
 *     plus the division for names relative to it (全市…), so two reports of
 *     one meeting are one event; else per article (see eventId);
 *   - targets: per article.
 * Asked to (recordMerges), the builder records the rule that put each mention
 * into its node as it merges it; `kg explain` (src/workflows/explain.ts) shows them.
 */
import type { Article, ArticleEvent, Fact, FactEndpoint, PersonMention, Span } from '../document.js';
import { lexicons } from '../lexicons/index.js';
import { eventDate } from '../recognize/event-groups.js';
import { gazetteer } from '../lexicons/gazetteer.js';
import { sentenceSpan } from '../spans.js';
import { articleJurisdiction, articlePlaces, isLocalReport, isNationalOrProvincial, personJurisdiction, type ArticlePlaces } from './jurisdiction.js';
import { organizationMerge, resolveOrganization } from './organizations.js';
import { ancestors } from './locations.js';
import type { Evidence } from '../schema/graph.js';
import {
  ID_PREFIX,
  withExtraSpecs,
  type ArticleRecord,
  type GraphDocument,
  type GraphNode,
  type Mention,
  type NodeLabel,
  type Relationship,
  type RelationshipSpecs,
  type RelationshipType,
} from '../schema/graph.js';

/** The node ids of one article's annotations, for the ends of its facts. */
interface ArticleNodeIds {
  events: string[];
  targets: string[];
  persons: Map<string, string>;
  organizations: Map<string, string>;
}

/** The rule that put one mention into its node, as the builder merged it. */
export interface MergeRecord {
  article: string;
  start: number;
  end: number;
  rule: string;
  why: string;
}

export interface GraphBuilderOptions<T extends string> {
  /** Relationship specs beside the schema's (RELATIONSHIP_SPECS), for types not in the schema yet. */
  extraSpecs?: RelationshipSpecs<T>;
  /** Keep a MergeRecord per mention (for kg explain; off for extraction, which does not need them). */
  recordMerges?: boolean;
}

/**
 * Builds relationships of the schema's types and of the extra specs it is
 * given; a fact of another type, or whose ends have labels its spec does not
 * allow, is a bug of the stage that made it.
 */
export class GraphBuilder<T extends string = never> {
  private readonly specs: RelationshipSpecs<string>;
  private readonly articles: ArticleRecord[] = [];
  private readonly nodes = new Map<string, GraphNode>();
  private readonly relationships = new Map<string, Relationship<RelationshipType | T>>();
  /** Location id → article → the sentence of its first mention there (PART_OF evidence). */
  private readonly locationSentences = new Map<string, Map<string, Evidence>>();

  /** Node id → the merge record of each of its mentions, in mention order (when recording). */
  private readonly merges: Map<string, MergeRecord[]> | undefined;
  /** Event ids keyed by date and name (event:2023-06-29/…), with the date: their reports merge across articles. */
  private readonly datedEvents = new Map<string, string>();

  constructor(options: GraphBuilderOptions<T> = {}) {
    this.specs = withExtraSpecs(options.extraSpecs);
    if (options.recordMerges) this.merges = new Map();
  }

  add(article: Article): void {
    this.articles.push({
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      path: article.path,
    });
    const places = articlePlaces(article);
    const eventIds = article.events.map((ev) => {
      const date = ev.date ?? datedMention(article, ev);
      const id = eventId(article.id, ev.name, date, places);
      const mentions = ev.mentions.map((m) => this.mention(article, m));
      this.upsert(id, 'Event', ev.name, ev.aliases, { date, kind: ev.kind }, mentions);
      if (this.merges) {
        const dated = date !== null && id !== nodeId('Event', `${article.id}/${ev.name}`);
        if (dated) this.datedEvents.set(id, date);
        ev.mentions.forEach((m, i) =>
          this.record(id, mentions[i]!, m.name !== ev.name
            ? { rule: 'same event', why: `another mention of the event in the article (${m.name})` }
            : dated
              ? DATED_NAME
              : { rule: 'same name', why: 'one article: an event without a dated, specific name stays per article' }),
        );
      }
      return id;
    });
    const local = articleJurisdiction(article);
    const personIds = new Map<string, string>();
    const jurisdictions = new Map<string, string | null>();
    const mentionsByName = new Map<string, PersonMention[]>();
    for (const p of article.persons) {
      const mentions = mentionsByName.get(p.name);
      if (mentions) mentions.push(p);
      else mentionsByName.set(p.name, [p]);
    }
    for (const [name, mentions] of mentionsByName) {
      const where = personJurisdiction(mentions, article.text, local, startsWithProvince);
      personIds.set(name, personId(name, where));
      jurisdictions.set(name, where);
    }
    for (const p of article.persons) {
      const id = personIds.get(p.name)!;
      const mention = { ...this.mention(article, p), ...(p.titles.length ? { titles: p.titles } : {}) };
      this.upsert(id, 'Person', p.name, [], {}, [mention]);
      if (this.merges) {
        const where = jurisdictions.get(p.name);
        this.record(id, mention, where
          ? { rule: 'same jurisdiction', why: `same name, local official of ${where}` }
          : local === null && isLocalReport(article) && !isNationalOrProvincial(mentionsByName.get(p.name)!, article.text, startsWithProvince)
            ? { rule: 'same name', why: 'jurisdiction unknown: a local report whose city or county nothing in it decides; merged by name alone' }
            : { rule: 'same name', why: 'same name; national or provincial (no local jurisdiction)' });
      }
    }
    const orgIds = new Map<string, string>();
    for (const o of article.organizations) {
      // A malformed span (empty name, negative offset) cannot be a node; the recognizer emits some on the bulk corpus.
      if (!o.name || !validSpan(article, o)) continue;
      const r = resolveOrganization(o, places);
      const id = nodeId('Organization', r.name);
      // Facts name the organization by its printed or canonical form.
      orgIds.set(o.name, id);
      if (o.canonical) orgIds.set(o.canonical, id);
      const mention = this.mention(article, o);
      this.upsert(id, 'Organization', r.name, r.aliases, {}, [mention]);
      if (this.merges) this.record(id, mention, organizationMerge(o, r));
    }
    for (const l of article.locations) {
      const name = l.canonical ?? l.name;
      const id = nodeId('Location', name);
      const mention = this.mention(article, l);
      this.upsert(id, 'Location', name, l.name !== name ? [l.name] : [], { divisionCode: l.divisionCode, level: l.level }, [mention]);
      if (this.merges) {
        const division = l.divisionCode ? ` (division ${l.divisionCode})` : '';
        this.record(id, mention, l.name !== name ? { rule: 'gazetteer', why: `${l.name} → ${name}${division}` } : { rule: 'same name', why: `same name${division}` });
      }
      if (l.divisionCode) {
        let perArticle = this.locationSentences.get(id);
        if (!perArticle) this.locationSentences.set(id, (perArticle = new Map()));
        if (!perArticle.has(article.id)) perArticle.set(article.id, sentenceEvidence(article, l.start));
      }
    }
    for (const p of article.policies) {
      const name = p.canonical ?? p.name;
      const id = nodeId('Policy', name);
      const mention = this.mention(article, p);
      this.upsert(id, 'Policy', name, p.name !== name ? [p.name] : [], { kind: p.kind }, [mention]);
      if (this.merges)
        this.record(id, mention, p.name !== name ? { rule: 'same policy', why: `${p.name}: another form of ${name} in the article` } : { rule: 'same name', why: 'same name' });
    }
    const targetIds = article.targets.map((t) => {
      const id = nodeId('Target', `${article.id}/${t.text}`);
      const mention = this.mention(article, t);
      this.upsert(id, 'Target', t.text, [], { text: t.text, value: t.value, unit: t.unit, deadline: t.deadline }, [mention]);
      if (this.merges) this.record(id, mention, { rule: 'same name', why: 'one article: targets stay per article' });
      return id;
    });
    // A body named only inside titles (市委书记 → 太原市委): a node without a mention of this article.
    for (const fact of article.facts) {
      if (fact.type !== 'HOLDS_POSITION' || fact.to.label !== 'Organization' || orgIds.has(fact.to.name)) continue;
      const r = resolveOrganization({ name: fact.to.name, start: 0, end: 0 }, places);
      const id = nodeId('Organization', r.name);
      orgIds.set(fact.to.name, id);
      this.upsert(id, 'Organization', r.name, r.aliases, {}, []);
    }
    const ids: ArticleNodeIds = { events: eventIds, targets: targetIds, persons: personIds, organizations: orgIds };
    for (const fact of article.facts) this.addFact(article, fact, ids);
  }

  build(): GraphDocument<RelationshipType | T> {
    this.addPartOf();
    return {
      version: 1,
      articles: this.articles,
      nodes: [...this.nodes.values()],
      relationships: [...this.relationships.values()],
    };
  }

  /**
   * The merge record of every mention, by node id (empty unless recordMerges).
   * Reports of one dated event read as merged by name and date once a second
   * article has joined the node.
   */
  mergeRecords(): ReadonlyMap<string, readonly MergeRecord[]> {
    const out = new Map(this.merges);
    for (const [id, date] of this.datedEvents) {
      const articles = new Set(this.nodes.get(id)!.mentions.map((m) => m.article)).size;
      const merged = articles > 1 ? { rule: 'same name+date', why: `reported under this name on ${date} by ${articles} articles` } : { rule: 'same name', why: `dated ${date}` };
      out.set(id, out.get(id)!.map((r) => (r.rule === DATED_NAME.rule ? { ...r, ...merged } : r)));
    }
    return out;
  }

  private record(id: string, mention: Mention, merge: { rule: string; why: string }): void {
    const records = this.merges!.get(id) ?? this.merges!.set(id, []).get(id)!;
    records.push({ article: mention.article, start: mention.start, end: mention.end, ...merge });
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

  /**
   * PART_OF from every division in the graph to its nearest ancestor that is
   * also in the graph (清徐县 → 太原市 → 山西省; 清徐县 → 山西省 when 太原市 is
   * never mentioned). No parent node is invented: an ancestor nobody mentions
   * has no mention to stand on. Evidence: the child's mention sentence, once per article.
   */
  private addPartOf(): void {
    const byCode = new Map<string, string>();
    for (const n of this.nodes.values()) {
      if (n.label !== 'Location') continue;
      const code = (n.properties as { divisionCode: string | null }).divisionCode;
      if (code && !byCode.has(code)) byCode.set(code, n.id);
    }
    for (const [code, childId] of byCode) {
      const parentId = ancestors(code).map((p) => byCode.get(p.code!)).find((id) => id && id !== childId);
      if (!parentId) continue;
      const evidence = [...(this.locationSentences.get(childId)?.values() ?? [])];
      if (!evidence.length) continue;
      const key = `PART_OF|${childId}|${parentId}|{}`;
      if (!this.relationships.has(key)) this.relationships.set(key, { type: 'PART_OF', from: childId, to: parentId, properties: {}, evidence });
    }
  }

  private addFact(article: Article, fact: Fact, ids: ArticleNodeIds): void {
    const type = fact.type;
    if (!this.isSpecified(type)) throw new Error(`${article.id}: a stage made a ${type} fact, a type without a relationship spec`);
    const spec = this.specs[type]!;
    if (!spec.from.includes(fact.from.label) || !spec.to.includes(fact.to.label))
      throw new Error(`${article.id}: a stage made a ${type} fact ${fact.from.label} → ${fact.to.label}; its spec allows ${spec.from.join('|')} → ${spec.to.join('|')}`);
    const from = endpointId(fact.from, ids);
    const to = endpointId(fact.to, ids);
    if (!from || !to || !this.nodes.has(from) || !this.nodes.has(to)) return;
    const properties = fact.properties ?? {};
    const key = `${fact.type}|${from}|${to}|${JSON.stringify(properties)}`;
    const evidence = { article: article.id, ...fact.evidence, text: article.text.slice(fact.evidence.start, fact.evidence.end).trim() || '…' };
    const existing = this.relationships.get(key);
    if (existing) {
      if (!existing.evidence.some((e) => e.article === evidence.article && e.start === evidence.start)) existing.evidence.push(evidence);
      return;
    }
    this.relationships.set(key, { type, from, to, properties, evidence: [evidence] });
  }

  private isSpecified(type: string): type is RelationshipType | T {
    return Object.hasOwn(this.specs, type);
  }
}

/** Placeholder of a dated event's same-name mention until mergeRecords knows how many articles share the node. */
const DATED_NAME = { rule: 'same name+date', why: '' };

/** The node a fact's end names, if the article made it a node. */
function endpointId(end: FactEndpoint, ids: ArticleNodeIds): string | undefined {
  switch (end.label) {
    case 'Person':
      return ids.persons.get(end.name);
    case 'Event':
      return ids.events[end.index];
    case 'Target':
      return ids.targets[end.index];
    case 'Organization':
      // Facts name the organization by its printed or canonical form.
      return ids.organizations.get(end.name) ?? nodeId('Organization', end.name);
    case 'Policy':
    case 'Location':
      return nodeId(end.label, end.name);
  }
}

/**
 * One meeting, however many reports: event:2023-06-29/国务院常务会议 when the
 * date has a year and the name is specific. A name relative to the article's
 * division (全市…, 市委…, 县…) takes that division too
 * (event:2023-04-10/绍兴市/全市河湖长制工作会议), since every city holds a
 * 全市安全生产工作会议; without the division, without a year, or for a bare
 * noun (会议, 座谈会, 第三次全体会议) the event stays per article: event:<article>/<name>.
 */
export function eventId(articleId: string, name: string, date: string | null, places?: ArticlePlaces): string {
  const perArticle = nodeId('Event', `${articleId}/${name}`);
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || isGenericEvent(name)) return perArticle;
  const relative = /^全?([省市县区])(?!场)/.exec(name);
  if (!relative) return nodeId('Event', `${date}/${name}`);
  const level = relative[1];
  const place = level === '市' ? places?.city : level === '县' ? places?.county : level === '区' ? places?.district : places?.province;
  return place ? nodeId('Event', `${date}/${place.name}/${name}`) : perArticle;
}

let genericEvents: Set<string> | undefined;
function isGenericEvent(name: string): boolean {
  genericEvents ??= new Set(Object.values(lexicons().events.nouns).flat());
  return name.length < 4 || genericEvents.has(name) || /^第[一二三四五六七八九十\d]{1,3}次(?:全体会议|会议|全会|大会)$/.test(name);
}

/** The event's date when its first mention's sentence prints none: the first later mention whose sentence does (titles carry no dates). */
function datedMention(article: Article, ev: ArticleEvent): string | null {
  // The first few mentions carry the date if any does (a meeting named ten thousand times is hostile input).
  for (const m of ev.mentions.slice(0, 20)) {
    const d = eventDate(article, m);
    if (d) return d;
  }
  return null;
}

function validSpan(article: Article, span: Span): boolean {
  return span.start >= 0 && span.end > span.start && span.end <= article.text.length;
}

export function sentenceEvidence(article: Article, pos: number): Evidence {
  const { start, end } = sentenceSpan(article, pos);
  return { article: article.id, start, end, text: article.text.slice(start, end).trim() || '…' };
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
