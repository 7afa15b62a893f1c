/** `kg load`'s progress: rows written of the total and the rate on a terminal, nothing otherwise. */
import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { progressBar } from '../../src/cli/load-output.js';

/** A stderr stand-in that keeps what is written; a terminal or not. */
function stream(isTTY: boolean): { stream: NodeJS.WriteStream; text: () => string } {
  const chunks: string[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  Object.assign(out, { isTTY, columns: 160 });
  return { stream: out as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

function runLoad(target: NodeJS.WriteStream): void {
  const bar = progressBar(target);
  bar.update(0, 12000);
  bar.update(5000, 12000);
  bar.update(12000, 12000);
  bar.stop();
}

it('shows rows written of the total and a rate on a terminal', () => {
  const tty = stream(true);
  runLoad(tty.stream);
  expect(tty.text()).toContain('12000/12000 rows');
  expect(tty.text()).toMatch(/100% \| 12000\/12000 rows \| \d+ rows\/s \|/);
});

it('writes nothing when stderr is not a terminal (a log file, a pipe, CI)', () => {
  const file = stream(false);
  runLoad(file.stream);
  expect(file.text()).toBe('');
});
