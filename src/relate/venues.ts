/**
 * Where and by whom an event was held:
 *   HELD_IN       <event>…在<place>召开        (政协…会议26日上午在京召开)
 *                 在<place>(主持)召开/举行/出席<event>  (习近平在湖南省长沙市主持召开…座谈会)
 *                 在<place>调研 (the place inside a visit's name)
 *   ORGANIZED_BY  <org>…(在<place>)召开/举行/举办<event>  (全国人大常委会17日上午在北京召开…座谈会)
 *                 由<org>、<org>(共同)主办/举办         (本届博览会由省工信厅……共同主办)
 * A place chain (湖南省长沙市, 北京人民大会堂) gives one fact per place.
 */
import type { Article, EventMention, LocationMention, NamedMention, Span } from '../document.js';
import type { Stage } from '../stage.js';
import { readLexicon } from '../lexicons/load.js';
import { inOrder } from '../lexicons/patterns.js';
import { VenuesLexicon } from '../lexicons/schemas.js';
import { sentenceSpan } from '../spans.js';
import { eventReportedAt } from './where.js';

const lex = readLexicon('venues.json', VenuesLexicon);
const HELD_VERB = new RegExp(`^[^，。；：\\n]{0,6}?(?:${inOrder(lex.heldVerbs)})`);
const VERB_BEFORE_EVENT = new RegExp(`^(?:${inOrder(lex.verbsBeforeEvent)})(?:了)?`);
const CONVENE = new RegExp(`^[^，。；：\\n]{0,24}?(?:${inOrder(lex.conveneVerbs)})(?:了)?`);
const GO_TO = new RegExp(`(?:${inOrder(lex.goTo)})(?:位于)?`, 'g');
/** 7月7日至8日，…: a sentence that opens with the days of a tour tells where the whole tour went. */
const ITINERARY = /^(?:\d{1,2}月)?\d{1,2}日(?:[上下]午)?至(?:\d{1,2}月)?\d{1,2}日/;
/** 在前往陕西途中: the place the trip was heading for, not where it stopped. */
const EN_ROUTE = /^[^，。；]{1,10}?途中/;
/** A building's name: two characters or more before its head, then its number (报告厅二, 会议室（三）). */
const BUILDING = `[^，,。；：、\\s在的“”"]{2,16}?(?:${inOrder(lex.buildingHeads)})(?:[一二三四五六七八九十]|[（(][一二三四五六七八九十\\d]{1,2}[）)])?`;
const BUILDING_NAME = new RegExp(`^${BUILDING}$`);
/** 在(我校)<building>(隆重)举行: the building right before the verb. */
const BUILDING_HELD = new RegExp(`在(?:${inOrder(lex.ownBodyBefore)})?(${BUILDING})(?=(?:${inOrder(lex.heldAdverbs)})?(?:${inOrder(lex.heldVerbs)}))`, 'g');
/** 在<place> / 在我校<building>: what stands before a place where something was held. */
const HELD_AT_BEFORE = new RegExp(`在(?:${inOrder(lex.ownBodyBefore)})?$`);
/** What opens a list of hosts: 由, or the verb that closed the list before it (…主办，C、D承办). */
const HOST_LIST_BEFORE = new RegExp(`(?:由|(?:${inOrder(lex.hostedVerbs)})[，,])$`);
/**
 * 周明一行来到我校，首先参观了(我校)<site>、<site>和<site> / 代表们先后来到… / 与会人员实地观摩了…: where a visiting
 * delegation or the people at a meeting went, in the sentence that names them. A pronoun heads the stops of a tour
 * only before 先后 (他先后来到A、B); 他来到<site> alone is one stop, which national reports do not count as where
 * the visit was held.
 */
const DELEGATION = new RegExp(`${inOrder(lex.delegation)}|(?:${inOrder(lex.touringPronouns)})(?=先后)|(${inOrder(lex.meetingAttendees)})`, 'g');
const DELEGATION_VISITS = new RegExp(`(?:${inOrder(lex.delegationVisits)})(?:${inOrder(lex.ownBodyBefore)})?`, 'g');
/** 考察人民银行、外汇管理局并主持召开座谈会: the body was visited; the visitor convenes. */
const VISITED_THEN = new RegExp(`(?:${inOrder(lex.visitedBeforeConvening)})`);
const HOSTED = new RegExp(`^(?:[、和及与]?[^，。；：\\n、]{0,2})*?(?:${inOrder(lex.hostedJointly)})?(?:${inOrder(lex.hostedVerbs)})`);

