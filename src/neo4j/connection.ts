/**
 * Neo4j connection settings: flags, then the environment, then a `.env` file
 * in the working directory, then defaults (the local server's credentials,
 * src/neo4j/local-server.env). Errors talking to the server become
 * one-line ConnectionErrors; the password never appears in any message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseEnv } from 'node:util';
import type { Command } from 'commander';
import neo4j, { Neo4jError, type Driver } from 'neo4j-driver';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  /** undefined: the server's default database. */
  database?: string;
  /** How long a managed transaction is retried (leader switch, server restart); NEO4J_RETRY_SECONDS, default 30. */
  retrySeconds?: number;
}

export interface ConnectionFlags {
  uri?: string;
  username?: string;
  password?: string;
  database?: string;
}

export const DEFAULT_URI = 'bolt://localhost:7687';
/** The local server's credentials (src/neo4j/local-server.env), shared with scripts/neo4j-run.sh. */
export const LOCAL_SERVER = parseEnv(readFileSync(fileURLToPath(new URL('./local-server.env', import.meta.url)), 'utf8')) as {
  NEO4J_USERNAME: string;
  NEO4J_PASSWORD: string;
};
const ACQUISITION_TIMEOUT_MS = 20_000;

/** Reads `.env` (when present) without overriding variables already set. */
export function readEnv(env: NodeJS.ProcessEnv = process.env, envFile = '.env'): Record<string, string | undefined> {
  const fromFile = existsSync(envFile) ? parseEnv(readFileSync(envFile, 'utf8')) : {};
  return { ...fromFile, ...env };
}

export function resolveConfig(flags: ConnectionFlags = {}, env: Record<string, string | undefined> = readEnv()): Neo4jConfig {
  const pick = (flag: string | undefined, name: string) => flag ?? (env[name] || undefined);
  return {
    uri: pick(flags.uri, 'NEO4J_URI') ?? DEFAULT_URI,
    username: pick(flags.username, 'NEO4J_USERNAME') ?? LOCAL_SERVER.NEO4J_USERNAME,
    password: pick(flags.password, 'NEO4J_PASSWORD') ?? LOCAL_SERVER.NEO4J_PASSWORD,
    database: pick(flags.database, 'NEO4J_DATABASE'),
    retrySeconds: retrySeconds(env.NEO4J_RETRY_SECONDS),
  };
}

const DEFAULT_RETRY_SECONDS = 30;

function retrySeconds(value: string | undefined): number {
  if (!value) return DEFAULT_RETRY_SECONDS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new ConnectionError(`NEO4J_RETRY_SECONDS must be a positive number of seconds, not "${value}"`);
  return seconds;
}

/** A failure to reach or log in to Neo4j, with a message fit for one line on stderr. */
export class ConnectionError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
    this.name = 'ConnectionError';
  }
}

/** Opens a driver and checks the server answers and accepts the credentials. */
export async function connect(config: Neo4jConfig): Promise<Driver> {
  let driver: Driver;
  try {
    driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
      connectionTimeout: 15_000,
      // The Bolt handshake is not covered by connectionTimeout: without this a
      // port that accepts and never answers would hang for the default 60 s.
      connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
      maxTransactionRetryTime: (config.retrySeconds ?? DEFAULT_RETRY_SECONDS) * 1000,
      disableLosslessIntegers: false,
      userAgent: 'news-kg',
    });
  } catch (err) {
    throw describeError(err, config);
  }
  try {
    await driver.verifyConnectivity({ database: config.database });
    // verifyConnectivity may succeed without authenticating on some servers; a query settles it.
    const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run('RETURN 1');
    } finally {
      await session.close();
    }
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw describeError(err, config);
  }
  return driver;
}

/** Turns driver errors into ConnectionErrors; other errors pass through. */
export function describeError(err: unknown, config: Pick<Neo4jConfig, 'uri' | 'username' | 'database'>): Error {
  if (err instanceof ConnectionError) return err;
  const where = `Neo4j at ${redactUri(config.uri)}`;
  if (err instanceof Neo4jError) {
    const code = err.code;
    if (code === 'Neo.ClientError.Security.Unauthorized')
      return new ConnectionError(`${where} rejected the user name or password for user "${config.username}" (check NEO4J_USERNAME / NEO4J_PASSWORD)`, code);
    if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
      return new ConnectionError(`${where} refused to log in: too many failed attempts; wait a few seconds and check NEO4J_PASSWORD`, code);
    if (code === 'Neo.ClientError.Security.CredentialsExpired')
      return new ConnectionError(`${where}: the password of user "${config.username}" has expired; change it in Neo4j Browser first`, code);
    if (code === 'Neo.ClientError.Database.DatabaseNotFound')
      return new ConnectionError(`${where} has no database "${config.database}" (check NEO4J_DATABASE)`, code);
    if (code === neo4j.error.SERVICE_UNAVAILABLE || code === neo4j.error.SESSION_EXPIRED) {
      const cause = /Caused by: (.*)$/m.exec(err.message)?.[1];
      return new ConnectionError(`cannot reach ${where}: is the server running and listening there?${cause ? ` (${cause.trim()})` : ''}`, code);
    }
  }
  if (err instanceof Neo4jError && /^Server responded HTTP/.test(err.message))
    return new ConnectionError(`cannot reach ${where}: that port speaks HTTP, not Bolt (Bolt is usually 7687, HTTP 7474)`, neo4j.error.SERVICE_UNAVAILABLE);
  if (err instanceof Neo4jError && /^Connection acquisition timed out/.test(err.message))
    return new ConnectionError(`cannot reach ${where}: no Bolt answer within ${ACQUISITION_TIMEOUT_MS / 1000} s (is that a Neo4j Bolt port?)`, neo4j.error.SERVICE_UNAVAILABLE);
  if (err instanceof Error && /url|scheme|uri/i.test(err.message) && !(err instanceof Neo4jError))
    return new ConnectionError(`invalid NEO4J_URI ${JSON.stringify(redactUri(config.uri))}: ${firstLine(err.message)}`);
  return err instanceof Error ? err : new Error(String(err));
}

/** The URI without any user:password@ part. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^/@]*@/, '//');
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 300);
}

/** The connection flags every command that talks to Neo4j takes (load, query, viz --query, …). */
export function addConnectionOptions<T extends Command>(command: T): T {
  return command
    .option('--uri <uri>', `Bolt or routing URI: bolt://, neo4j://, neo4j+s:// (env NEO4J_URI, default ${DEFAULT_URI})`)
    .option('--username <name>', 'user (env NEO4J_USERNAME, default neo4j)')
    .option('--password <password>', "password (env NEO4J_PASSWORD; prefer the environment or .env; default: the local server's, from npm run neo4j)")
    .option('--database <name>', 'database (env NEO4J_DATABASE, default: the server default)');
}
