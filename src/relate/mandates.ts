/**
 * MANDATES: the policies and targets that the report of an event calls for.
 *
 * The genre reports what an event calls for through its speakers ("韦韬强调，
 * 要…") or in the meeting's own voice ("会议要求…"); both speak for the event
 * the article reports (see eventResolver). Policies that are only studied or conveyed (mandated:
 * false) and goals the reporter states (记者了解到, 据了解) are left out.
 */
import type { Article } from '../document.js';
import type { Stage } from '../stage.js';
import { readLexicon } from '../lexicons/load.js';
import { inOrder } from '../lexicons/patterns.js';
import { MandatesLexicon } from '../lexicons/schemas.js';
import { sentenceSpan } from '../spans.js';

/** A sentence in the reporter's voice: the goal is background, not the event's call. */
const REPORTER_VOICE = new RegExp(`^[^，,。]{0,6}(?:${inOrder(readLexicon('mandates.json', MandatesLexicon).reporterVoice)})`);

export const mandateStage: Stage = {
  name: 'mandates',
  requires: ['sentences', 'eventMentions', 'events', 'policies', 'targets'],
  assigns: ['facts'],
  run: relateMandates,
};

export function relateMandates(article: Article): void {
  if (!article.events.length) return;
  const eventAt = eventResolver(article);
  for (const p of article.policies) {
    if (!p.mandated) continue;
    article.facts.push({
      type: 'MANDATES',
      from: { label: 'Event', index: eventAt(p.start) },
      to: { label: 'Policy', name: p.canonical ?? p.name },
      evidence: sentenceSpan(article, p.start),
    });
  }
  article.targets.forEach((t, index) => {
    const sentence = sentenceSpan(article, t.start);
    if (REPORTER_VOICE.test(article.text.slice(sentence.start, sentence.end))) return;
    article.facts.push({
      type: 'MANDATES',
      from: { label: 'Event', index: eventAt(t.start) },
      to: { label: 'Target', index },
      evidence: sentence,
    });
  });
}

/**
 * The event that calls for what is said at `pos`. A policy named inside a
 * reported event's name (“英贤计划”项目签约仪式) belongs to that event.
 * Otherwise it belongs to the event the body last reported before it: a
 * report that moves on ("途中在运城考察", "并主持召开座谈会。他强调") hands
 * what follows to the new event. What comes before the body's first report
 * (the headline, a lead sentence) goes with that first report, since the
 * headline often names the scene in words no event mention covers
 * (在听取…汇报时强调); with no report in the body, with the main event.
 *
 * (Tying each policy to the nearest speaker's event was tried and scored
 * worse: speakers are often attributed to a second mention of the same
 * meeting or to a meeting the article only refers to.)
 */
function eventResolver(article: Article): (pos: number) => number {
  const reported = article.eventMentions.filter((m) => m.reported && m.event !== undefined);
  const inBody = reported.filter((m) => m.start >= article.bodyStart).sort((a, b) => a.start - b.start);
  const first = inBody[0]?.event ?? mainEvent(article);
  return (pos) => {
    const holder = reported.find((m) => m.start <= pos && pos < m.end);
    if (holder) return holder.event!;
    let last = first;
    for (const m of inBody) {
      if (m.start > pos) break;
      last = m.event!;
    }
    return last;
  };
}

/** The event the article is about: the one of the first reported mention (headline or lead). */
function mainEvent(article: Article): number {
  let best: { start: number; event: number } | undefined;
  for (const m of article.eventMentions) {
    if (m.event === undefined || !m.reported) continue;
    if (!best || m.start < best.start) best = { start: m.start, event: m.event };
  }
  return best?.event ?? article.eventMentions.find((m) => m.event !== undefined)?.event ?? 0;
}
