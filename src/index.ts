/**
 * The public surface of news-kg: what a program may import (`import … from
 * 'news-kg'`). Everything else under src/ is internal and may change.
 *
 * Extract: `extractGraph` reads files or folders into a validated graph
 * document; `analyseArticle` runs the per-article pipeline on one record.
 * Check: `validateGraph` and the zod schema (`GraphDocumentSchema`, labels,
 * relationship types and their specs). Load: `connect`, `applySchema`,
 * `loadGraph`, `wipeDatabase`. Export: `toGraphModel` then `renderCsv`,
 * `renderCypherScript` or `renderGraphml`. Query and analyse: the named query
 * library and `analyzeNetwork`.
 */
export type { Article, SourceRecord } from './document.js';
export {
  GraphDocumentSchema,
  NODE_LABELS,
  RELATIONSHIP_SPECS,
  RELATIONSHIP_TYPES,
  type GraphDocument,
  type GraphNode,
  type NodeLabel,
  type Relationship,
  type RelationshipSpec,
  type RelationshipSpecs,
  type RelationshipType,
} from './schema/graph.js';
export { InvalidGraphError, validateGraph } from './validate/index.js';
export { analyseArticle, STAGES } from './workflows/analyse.js';
export { extractGraph, type ExtractOptions, type ExtractResult } from './workflows/extract.js';
export { connect, resolveConfig, type ConnectionFlags, type Neo4jConfig } from './neo4j/connection.js';
export { applySchema } from './load/schema.js';
export { loadGraph, wipeDatabase, type LoadOptions, type LoadStats } from './load/writer.js';
export { toGraphModel, type GraphModel } from './load/model.js';
export { renderCsv, type CsvFile } from './export/csv.js';
export { renderCypherScript } from './export/cypher.js';
export { renderGraphml } from './export/graphml.js';
export { formatTable, getQuery, listQueries, runQuery, type NamedQuery, type QueryResultTable } from './query/library.js';
export { analyzeNetwork, type NetworkAnalysis } from './analyze/network.js';
