/**
 * What runs in which order for one article: clean makes the article, then
 * the stages below run over it in this order (each names what it requires
 * and assigns, see src/stage.ts; the README's pipeline table is generated
 * from this list). Articles are independent, which is what lets `extract`
 * spread them over workers.
 */
import type { Article, SourceRecord } from '../document.js';
import { checkStages, type Stage } from '../stage.js';
import { prepareArticle } from '../clean/index.js';
import { sentenceStage } from '../segment/index.js';
import { ArticleContext } from '../recognize/context.js';
import { personStage } from '../recognize/persons.js';
import { eventMentionStage } from '../recognize/events.js';
import { locationStage, placesInsideNamesStage } from '../recognize/locations.js';
import { organizationStage } from '../recognize/organizations.js';
import { policyStage } from '../recognize/policies.js';
import { targetStage } from '../recognize/targets.js';
import { eventStage } from '../recognize/event-groups.js';
import { roleStage } from '../relate/roles.js';
import { mandateStage } from '../relate/mandates.js';
import { venueStage } from '../relate/venues.js';
import { positionStage } from '../relate/positions.js';

export const STAGES: readonly Stage[] = [
  sentenceStage,
  personStage,
  locationStage,
  organizationStage,
  eventMentionStage,
  policyStage,
  placesInsideNamesStage,
  targetStage,
  eventStage,
  roleStage,
  mandateStage,
  venueStage,
  positionStage,
];

const checked = new WeakSet<readonly Stage[]>();
checkStagesOnce(STAGES);

export type AnalysisResult = { article: Article } | { error: string };

/** Analyse one record, turning a failure into a result that names the file. */
export function analyseRecord(record: SourceRecord): AnalysisResult {
  try {
    return { article: analyseArticle(record) };
  } catch (err) {
    return { error: `${record.path}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Clean the record, then run `stages` (checked on first use) over the article. */
export function analyseArticle(record: SourceRecord, stages: readonly Stage[] = STAGES): Article {
  checkStagesOnce(stages);
  const article = prepareArticle(record);
  const ctx = new ArticleContext(article);
  for (const stage of stages) stage.run(article, ctx);
  return article;
}

function checkStagesOnce(stages: readonly Stage[]): void {
  if (checked.has(stages)) return;
  checkStages(stages);
  checked.add(stages);
}
