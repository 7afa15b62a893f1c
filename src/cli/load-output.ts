/** What `kg load` prints: a progress bar on a terminal, a summary at the end. */
import cliProgress from 'cli-progress';
import type { LoadStats } from '../load/writer.js';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/** A cli-progress bar (rows written of the total, rows per second) when the stream is a terminal; otherwise nothing. */
export function progressBar(stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    { stream, format: 'loading [{bar}] {percentage}% | {value}/{total} rows | {rate} rows/s | {duration_formatted}', hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
  let startedAt: number | null = null;
  let stopped = false;
  const rate = (done: number) => ({ rate: Math.round(done / Math.max((performance.now() - startedAt!) / 1000, 1e-3)) });
  return {
    update(done, total) {
      if (stopped) return;
      if (startedAt === null) {
        startedAt = performance.now();
        bar.start(total, done, { rate: 0 });
      } else {
        bar.setTotal(total);
        bar.update(done, rate(done));
      }
    },
    stop() {
      if (startedAt !== null && !stopped) bar.stop();
      stopped = true;
    },
  };
}

/** A running count of analysed articles on a terminal (a corpus is streamed, so there is no total); otherwise nothing. */
export function articleCounter(stream: NodeJS.WriteStream): { tick(done: number): void; stop(): void } {
  if (!stream.isTTY) return { tick() {}, stop() {} };
  const bar = new cliProgress.SingleBar({ stream, format: 'extracting | {value} articles | {duration_formatted}', hideCursor: true }, cliProgress.Presets.shades_classic);
  bar.start(0, 0);
  return {
    tick(done) {
      bar.setTotal(done);
      bar.update(done);
    },
    stop() {
      bar.stop();
    },
  };
}

function articleNotes(s: LoadStats): string {
  const stored = s.unchangedArticles + s.reloadedArticles;
  if (!stored) return '';
  return ` (${stored} already loaded: ${s.unchangedArticles} unchanged and skipped, ${s.reloadedArticles} changed and their facts replaced)`;
}

export function summarizeLoad(s: LoadStats, wiped: number | null): string {
  const secs = s.ms / 1000;
  const nodesUpdated = Math.max(0, s.nodes - s.nodesCreated);
  const relsUpdated = Math.max(0, s.relationships - s.relationshipsCreated);
  // Nothing sent: every article was stored with this content, so nothing was created or written again.
  const written = (created: number, again: number, deleted: string) => (s.rows ? `${created} created, ${again} written again${deleted}` : 'all stored already, none written');
  return [
    ...(wiped !== null ? [`wiped: ${wiped} nodes deleted first`] : []),
    `articles: ${s.articles}${articleNotes(s)}`,
    `nodes: ${s.nodes} (${written(s.nodesCreated, nodesUpdated, s.nodesDeleted ? `, ${s.nodesDeleted} no longer supported deleted` : '')})`,
    `relationships: ${s.relationships} (${written(s.relationshipsCreated, relsUpdated, s.relationshipsDeleted ? `, ${s.relationshipsDeleted} deleted` : '')})`,
    `time: ${secs.toFixed(1)} s, ${s.transactions} transactions, ${s.rows} rows written (${Math.round(s.rows / Math.max(secs, 1e-3))} rows/s)`,
  ].join('\n');
}
