/**
 * Within one article, event mentions become events: the reported mentions
 * of one meeting (全市河湖长制林长制工作会议, 会议, 本次会议) are one event,
 * a multi-stop inspection tour is one event, and mentions that only refer to
 * other meetings are dropped. It runs once the mentions are recognized and
 * before relate, whose facts name these events (Fact ends by event index).
 */
import type { Article, ArticleEvent, EventMention } from '../document.js';
import type { Stage } from '../stage.js';
import { lexicons } from '../lexicons/index.js';
import { lastEndingBy, sentenceSpan } from '../spans.js';
import { completeDate, relativeDate } from '../resolve/dates.js';

const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/;

/** Assigns eventMentions too: each grouped mention's `event`. */
export const eventStage: Stage = { name: 'events', requires: ['sentences', 'eventMentions', 'organizations'], assigns: ['events', 'eventMentions'], run: groupEvents };

export function groupEvents(article: Article): void {
  const generic = genericNouns();
  const events: ArticleEvent[] = [];
  const pending: EventMention[] = [];

  const attach = (m: EventMention, index: number) => {
    m.event = index;
    const ev = events[index]!;
    ev.mentions.push(m);
    if (!generic.has(m.name) && m.name !== ev.name && !ev.aliases.includes(m.name)) {
      // The fullest reported name names the event; shorter forms are aliases.
      if (m.reported && m.name.length > ev.name.length && contains(m.name, ev.name)) {
        ev.aliases.push(ev.name);
        ev.name = m.name;
      } else ev.aliases.push(m.name);
    }
  };

  for (const m of article.eventMentions) {
    if (isGeneric(m.name, generic)) {
      // 会议/座谈会/开幕会 name the meeting already reported; a 开幕式 or 仪式 is the main event's own.
      const sameKind = events.findIndex((e) => e.kind === m.kind);
      const target = lastEventEndingWith(events, m.name) ?? (m.kind === 'ceremony' && events.length ? 0 : sameKind >= 0 ? sameKind : undefined);
      // 本届博览会 with no event yet: the article's own event is the one it named before without a report verb.
      const named = target === undefined && m.ownEvent ? pending.findIndex((p) => p.name.endsWith(m.name)) : -1;
      if (named >= 0) {
        const [promoted] = pending.splice(named, 1);
        events.push(newEvent(promoted!, article));
        promoted!.event = events.length - 1;
        attach(m, events.length - 1);
      } else if (target !== undefined) attach(m, target);
      // A bare 调研/检查 with no place or object names no event of its own beside a reported one.
      else if (m.reported && (m.kind !== 'visit' || !events.length)) {
        events.push(newEvent(m, article));
        m.event = events.length - 1;
      }
      continue;
    }
    // 认真落实全省河湖长制工作会议部署 in a report on 全市河湖长制林长制工作会议: another meeting, however alike its name.
    if (m.referred) continue;
    const same = events.findIndex((e) => sameEvent(e, m));
    // 此次专题学习会议的召开: a mention written as the article's own event is its meeting of that kind, however worded.
    const own = same < 0 && m.ownEvent ? events.findIndex((e) => e.kind === m.kind) : -1;
    if (same >= 0) attach(m, same);
    else if (own >= 0) attach(m, own);
    else if (m.reported) {
      events.push(newEvent(m, article));
      m.event = events.length - 1;
    } else pending.push(m);
  }
  // A shorter form used before the full name (headline before lead) joins the event it names.
  for (const m of pending) {
    const same = events.findIndex((e) => sameEvent(e, m));
    if (same >= 0) attach(m, same);
  }
  // A headline's 校党委理论学习中心组召开会议 is the lead's named meeting: fold bare 会议 before naming it by its convener.
  const folded = foldBareMeetings(events, generic);
  for (const ev of folded) nameByConvener(article, ev, generic);
  article.events = foldSameNamed(folded);
}

/**
 * A meeting only ever called 会议 (主持会议 before the lead names it) is the
 * article's named meeting when there is one: 陈银伟主持会议。14时许，…座谈会在…举行.
 */
function foldBareMeetings(events: ArticleEvent[], generic: Set<string>): ArticleEvent[] {
  const named = events.find((e) => e.kind === 'meeting' && !generic.has(e.name));
  return named ? fold(events, (e) => (e !== named && e.kind === 'meeting' && e.name === '会议' ? named : undefined)) : events;
}

/**
 * A headline meeting named by its convener (县委常委会召开会议 → 县委常委会会议)
 * and the lead's 主持召开县委常委会会议 only share a name once the convener named
 * the first: then they are one meeting.
 */
function foldSameNamed(events: ArticleEvent[]): ArticleEvent[] {
  const first = new Map<string, ArticleEvent>();
  // fold asks in order, so the first event of a kind and name is the one the later ones join.
  return fold(events, (e) => {
    const key = `${e.kind}|${e.name}`;
    const earlier = first.get(key);
    if (!earlier) first.set(key, e);
    return earlier;
  });
}

