/**
 * Where and by whom an event was held:
 *   HELD_IN       <event>…在<place>召开        (政协…会议26日上午在京召开)
 *                 在<place>(主持)召开/举行/出席<event>  (习近平在湖南省长沙市主持召开…座谈会)
 *                 在<place>调研 (the place inside a visit's name)
 *   ORGANIZED_BY  <org>…(在<place>)召开/举行/举办<event>  (全国人大常委会17日上午在北京召开…座谈会)
 *                 由<org>、<org>(共同)主办/举办         (本届博览会由省工信厅……共同主办)
 * A place chain (湖南省长沙市, 北京人民大会堂) gives one fact per place.
 */
import type { Article, LocationMention, NamedMention } from '../document.js';
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
const HOSTED = new RegExp(`^(?:[、和及与]?[^，。；：\\n、]{0,2})*?(?:${inOrder(lex.hostedJointly)})?(?:${inOrder(lex.hostedVerbs)})`);

export const venueStage: Stage = {
  name: 'venues',
  requires: ['sentences', 'eventMentions', 'events', 'locations', 'organizations'],
  assigns: ['facts'],
  run: relateVenues,
};

export function relateVenues(article: Article): void {
  const { text } = article;
  const seen = new Set<string>();
  const push = (type: 'HELD_IN' | 'ORGANIZED_BY', event: number, to: NamedMention, at: number) => {
    const name = to.canonical ?? to.name;
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
    if (text[locs[i]!.start - 1] !== '在') continue;
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
      const before = mentions.filter((m) => m.end <= at && at - m.end <= 14 && !/[，。；\n]/.test(text.slice(m.end, at)));
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

  for (const m of mentions) {
    // 在清徐县调研: the visited place is in the visit's name.
    if (m.kind === 'visit') {
      for (const loc of locs) if (loc.start >= m.start && loc.end <= m.end && text[loc.start - 1] === '在') push('HELD_IN', m.event!, loc, m.start);
    }
    // 来到临汾、晋中等地…考察调研 / 来到北京市通州区潞城镇，同首都群众一起参加义务植树: where a visit or an activity went.
    // Only the framing sentence (the event's first mention): later stops of a tour are not where it was held.
    if ((m.kind === 'visit' || m.kind === 'activity') && article.events[m.event!]!.mentions[0] === m) {
      const sentence = sentenceSpan(article, m.start);
      const lead = text.slice(sentence.start, m.start);
      const go = [...lead.matchAll(GO_TO)].pop();
      if (!go) continue;
      let pos = sentence.start + go.index! + go[0].length;
      for (const loc of locs) {
        if (loc.start < pos) continue;
        if (loc.start !== pos) break;
        push('HELD_IN', m.event!, loc, m.start);
        pos = loc.end + (/[、和及]/.test(text[loc.end]!) ? 1 : 0);
      }
    }
  }

  for (const org of article.organizations) {
    // <org>……召开<event>: the body is the subject of the clause that convenes the event.
    const conv = CONVENE.exec(text.slice(org.end, org.end + 30));
    if (conv) {
      const m = mentionStartingNear(org.end + conv[0].length, 16);
      if (m && m.reported) push('ORGANIZED_BY', m.event!, org, m.start);
    }
  }

  // 由<org>、<org>……共同主办: every body of the list, for the event reported there.
  const orgs = [...article.organizations].sort((a, b) => a.start - b.start);
  for (let i = 0; i < orgs.length; i++) {
    if (text[orgs[i]!.start - 1] !== '由') continue;
    const list = [orgs[i]!];
    while (i + 1 < orgs.length && /^[、和及与]?$/.test(text.slice(list[list.length - 1]!.end, orgs[i + 1]!.start))) list.push(orgs[++i]!);
    const tail = list[list.length - 1]!.end;
    if (!HOSTED.test(text.slice(tail, tail + 8))) continue;
    if (!mentions.length) continue;
    const event = eventReportedAt(article, list[0]!.start);
    for (const org of list) push('ORGANIZED_BY', event, org, org.start);
  }
}
