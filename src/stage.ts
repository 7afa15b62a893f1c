/**
 * The contract of a per-article pipeline step, in the spirit of spaCy's
 * components: a stage names the annotations of the Article it reads
 * (`requires`) and the ones it writes (`assigns`), and `run` does the work.
 * src/workflows/analyse.ts holds the ordered list; checkStages refuses a list
 * in which a stage requires what no earlier stage assigns.
 */
import type { Annotation, Article } from './document.js';
import type { ArticleContext } from './recognize/context.js';

export interface Stage {
  /** Shown in errors and in the README's pipeline table. */
  readonly name: string;
  readonly requires: readonly Annotation[];
  readonly assigns: readonly Annotation[];
  run(article: Article, ctx: ArticleContext): void;
}

/** What the clean stage gives every article before the first stage runs (and its text). */
export const PREPARED: readonly Annotation[] = ['furniture'];

/** Throws, naming the stage, when a stage requires an annotation that no earlier stage assigns. */
export function checkStages(stages: readonly Stage[], given: readonly Annotation[] = PREPARED): void {
  const assigned = new Set<Annotation>(given);
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) throw new Error(`pipeline: two stages are named "${stage.name}"`);
    names.add(stage.name);
    const missing = stage.requires.filter((a) => !assigned.has(a));
    if (missing.length) throw new Error(`pipeline: stage "${stage.name}" requires ${missing.join(', ')}, which no earlier stage assigns`);
    for (const a of stage.assigns) assigned.add(a);
  }
}
