/**
 * Where a server's time went, from a `.cpuprofile` written by `node --cpu-prof`:
 *   node dist/bench/profile-summary.js <file.cpuprofile> [--top N] [--streams N]
 * `--streams` divides the times by the number of streams the profile covers.
 */
import { parseArgs } from 'node:util';
import { formatProfile, summarizeProfile } from './lib/profile.ts';

const { values, positionals } = parseArgs({
  options: { top: { type: 'string' }, streams: { type: 'string' } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  process.stderr.write('usage: node dist/bench/profile-summary.js <file.cpuprofile> [--top N] [--streams N]\n');
  process.exit(2);
}
const streams = values.streams === undefined ? undefined : Number(values.streams);
process.stdout.write(`${formatProfile(summarizeProfile(positionals[0]!, Number(values.top ?? 25)), streams)}\n`);
