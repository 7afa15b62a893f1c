/**
 * Shared pieces of the fault tests: running `kg` as a child process, a
 * private Neo4j server per test (own data dir and port, so it can be killed
 * without disturbing the shared test server), and a big deterministic graph
 * document built over the bulk corpus's articles.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { ID_PREFIX, type GraphDocument, type GraphNode, type NodeLabel, type Relationship } from '../../src/schema/graph.js';
import { validateGraph } from '../../src/validate/index.js';
import { REPO } from '../helpers/neo4j-paths.js';
import type { TestServer } from '../helpers/neo4j.js';
import { freePort } from '../../scripts/free-port.js';
export { freePort };

export { REPO };

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** `kg …` through tsx, as `npm run kg` does. */
export function kg(args: string[], env: NodeJS.ProcessEnv, cwd = REPO, timeout = 240_000): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'src/cli/main.ts'), ...args], { cwd, env, timeout, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The same as a ChildProcess, for tests that act while it runs. */
export function spawnKg(args: string[], env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<RunResult>; output: () => RunResult } {
  const child = spawn(process.execPath, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'src/cli/main.ts'), ...args], { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<RunResult>((resolve) => child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr })));
  return { child, done, output: () => ({ code: -1, stdout, stderr }) };
}

export const nonEmptyLines = (s: string) => s.split('\n').filter((l) => l.trim());

/** Polls until `check` returns a truthy value (or throws after `timeoutMs`). */
export async function until<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 120_000, everyMs = 200): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}


/** True when something accepts TCP connections on the port. */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = tcpConnect({ host: '127.0.0.1', port });
    sock.once('connect', () => {
      sock.destroy();
      resolve(true);
    });
    sock.once('error', () => resolve(false));
  });
}

function execP(file: string, args: string[], env: NodeJS.ProcessEnv, timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { env, timeout }, (err, stdout, stderr) => (err ? reject(new Error(`${args.join(' ')}: ${err.message}\n${stderr}`)) : resolve(stdout)));
  });
}

/** Alive and not a zombie. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return !/^\d+ \(.*\) Z/.test(stat);
  } catch {
    return false;
  }
}

/**
 * A Neo4j server of the test's own: scripts/neo4j-start.sh with a temp
 * NEO4J_DATA_DIR and a free NEO4J_BOLT_PORT. It can be killed and restarted
 * on the same data; dispose() stops it and deletes the data.
 */
export class PrivateServer {
  readonly dataDir = mkdtempSync(join(tmpdir(), 'news-kg-faults-neo4j-'));
  readonly password = 'faults-private-pw';
  readonly username = 'neo4j';
  port = 0;
  uri = '';
  private drv: Driver | undefined;