/** Moves every event `into` maps to another event (its mentions, names and date) into that one, and renumbers the events the mentions point to. */
function fold(events: ArticleEvent[], into: (e: ArticleEvent) => ArticleEvent | undefined): ArticleEvent[] {
  const targets = events.map(into);
  if (targets.every((t) => t === undefined)) return events;
  const kept = events.filter((_, i) => targets[i] === undefined);
  events.forEach((e, i) => {
    const target = targets[i];
    if (!target) return;
    target.mentions.push(...e.mentions);
    for (const alias of [e.name, ...e.aliases]) if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    target.date ??= e.date;
  });
  for (const e of kept) e.mentions.sort((a, b) => a.start - b.start);
  kept.forEach((e, i) => e.mentions.forEach((m) => (m.event = i)));
  return kept;
}

/**
 * A meeting the text names only by its noun takes the name of the body that
 * convenes it: 中共中央政治局常务委员会8月17日召开会议 → 中共中央政治局常务委员会会议,
 * 县政府召开常务会议 → 县政府常务会议.
 */
function nameByConvener(article: Article, ev: ArticleEvent, generic: Set<string>): void {
  if (ev.kind !== 'meeting' || !generic.has(ev.name)) return;
  for (const m of ev.mentions) {
    if (!m.reported || m.name !== ev.name) continue;
    const org = article.organizations[lastEndingBy(article.organizations, m.start)];
    if (!org || !CONVENED_BY.test(article.text.slice(org.end, m.start))) continue;
    ev.name = article.text.slice(org.start, org.end) + ev.name;
    return;
  }
}

/** Between the convening body and the meeting noun: an optional date or time of day, then 召开. */
const CONVENED_BY = /^(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上?)?(?:今天|昨天)?(?:在京)?召开了?$/;

/** A bare event noun, or a session of the meeting being reported (第一次全体会议). */
function isGeneric(name: string, generic: Set<string>): boolean {
  return generic.has(name) || /^第[一二三四五六七八九十\d]{1,3}次(?:全体会议|会议|全会|大会)$/.test(name);
}

function newEvent(m: EventMention, article: Article): ArticleEvent {
  return { name: m.name, aliases: [], kind: m.kind, date: eventDate(article, m), mentions: [m] };
}

/** Two mentions name the same event: one contains the other, or they share most character pairs; all visits of one trip are one event. */
function sameEvent(e: ArticleEvent, m: EventMention): boolean {
  if (e.kind === 'visit' && m.kind === 'visit') return true;
  if (e.kind === 'visit' || m.kind === 'visit') return false;
  const name = normalizeNumerals(m.name);
  return [e.name, ...e.aliases].map(normalizeNumerals).some((n) => contains(n, name) || dice(n, name) >= 0.6 || sharesEventNoun(n, name));
}

/** Two names closed by the same specific event noun (…主席会议, …博览会) in one article are one event; 会议 alone is too common. */
function sharesEventNoun(a: string, b: string): boolean {
  const n = commonSuffix(a, b);
  return n >= 4 || (n === 3 && genericNouns().has(a.slice(-3)));
}

/** 全国政协主席会议 (headline) and 政协第十三届全国委员会第七十八次主席会议 (lead) share 主席会议. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

const HAN_DIGITS: Record<string, string> = { 〇: '0', 零: '0', 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
/** Headlines write years in Chinese numerals: 二〇二〇年 → 2020年. */
function normalizeNumerals(s: string): string {
  return s.replace(/[〇零一二三四五六七八九]{4}年/g, (y) => [...y.slice(0, 4)].map((c) => HAN_DIGITS[c]).join('') + '年');
}

function contains(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.includes(short);
}

export function dice(a: string, b: string): number {
  const grams = (s: string) => new Set([...s].slice(0, -1).map((c, i) => c + s[i + 1]));
  const x = grams(a);
  const y = grams(b);
  if (!x.size || !y.size) return 0;
  let n = 0;
  for (const g of x) if (y.has(g)) n++;
  return (2 * n) / (x.size + y.size);
}

/** The latest event named by that noun: 论坛 names …论坛开幕式 too. */
function lastEventEndingWith(events: ArticleEvent[], noun: string): number | undefined {
  for (let i = events.length - 1; i >= 0; i--) if (events[i]!.name.endsWith(noun)) return i;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if (e.kind !== 'visit' && [e.name, ...e.aliases].some((n) => n.includes(noun))) return i;
  }
  return undefined;
}

let genericCache: Set<string> | undefined;
/** Bare event nouns (会议, 座谈会, 开幕式) refer to an event named elsewhere. */
function genericNouns(): Set<string> {
  genericCache ??= new Set(Object.values(lexicons().events.nouns).flat());
  return genericCache;
}

/**
 * The date printed in the sentence that reports the event (6月29日, 23日, or
 * 今天/昨天), completed from the article date (src/resolve/dates.ts).
 */
export function eventDate(article: Article, m: EventMention): string | null {
  // The (length-capped) sentence around the mention: a date is printed next to what it dates.
  const sentence = sentenceSpan(article, m.start);
  const text = article.text.slice(sentence.start, sentence.end);
  const match = DATE.exec(text);
  if (!match) return relativeDate(text, article.date);
  const [, year, month, day] = match;
  return completeDate({ year, month, day: day! }, article.date);
}
