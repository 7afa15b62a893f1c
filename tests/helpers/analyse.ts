import type { Annotation, Article } from '../../src/document.js';
import type { Stage } from '../../src/stage.js';
import { analyseArticle, STAGES } from '../../src/workflows/analyse.js';

/** Runs the real per-article pipeline on a body (and optional title), as the extractor does. */
export function analyse(body: string, title: string | null = null, date: string | null = null): Article {
  return analyseArticle({ id: 't', path: 't.txt', title, date, source: null, url: null, body });
}

export const personsOf = (a: Article) => [...new Map(a.persons.map((p) => [p.name, p])).keys()];
export const titlesOf = (a: Article, name: string) => [...new Set(a.persons.filter((p) => p.name === name).flatMap((p) => p.titles))];
export const rolesOf = (a: Article, type: string) =>
  a.facts.flatMap((f) => (f.type === type && f.from.label === 'Person' ? [f.from.name] : []));

/**
 * The stages a stage needs and the stage itself, in list order: every earlier
 * stage that assigns something it (or a stage it needs) requires. Running
 * these tests a stage on its own, on what it declares.
 */
export function stagesFor(name: string, stages: readonly Stage[] = STAGES): Stage[] {
  const at = stages.findIndex((s) => s.name === name);
  if (at < 0) throw new Error(`no stage ${name}`);
  const needed = new Set<Annotation>(stages[at]!.requires);
  const picked = [stages[at]!];
  for (let i = at - 1; i >= 0; i--) {
    const s = stages[i]!;
    if (!s.assigns.some((a) => needed.has(a))) continue;
    picked.unshift(s);
    for (const a of s.requires) needed.add(a);
  }
  return picked;
}

/** One stage on its own: `body` analysed by that stage and only the stages it needs. */
export function analyseOnly(name: string, body: string, date: string | null = null): Article {
  return analyseArticle({ id: 't', path: 't.txt', title: null, date, source: null, url: null, body }, stagesFor(name));
}