export const venueStage: Stage = {
  name: 'venues',
  requires: ['sentences', 'eventMentions', 'events', 'locations', 'organizations'],
  assigns: ['locations', 'facts'],
  run: relateVenues,
};

/**
 * 座谈会在树兰楼圆桌会议室举行 / 在县委党校礼堂召开: a building named as where an event is held is a venue
 * Location. It replaces the places found inside its name (新书藏图书馆 in 养新书藏图书馆); divisions that
 * open it stay places of their own (在四川省成都市金牛宾馆 → 四川省, 成都市, 金牛宾馆; 北京人民大会堂 adds nothing).
 */
export function addHeldInBuildings(article: Article): void {
  const { text } = article;
  const divisionAt = new Map(article.locations.filter((l) => l.level !== 'place').map((l) => [l.start, l]));
  const spans = new Set(article.locations.map((l) => `${l.start}:${l.end}`));
  const buildings: LocationMention[] = [];
  for (const m of text.matchAll(BUILDING_HELD)) {
    const end = m.index! + m[0].length;
    let start = end - m[1]!.length;
    for (let d = divisionAt.get(start); d && d.end < end; d = divisionAt.get(start)) start = d.end;
    const name = text.slice(start, end);
    if (!BUILDING_NAME.test(name) || spans.has(`${start}:${end}`)) continue;
    buildings.push({ name, start, end, divisionCode: null, level: 'place' });
  }
  if (!buildings.length) return;
  // reach[i]: the end of a building starting at or before i (matches do not overlap).
  const reach = new Int32Array(text.length + 1);
  for (const b of buildings) reach[b.start] = b.end;
  for (let i = 1; i < reach.length; i++) reach[i] = Math.max(reach[i]!, reach[i - 1]!);
  const inside = (l: LocationMention) => reach[l.start]! >= l.end;
  article.locations = [...article.locations.filter((l) => !inside(l)), ...buildings].sort((a, b) => a.start - b.start);
}

