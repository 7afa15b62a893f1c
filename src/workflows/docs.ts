/** The README's pipeline table, derived from the stage list so the docs show the order the code runs. */
import { PREPARED, type Stage } from '../stage.js';
import { STAGES } from './analyse.js';

export function pipelineTable(stages: readonly Stage[] = STAGES): string {
  const list = (annotations: readonly string[]) => (annotations.length ? annotations.map((a) => `\`${a}\``).join(', ') : '—');
  return [
    `Per article, \`clean\` makes the article (its text and ${list(PREPARED)}), then these stages run in this order:`,
    '',
    '| # | Stage | Requires | Assigns |',
    '|---|---|---|---|',
    ...stages.map((s, i) => `| ${i + 1} | ${s.name} | ${list(s.requires)} | ${list(s.assigns)} |`),
  ].join('\n');
}
