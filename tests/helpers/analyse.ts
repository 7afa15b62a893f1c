import type { Article } from '../../src/document.js';
import { analyseArticle } from '../../src/workflows/analyse.js';

/** Runs the real per-article pipeline on a body (and optional title), as the extractor does. */
export function analyse(body: string, title: string | null = null, date: string | null = null): Article {
  return analyseArticle({ id: 't', path: 't.txt', title, date, source: null, url: null, body });
}

export const personsOf = (a: Article) => [...new Map(a.persons.map((p) => [p.name, p])).keys()];
export const titlesOf = (a: Article, name: string) => [...new Set(a.persons.filter((p) => p.name === name).flatMap((p) => p.titles))];
export const rolesOf = (a: Article, type: string) =>
  a.facts.filter((f) => f.type === type && f.from.kind === 'person').map((f) => (f.from as { name: string }).name);