export function relateVenues(article: Article): void {
  addHeldInBuildings(article);
  const { text } = article;
  const seen = new Set<string>();
  /** Events held in a province or a country (山西考察, 四川、重庆调研). */
  const provincialTours = new Set<number>();
  const push = (type: 'HELD_IN' | 'ORGANIZED_BY', event: number, to: NamedMention, at: number) => {
    const name = to.canonical ?? to.name;
    if (type === 'HELD_IN' && PROVINCIAL.has((to as LocationMention).level)) provincialTours.add(event);
    const key = `${type}|${event}|${name}`;
    if (seen.has(key)) return;
    seen.add(key);
    article.facts.push({
      type,
      from: { label: 'Event', index: event },
      to: { label: type === 'HELD_IN' ? 'Location' : 'Organization', name },
      evidence: sentenceSpan(article, at),
    });
  };
  const mentions = article.eventMentions.filter((m) => m.event !== undefined);
  const mentionStartingNear = (from: number, within: number) =>
    mentions.find((m) => m.start >= from && m.start - from <= within && !/[，。；\n]/.test(text.slice(from, m.start)));

  // Chains of adjacent places after 在.
  const chains: LocationMention[][] = [];
  const locs = [...article.locations].sort((a, b) => a.start - b.start);
  for (let i = 0; i < locs.length; i++) {
    if (!HELD_AT_BEFORE.test(text.slice(Math.max(0, locs[i]!.start - 3), locs[i]!.start))) continue;
    const chain = [locs[i]!];
    while (i + 1 < locs.length && locs[i + 1]!.start === chain[chain.length - 1]!.end) chain.push(locs[++i]!);
    chains.push(chain);
  }

  for (const chain of chains) {
    const at = chain[0]!.start - 1;
    const end = chain[chain.length - 1]!.end;
    const after = text.slice(end, end + 16);
    // <event>……在<place>召开: the event named before, in the same sentence.
    if (HELD_VERB.test(after)) {
      // …闭幕式将于8月29日在湖北武汉举行: a place still to come, not where the reported event was.
      const before = mentions.filter((m) => m.end <= at && at - m.end <= 14 && !/[，。；\n]/.test(text.slice(m.end, at)) && !/将/.test(text.slice(m.end, at)));
      const m = before[before.length - 1];
      if (m) for (const loc of chain) push('HELD_IN', m.event!, loc, m.start);
    }
    // 在<place>主持召开<event>
    const verb = VERB_BEFORE_EVENT.exec(after);
    if (verb) {
      const m = mentionStartingNear(end + verb[0].length, 20);
      if (m) for (const loc of chain) push('HELD_IN', m.event!, loc, m.start);
    }
  }

  // The framing mentions of a visit: its first mention in the headline and in the body, and the itinerary
  // that follows a summing-up lead (习近平近日在山西考察时强调。7月7日至8日，…先后到阳泉、太原考察调研).
  // Later stops of a tour (26日下午，习近平来到汾西县…考察调研) are not where it was held.
  const framedInBody = new Set<number>();
  const locAt = new Map(locs.map((l) => [l.start, l]));
  for (const m of mentions) {
    const event = m.event!;
    const inBody = m.start >= article.bodyStart;
    const framing = article.events[event]!.mentions[0] === m || (inBody && !framedInBody.has(event)) || ITINERARY.test(text.slice(sentenceSpan(article, m.start).start, m.start));
    if (inBody) framedInBody.add(event);
    // 在清徐县调研 / 到山西太原调研: the visited place is in the visit's name (after 到/赴 only when it frames the visit).
    if (m.kind === 'visit') {
      const placeBefore = framing ? /[在到赴]/ : /在/;
      for (const loc of placesListedFrom(text, locs, m, (l) => l.start >= m.start && placeBefore.test(text[l.start - 1]!))) push('HELD_IN', event, loc, m.start);
    }
    // 来到临汾、晋中等地…考察调研 / 来到北京市通州区潞城镇，同首都群众一起参加义务植树: where a visit or an activity went.
    if ((m.kind === 'visit' || m.kind === 'activity') && framing) {
      const sentence = sentenceSpan(article, m.start);
      const lead = text.slice(sentence.start, m.start);
      // The last go verb that names a place: 来到临汾、晋中等地，深入农村、企业等考察调研 went to 临汾, 晋中.
      const go = [...lead.matchAll(GO_TO)].reverse().find((g) => locAt.has(sentence.start + g.index! + g[0].length));
      if (!go) continue;
      let pos = sentence.start + go.index! + go[0].length;
      if (EN_ROUTE.test(text.slice(pos, pos + 12))) continue;
      for (let loc = locAt.get(pos); loc; loc = locAt.get(pos)) {
        push('HELD_IN', event, loc, m.start);
        pos = loc.end + (/[、和及]/.test(text[loc.end]!) ? 1 : 0);
      }
    }
  }

  // 王明一行先后来到A镇B村、C产业园: every site listed after the delegation's go verb, for the event reported there.
  for (const d of mentions.length ? text.matchAll(DELEGATION) : []) {
    const sentence = sentenceSpan(article, d.index!);
    for (const v of text.slice(d.index!, sentence.end).matchAll(DELEGATION_VISITS)) {
      const from = d.index! + v.index! + v[0].length;
      const event = eventReportedAt(article, from);
      // 代表们来到北京展览馆参观 during a congress: only the people at a meeting tour for the meeting; others tour for a visit.
      if (!d[1] && !mentions.some((m) => m.event === event && m.kind === 'visit')) continue;
      for (const loc of placesListedFrom(text, locs, sentence, (l) => l.start === from, SITE_BETWEEN_STOPS)) push('HELD_IN', event, loc, from);
    }
  }

  // Who opens a clause of the visit's report: a person (王浩察看了…), a pronoun or the delegation (他/调研组一行…);
  // 在海南海口施茶村，村民们正忙着… is a scene of the news, not a stop of the visit.
  const personAt = new Set(article.persons.map((p) => p.start));
  const visitorAt = (pos: number) => personAt.has(pos) || VISITOR_OPENING.test(text.slice(pos, pos + 6));
  // 当天下午，在于都县梓山镇潭头村，王浩察看了…: a sentence of a visit's report that opens on a county, town or
  // village went there. A site alone (在平遥古城，李希要求…) is a stop inside a place the report already named, and so
  // are the villages of a tour through a province (在新疆考察…在亚尔镇…村，习近平指出): a national report holds such a
  // tour in the province and the cities of its itinerary only.
  for (const chain of chains) {
    const at = chain[0]!.start - 1;
    const end = chain[chain.length - 1]!.end;
    if (text[end] !== '，' || !chain.some((l) => LOCAL_LEVELS.has(l.level)) || !visitorAt(end + 1) || !OPENING_BEFORE_PLACE.test(text.slice(sentenceSpan(article, at).start, at)) || !mentions.length) continue;
    const event = eventReportedAt(article, at);
    if (!mentions.some((m) => m.event === event && m.kind === 'visit') || provincialTours.has(event)) continue;
    for (const loc of mostSpecificOf(chain)) push('HELD_IN', event, loc, at);
  }

  for (const org of article.organizations) {
    // <org>……召开<event>: the body is the subject of the clause that convenes the event.
    // Not a body where it was held or that was visited (在中央文化和旅游管理干部学院举办, 到华能集团调研并主持召开座谈会).
    const conv = CONVENE.exec(text.slice(org.end, org.end + 30));
    if (conv && !/在$/.test(text.slice(org.start - 1, org.start)) && !VISITED_THEN.test(conv[0])) {
      const m = mentionStartingNear(org.end + conv[0].length, 16);
      if (m && m.reported) push('ORGANIZED_BY', m.event!, org, m.start);
    }
  }

  // 由<org>、<org>……共同主办: every body of the list, for the event reported there.
  const orgs = [...article.organizations].sort((a, b) => a.start - b.start);
  for (let i = 0; i < orgs.length; i++) {
    // 由A、B主办，C、D承办: the hosts after the first verb still stand under 由.
    // 将由…承办: an event still to come, not the one reported.
    const before = text.slice(Math.max(0, orgs[i]!.start - 3), orgs[i]!.start);
    if (!HOST_LIST_BEFORE.test(before) || /将由$/.test(before)) continue;
    const list = [orgs[i]!];
    while (i + 1 < orgs.length && /^[、和及与]?$/.test(text.slice(list[list.length - 1]!.end, orgs[i + 1]!.start))) list.push(orgs[++i]!);
    const tail = list[list.length - 1]!.end;
    if (!HOSTED.test(text.slice(tail, tail + 8))) continue;
    if (!mentions.length) continue;
    const event = eventReportedAt(article, list[0]!.start);
    for (const org of list) push('ORGANIZED_BY', event, org, org.start);
  }
}

