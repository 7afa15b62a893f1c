/**
 * The main job (`kg run`, `npm start`): extract the inputs into a graph
 * document and, when a Neo4j server answers, load it. No database is needed
 * to get the document; an unreachable server only skips the load.
 */
import neo4j from 'neo4j-driver';
import { ConnectionError, connect, resolveConfig, type ConnectionFlags } from '../neo4j/connection.js';
import { loadInputs, type LoadWorkflowOptions, type LoadWorkflowResult } from './load.js';

export type LoadOutcome = { loaded: LoadWorkflowResult } | { skipped: string };

export async function loadIfReachable(graphFile: string, connection: ConnectionFlags, options: LoadWorkflowOptions = {}): Promise<LoadOutcome> {
  const config = resolveConfig(connection);
  try {
    const driver = await connect(config);
    await driver.close();
  } catch (err) {
    const unreachable = err instanceof ConnectionError && (err.code === neo4j.error.SERVICE_UNAVAILABLE || err.code === undefined);
    if (unreachable) return { skipped: (err as Error).message };
    throw err;
  }
  return { loaded: await loadInputs([graphFile], { ...options, connection }) };
}
