/**
 * What runs in which order for one article (the operations live in the
 * stage folders): clean → segment → recognize → relate → resolve. Articles
 * are independent, which is what lets `extract` spread them over workers.
 */
import type { Article, SourceRecord } from '../document.js';
import { prepareArticle } from '../clean/index.js';
import { splitSentences } from '../segment/index.js';
import { ArticleContext } from '../recognize/context.js';
import { PersonRecognizer } from '../recognize/persons.js';
import { EventRecognizer } from '../recognize/events.js';
import { dropPlacesInsideNames, recognizeLocations } from '../recognize/locations.js';
import { recognizeOrganizations } from '../recognize/organizations.js';
import { recognizePolicies } from '../recognize/policies.js';
import { recognizeTargets } from '../recognize/targets.js';
import { groupEvents } from '../resolve/article-events.js';
import { RoleRelator } from '../relate/roles.js';
import { relateMandates } from '../relate/mandates.js';
import { relateVenues } from '../relate/venues.js';
import { relatePositions } from '../relate/positions.js';

export type AnalysisResult = { article: Article } | { error: string };

/** Analyse one record, turning a failure into a result that names the file. */
export function analyseRecord(record: SourceRecord): AnalysisResult {
  try {
    return { article: analyseArticle(record) };
  } catch (err) {
    return { error: `${record.path}: ${err instanceof Error ? err.message : String(err)}` };
  }
}

let components: { persons: PersonRecognizer; events: EventRecognizer; roles: RoleRelator } | undefined;

export function analyseArticle(record: SourceRecord): Article {
  components ??= { persons: new PersonRecognizer(), events: new EventRecognizer(), roles: new RoleRelator() };
  const article = prepareArticle(record);
  splitSentences(article);
  const ctx = new ArticleContext(article);
  components.persons.recognize(article, ctx);
  recognizeLocations(article, ctx);
  recognizeOrganizations(article, ctx);
  components.events.recognize(article, ctx);
  recognizePolicies(article, ctx);
  dropPlacesInsideNames(article);
  recognizeTargets(article, ctx);
  groupEvents(article);
  components.roles.relate(article);
  relateMandates(article);
  relateVenues(article);
  relatePositions(article);
  return article;
}