/** 他…, 调研组一行…: the visitor opening the clause without a name. */
const VISITOR_OPENING = new RegExp(`^(?:${inOrder(lex.touringPronouns)}|[^，。；：\\n]{0,4}?(?:${inOrder(lex.delegation)}|${inOrder(lex.meetingAttendees)}))`);

const PROVINCIAL = new Set<LocationMention['level']>(['country', 'province']);

/** Divisions below a city: where a tour stops. */
const LOCAL_LEVELS = new Set<LocationMention['level']>(['county', 'township', 'village']);

/** 在<place>，opening a sentence, after at most a short time phrase (当天下午，). */
const OPENING_BEFORE_PLACE = /^(?:[^，。；：\n]{1,8}，)?$/;

/** 于都县梓山镇潭头村 → 潭头村; 果园乡渑池南站 → 果园乡, 渑池南站: the last division of a chain and the sites after it. */
function mostSpecificOf(chain: LocationMention[]): LocationMention[] {
  let lastDivision = chain.length - 1;
  while (lastDivision > 0 && chain[lastDivision]!.level === 'place') lastDivision--;
  return chain.slice(lastDivision);
}

/** Between two places of one list (江苏南京、苏州、无锡, 伊犁和喀什). */
const PLACE_LIST_MARK = /^[、和及与]$/;
/**
 * Between two stops of a delegation's list: a list mark, after a site the gazetteer does not know
 * (先后来到龙游县|高标准农田示范基地、|江山市…), but no verb of what was done there (实地察看, 了解).
 */
const SITE_BETWEEN_STOPS = /^(?:(?![^、]*(?:实地|察看|了解|听取|调研|考察|看望|慰问))[^，。；：、\s“”]{0,12})[、和及与]$/;

/**
 * Inside a name (a visit's: 在江苏南京、苏州和无锡调研), the places that `starts` accepts, each with the places
 * written right after it (山西太原: 山西, 太原) or listed after it.
 */
function placesListedFrom(text: string, locs: LocationMention[], name: Span, starts: (l: LocationMention) => boolean, between = PLACE_LIST_MARK): LocationMention[] {
  const out: LocationMention[] = [];
  const follows = (prev: LocationMention, next: LocationMention) => next.start === prev.end || between.test(text.slice(prev.end, next.start));
  for (let i = 0; i < locs.length; i++) {
    if (locs[i]!.end > name.end || !starts(locs[i]!)) continue;
    out.push(locs[i]!);
    while (i + 1 < locs.length && locs[i + 1]!.end <= name.end && follows(locs[i]!, locs[i + 1]!)) out.push(locs[++i]!);
  }
  return out;
}
