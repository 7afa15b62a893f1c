// Preloaded by benches that time a `kg` command (node --import tsx --import ./bench/peak-rss.mjs …):
// prints the process's peak resident memory as the last line on stderr when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `peak-rss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`));
