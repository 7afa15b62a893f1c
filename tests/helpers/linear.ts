import { expect } from 'vitest';

function timed(run: () => void): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

/** Fastest of up to `tries` runs that stops at the first under `bound` (noise only ever adds time). */
function fastest(run: () => void, tries: number, bound = 0): number {
  let best = Infinity;
  for (let i = 0; i < tries && best >= bound; i++) best = Math.min(best, timed(run));
  return best;
}

/**
 * `process` of an input ten times larger takes well under a hundred times as
 * long: linear, not quadratic. The reference is measured in the same test,
 * repeated, and a slow large run is retried before it counts (the machine is
 * shared); the floor keeps GC noise on very fast inputs out, and 10 × 4 slack
 * still separates linear (~10×) from quadratic (~100×).
 */
export function expectLinear<T>(process: (input: T) => void, small: T, large: T, floorMs: number): void {
  process(small); // warm-up: JIT, lexicons, dictionaries
  const tSmall = fastest(() => process(small), 3);
  const bound = Math.max(tSmall, floorMs) * 10 * 4;
  const tLarge = fastest(() => process(large), 3, bound);
  expect(tLarge, `small: ${tSmall.toFixed(0)} ms, 10× larger: ${tLarge.toFixed(0)} ms (fastest of repeats)`).toBeLessThan(bound);
}