  private get scriptEnv(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_DATA_DIR: this.dataDir, NEO4J_BOLT_PORT: String(this.port), NEO4J_PASSWORD: this.password, NEO4J_START_TIMEOUT: '240' };
  }

  /** Environment for a `kg` child pointed at this server. */
  get env(): NodeJS.ProcessEnv {
    return { ...process.env, NEO4J_URI: this.uri, NEO4J_USERNAME: this.username, NEO4J_PASSWORD: this.password, NEO4J_DATABASE: '' };
  }

  get pid(): number | undefined {
    const file = join(this.dataDir, 'neo4j.pid');
    return existsSync(file) ? Number(readFileSync(file, 'utf8')) : undefined;
  }

  async start(): Promise<void> {
    if (!this.port) this.port = await freePort();
    await execP('bash', [join(REPO, 'scripts/neo4j-start.sh')], this.scriptEnv, 300_000);
    // The server listens where we told it to (once, CI read an empty line from the script: do not depend on it).
    this.uri = `bolt://127.0.0.1:${this.port}`;
  }

  /** SIGKILL, then waits until the process is gone (or a zombie) and the port is closed. */
  async kill(): Promise<void> {
    const pid = this.pid;
    if (!pid) throw new Error('no pid file');
    await this.closeDriver();
    process.kill(pid, 'SIGKILL');
    await until('the killed server to be gone', async () => !running(pid) && !(await listening(this.port)), 60_000, 100);
  }

  driver(): Driver {
    this.drv ??= neo4j.driver(this.uri, neo4j.auth.basic(this.username, this.password), { maxTransactionRetryTime: 5_000 });
    return this.drv;
  }

  async closeDriver(): Promise<void> {
    const d = this.drv;
    this.drv = undefined;
    await d?.close().catch(() => undefined);
  }

  /** The bits of TestServer the shared snapshot helper needs. */
  asTestServer(): Pick<TestServer, 'query'> {
    return {
      query: async <T>(cypher: string, params: Record<string, unknown> = {}) => {
        const res = await this.driver().executeQuery(cypher, params);
        return res.records.map((r) => r.toObject() as T);
      },
    };
  }

  async dispose(): Promise<void> {
    await this.closeDriver();
    if (this.pid) await execP('bash', [join(REPO, 'scripts/neo4j-stop.sh')], this.scriptEnv, 120_000).catch(() => undefined);
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

// ---- A big graph document over real articles ----

export { BULK } from '../helpers/corpus.js';
import { BULK } from '../helpers/corpus.js';

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface CorpusArticle {
  id: string;
  title: string;
  date: string;
  source: string;
  text: string;
}

/** The first `n` articles of the bulk corpus, or made-up ones when it is absent. */
export function corpusArticles(n: number): CorpusArticle[] {
  if (existsSync(BULK)) {
    const out: CorpusArticle[] = [];
    for (const line of readFileSync(BULK, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as CorpusArticle;
      if (typeof r.text === 'string' && r.text.length > 40) out.push(r);
      if (out.length === n) return out;
    }
    return out;
  }
  return Array.from({ length: n }, (_, i) => ({
    id: `synthetic-${i}`,
    title: `第${i}次全体会议召开`,
    date: '2023-01-01',
    source: '测试日报',
    text: `会议强调，要全面推进第${i}项工作。`.repeat(20),
  }));
}

/**
 * A valid graph document shaped like the extractor's output over `n` corpus
 * articles: popular people and organizations mentioned across many articles,
 * an event per article, facts whose evidence comes from several articles, and
 * a PART_OF chain among locations. Built directly (not extracted) so the fault
 * tests do not depend on the extractor and stay fast.
 */
export function bigGraph(n: number, seed = 7): GraphDocument {
  const rnd = prng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  // Zipf-ish: low indexes far more often.
  const zipf = <T>(xs: T[]) => xs[Math.floor(xs.length * rnd() ** 3)]!;
  const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐'];
  const given = [...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国'];
  const names = (count: number, make: (i: number) => string) => {
    const set = new Set<string>();
    for (let i = 0; set.size < count; i++) set.add(make(i));
    return [...set];
  };
  const people = names(400, () => pick(surnames) + pick(given) + (rnd() < 0.5 ? pick(given) : ''));
  const orgs = names(120, (i) => `${pick(['国务院', '中共中央', '全国人大', '全国政协', '省委', '市政府'])}${pick(['办公厅', '宣传部', '组织部', '发展改革委', '财政部', '外交部'])}${i % 7 || ''}`);
  const places = names(150, (i) => `${pick(['北京', '上海', '广东', '四川', '湖北', '陕西', '浙江', '江苏'])}${pick(['市', '省', '县', '区'])}${i}`);
  const policies = names(200, (i) => `《${pick(['关于', '推进', '加强', '深化'])}${pick(['乡村振兴', '生态文明', '科技创新', '共同富裕', '高质量发展'])}的意见${i}》`);
  const titles = ['书记', '主任', '部长', '委员', '副主席', '秘书长'];

  const articles = corpusArticles(n);
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, Relationship>();
  const node = (label: NodeLabel, name: string, properties: Record<string, unknown>) => {
    const id = `${ID_PREFIX[label]}:${name}`;
    let nd = nodes.get(id);
    if (!nd) nodes.set(id, (nd = { id, label, name, aliases: rnd() < 0.1 ? [`${name}同志`] : [], properties, mentions: [] } as unknown as GraphNode));
    return nd;
  };
  const span = (text: string, len: number) => {
    const start = Math.floor(rnd() * Math.max(1, text.length - len));
    return { start, end: start + len };
  };
  const mention = (nd: GraphNode, a: CorpusArticle) => {
    const s = span(a.text, nd.name.length);
    nd.mentions.push({ article: a.id, ...s });
  };
  const fact = (type: Relationship['type'], from: GraphNode, to: GraphNode, properties: Relationship['properties'], a: CorpusArticle) => {
    const key = `${type}|${from.id}|${to.id}|${JSON.stringify(properties)}`;
    let r = rels.get(key);
    if (!r) rels.set(key, (r = { type, from: from.id, to: to.id, properties, evidence: [] }));
    const s = span(a.text, 20);
    r.evidence.push({ article: a.id, ...s, text: a.text.slice(s.start, s.end) || a.title });
  };

  // A small containment tree among places: PART_OF facts (evidence from the first article).
  for (const a of articles) {
    const event = node('Event', `${a.date}${a.title.slice(0, 24)}`, { date: a.date, kind: pick(['meeting', 'visit', 'ceremony', 'forum', 'activity']) });
    mention(event, a);
    const where = node('Location', zipf(places), { divisionCode: null, level: pick(['province', 'city', 'county']) });
    mention(where, a);
    fact('HELD_IN', event, where, {}, a);
    if (rnd() < 0.3) {
      const parent = node('Location', zipf(places), { divisionCode: null, level: 'province' });
      if (parent.id !== where.id) {
        mention(parent, a);
        fact('PART_OF', where, parent, {}, a);
      }
    }
    const org = node('Organization', zipf(orgs), {});
    mention(org, a);
    fact('ORGANIZED_BY', event, org, {}, a);
    const chair = node('Person', zipf(people), {});
    mention(chair, a);
    fact('PRESIDED', chair, event, {}, a);
    fact('HOLDS_POSITION', chair, org, { title: zipf(titles), date: a.date.slice(0, 4) }, a);
    const attendees = 2 + Math.floor(rnd() * 6);
    for (let i = 0; i < attendees; i++) {
      const p = node('Person', zipf(people), {});
      mention(p, a);
      if (p.id !== chair.id) fact(rnd() < 0.2 ? 'SPOKE_AT' : 'ATTENDED', p, event, {}, a);
    }
    const mandates = Math.floor(rnd() * 4);
    for (let i = 0; i < mandates; i++) {
      const pol = node('Policy', zipf(policies), { kind: pick(['system', 'campaign', 'law', 'plan', 'slogan', 'programme']) });
      mention(pol, a);
      fact('MANDATES', event, pol, {}, a);
    }
  }
  return validateGraph({
    version: 1,
    articles: articles.map((a) => ({ id: a.id, title: a.title, date: a.date, source: a.source, url: null, path: BULK })),
    nodes: [...nodes.values()],
    relationships: [...rels.values()],
  });
}
