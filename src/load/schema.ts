/**
 * Constraints and indexes, generated from the schema's label and type lists.
 * cypher/schema.cypher is this rendered (`npm run gen:schema`); a test checks
 * it is up to date. `load` applies the same statements, all IF NOT EXISTS.
 */
import type { Driver } from 'neo4j-driver';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../schema/graph.js';
import { ALL_LABELS, LIST_PROPERTIES } from './model.js';

const snake = (label: string) => label.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();

export const FULLTEXT_INDEX = 'entity_names';

export function schemaStatements(): string[] {
  const out: string[] = [];
  for (const label of ALL_LABELS) {
    out.push(`CREATE CONSTRAINT ${snake(label)}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }
  for (const label of NODE_LABELS) {
    out.push(`CREATE INDEX ${snake(label)}_name IF NOT EXISTS FOR (n:${label}) ON (n.name)`);
  }
  // A reload finds an edited article's old facts by key (Article.factKeys), never by scanning a type.
  for (const type of RELATIONSHIP_TYPES) {
    out.push(`CREATE INDEX ${type.toLowerCase()}_key IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.key)`);
  }
  out.push('CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date)');
  // Event dates are Cypher dates (model.ts eventDateProps): range queries by date use this.
  out.push('CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)');
  out.push(
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:${NODE_LABELS.join('|')}) ON EACH [n.name, n.aliases] ` +
      "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
  );
  return out;
}

export function renderSchemaCypher(): string {
  return [
    '// Generated from src/schema/graph.ts by `npm run gen:schema` (src/load/schema.ts). Do not edit.',
    '// Uniqueness on id for every label, name lookups, and a CJK full-text index over names and aliases:',
    "//   CALL db.index.fulltext.queryNodes('entity_names', '韦韬') YIELD node, score RETURN node, score",
    ...schemaStatements().map((s) => `${s};`),
    '',
  ].join('\n');
}

/** The index or constraint a statement creates (CREATE [FULLTEXT] INDEX|CONSTRAINT <name> IF NOT EXISTS …). */
const createdName = (statement: string) => /^CREATE (?:FULLTEXT )?(?:INDEX|CONSTRAINT) (\w+) IF NOT EXISTS/.exec(statement)![1]!;

/**
 * Creates the constraints and indexes the database lacks, and only then waits
 * for them to come online: on a database that has them all (every load after
 * the first) this is one read, so a small load takes about a second, not the
 * seconds 25 schema statements and an index wait cost. Returns how many it created.
 */
export async function applySchema(driver: Driver, database?: string): Promise<number> {
  const session = driver.session({ database });
  try {
    const present = new Set<string>();
    for (const show of ['SHOW INDEXES YIELD name', 'SHOW CONSTRAINTS YIELD name']) for (const r of (await session.run(show)).records) present.add(r.get('name') as string);
    const missing = schemaStatements().filter((s) => !present.has(createdName(s)));
    for (const statement of missing) await session.run(statement);
    if (missing.length) await session.run('CALL db.awaitIndexes(300)');
    return missing.length;
  } finally {
    await session.close();
  }
}

/**
 * Sets the list properties a neo4j-admin import left out (empty lists) to [];
 * returns how many were set. A graph `kg load` wrote has none missing.
 */
export async function fillEmptyLists(driver: Driver, database?: string): Promise<number> {
  let set = 0;
  for (const { label, property } of LIST_PROPERTIES) {
    const res = await driver.executeQuery(`MATCH (n:${label}) WHERE n.${property} IS NULL SET n.${property} = []`, {}, { database });
    set += res.summary.counters.updates().propertiesSet;
  }
  return set;
}
