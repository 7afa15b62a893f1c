/**
 * `kg analyze`: who matters and who meets whom, from the graph document.
 *   kg analyze <graph.json|inputs...> [--json] [--top N] [--write (+ connection flags as for load)]
 */
import { InvalidArgumentError, type Command } from 'commander';
import { addConnectionOptions, connect, resolveConfig, type ConnectionFlags } from '../neo4j/connection.js';
import { formatTable } from '../query/library.js';
import { graphFromInputs } from '../workflows/load.js';
import { analyzeNetwork, type EventsPerYear, type NetworkAnalysis } from './network.js';
import { writeAnalytics } from './write.js';
import { reportToStderr } from '../cli/summary.js';

interface AnalyzeFlags extends ConnectionFlags {
  json?: boolean;
  write?: boolean;
  top: number;
}

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

/** 2022:4 2023:5 undated:1 */
const perYear = (y: EventsPerYear) =>
  Object.entries(y)
    .sort(([a], [b]) => (a === 'undated' ? 1 : b === 'undated' ? -1 : a.localeCompare(b)))
    .map(([k, v]) => `${k}:${v}`)
    .join(' ');

/** The figures as plain text: the network in one line, the top persons, then the communities of two or more. */
export function formatAnalysis(a: NetworkAnalysis, top: number, ms: number): string {
  const shared = a.communities.filter((c) => c.size > 1);
  const head =
    `co-attendance network: ${a.persons.length} persons at ${a.events} events, ${a.pairs} pairs who met; ` +
    `${shared.length} communities of two or more` +
    (a.leftOut ? `; ${a.leftOut} persons at no event left out` : '');
  const persons = formatTable({
    columns: ['person', 'events', 'degree', 'pagerank', 'betweenness', 'community', 'first', 'last', 'per year'],
    rows: a.persons.slice(0, top).map((p) => ({
      person: p.name,
      events: p.events,
      degree: p.degree,
      pagerank: p.pagerank.toFixed(4),
      betweenness: p.betweenness.toFixed(4),
      community: p.community,
      first: p.firstSeen,
      last: p.lastSeen,
      'per year': perYear(p.eventsPerYear),
    })),
    ms,
  });
  const communities = formatTable(
    {
      columns: ['community', 'size', 'top members', 'tying events'],
      rows: shared.slice(0, top).map((c) => ({
        community: c.id,
        size: c.size,
        'top members': c.topMembers.map((m) => m.name),
        'tying events': c.events.map((e) => `${e.date ? `${e.date} ` : ''}${e.name} (${e.members})`),
      })),
      ms,
    },
    120,
  );
  return `${head}\n\n${persons}\n\n${communities}`;
}

/** The --json shape: persons best first, communities largest first. */
export function analysisJson(a: NetworkAnalysis) {
  return {
    persons: a.persons.map((p) => ({
      id: p.id,
      name: p.name,
      events: p.events,
      degree: p.degree,
      strength: p.strength,
      pagerank: p.pagerank,
      betweenness: p.betweenness,
      community: p.community,
      firstSeen: p.firstSeen,
      lastSeen: p.lastSeen,
      eventsPerYear: p.eventsPerYear,
    })),
    communities: a.communities.map((c) => ({ ...c, topMembers: c.topMembers.map((m) => ({ ...m, pagerank: round(m.pagerank, 6) })) })),
    network: { persons: a.persons.length, events: a.events, pairs: a.pairs, leftOut: a.leftOut },
  };
}

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expects a whole number > 0');
  return n;
};

export function registerAnalyzeCommand(program: Command): Command {
  return addConnectionOptions(
    program
      .command('analyze')
      .description('co-attendance network of persons: PageRank, betweenness, Louvain communities, activity per year (no database needed)')
      .argument('<inputs...>', 'graph.json, or article files / folders to extract')
      .option('--json', 'print every person and community as JSON')
      .option('--top <n>', 'how many persons and communities the text output lists', positiveInt, 20)
      .option('--write', 'store pagerank, betweenness, community, eventCount on the Person nodes in Neo4j (connection as for load)'),
  ).action(async (inputs: string[], opts: AnalyzeFlags) => {
    // with --write, an unreachable server or a wrong password stops it before any work
    const config = opts.write ? resolveConfig(opts) : null;
    const driver = config ? await connect(config) : null;
    try {
      const { graph, problems } = await graphFromInputs(inputs, { onProblem: reportToStderr.onProblem });
      const started = performance.now();
      const analysis = analyzeNetwork(graph);
      const ms = performance.now() - started;
      if (opts.json) process.stdout.write(JSON.stringify(analysisJson(analysis), null, 1) + '\n');
      else process.stdout.write(formatAnalysis(analysis, opts.top, ms) + '\n');
      if (driver) {
        const { written, missing } = await writeAnalytics(driver, graph, analysis, { database: config!.database });
        console.error(
          `kg: wrote ${written} persons' pagerank, betweenness, community and eventCount to Neo4j` +
            (missing ? `; ${missing} persons of the document are not in the database (load it first)` : ''),
        );
      }
      process.exitCode = problems.length ? 1 : 0;
    } finally {
      await driver?.close();
    }
  });
}
