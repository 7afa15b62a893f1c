/**
 * `kg query` (the named Cypher library in cypher/queries against Neo4j) and
 * `kg explain` (what merged into a node and why). Wired into the CLI with
 * registerQueryCommands(program).
 */
import { existsSync } from 'node:fs';
import { CommanderError, type Command } from 'commander';
import { addConnectionOptions, connect, resolveConfig } from '../neo4j/connection.js';
import { collectParam, formatTable, listQueries, loadQuery, runQuery } from '../query/library.js';
import { articleTexts, explainNode, findNodes, formatExplanation } from '../workflows/explain.js';
import { graphFromInputs } from '../workflows/load.js';
import { reportToStderr } from './summary.js';

const DEFAULT_GRAPH = 'out/graph.json';

export function registerQueryCommands(program: Command): void {
  addConnectionOptions(
    program
      .command('query')
      .description('run a named query from cypher/queries, or a .cypher file, against Neo4j in a read transaction (connection as for kg load)')
      .argument('[name]', 'query name (see --list) or path to a .cypher file')
      .option('-l, --list', 'list the queries, what they answer and their parameters')
      .option('-p, --param <key=value>', 'a query parameter (repeatable; defaults: the example in the file)', collectParam, {})
      .option('--json', 'print the rows as JSON'),
  )
    .action(
      async (
        name: string | undefined,
        opts: { list?: boolean; param: Record<string, string>; json?: boolean; uri?: string; username?: string; password?: string; database?: string },
      ) => {
        if (opts.list || !name) {
          const queries = listQueries();
          if (opts.json) process.stdout.write(JSON.stringify(queries.map(({ name, description, params, path }) => ({ name, description, params, path })), null, 1) + '\n');
          else
            for (const q of queries) {
              const params = Object.entries(q.params).map(([k, v]) => `--param ${k}=${v}`).join(' ');
              process.stdout.write(`${q.name}${params ? `  (${params})` : ''}\n${q.description.replace(/^/gm, '    ')}\n\n`);
            }
          return;
        }
        let query;
        try {
          query = loadQuery(name);
        } catch (err) {
          throw new CommanderError(2, 'kg.query', `kg: ${(err as Error).message}`);
        }
        const config = resolveConfig({ uri: opts.uri, username: opts.username, password: opts.password, database: opts.database });
        const driver = await connect(config);
        try {
          let table;
          try {
            table = await runQuery(driver, query, opts.param, config.database);
          } catch (err) {
            if (/takes (no parameter|a number)/.test((err as Error).message)) throw new CommanderError(2, 'kg.param', `kg: ${(err as Error).message}`);
            throw err;
          }
          if (opts.json) process.stdout.write(JSON.stringify(table.rows, null, 1) + '\n');
          else process.stdout.write(formatTable(table) + '\n');
        } finally {
          await driver.close();
        }
      },
    );

  program
    .command('explain')
    .description('show which mentions were merged into a node and by which rule')
    .argument('<node>', 'node id (person:韦韬@太原市), name or alias')
    .argument('[inputs...]', `graph.json, or article files / folders to extract (default ${DEFAULT_GRAPH})`)
    .option('--json', 'print the explanation as JSON')
    .action(async (query: string, inputs: string[], opts: { json?: boolean }) => {
      if (!inputs.length) {
        if (!existsSync(DEFAULT_GRAPH)) throw new CommanderError(2, 'kg.explain', `kg: no inputs and no ${DEFAULT_GRAPH}; give a graph.json or articles`);
        inputs = [DEFAULT_GRAPH];
      }
      const { graph } = await graphFromInputs(inputs, reportToStderr);
      const nodes = findNodes(graph, query);
      if (!nodes.length) {
        console.error(`kg: no node with id, name or alias ${JSON.stringify(query)}`);
        process.exitCode = 1;
        return;
      }
      const wanted = new Set(nodes.flatMap((n) => n.mentions.map((m) => m.article)));
      // Offsets index the analysed text: read the articles again, from the inputs or the paths the graph records.
      const articleInputs = inputs.filter((i) => !i.endsWith('.json'));
      const paths = (articleInputs.length ? articleInputs : [...new Set(graph.articles.filter((a) => wanted.has(a.id)).map((a) => a.path))]).filter((p) => existsSync(p));
      const texts = await articleTexts(paths, wanted);
      const explanations = nodes.map((n) => explainNode(n, texts));
      if (opts.json) process.stdout.write(JSON.stringify(explanations, null, 1) + '\n');
      else process.stdout.write(explanations.map(formatExplanation).join('\n\n') + '\n');
    });
}
