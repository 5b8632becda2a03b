/**
 * `node dist/eval/safety-eval-main.js [--misses]`: the safety/escalation section alone. `--misses`
 * lists the DEV split's misses only — the split to tune on; held-out misses stay out of sight.
 */
import { safetyEval } from './safety-eval.ts';

const result = await safetyEval();
console.log(result.lines.join('\n'));
if (process.argv.includes('--misses')) {
  for (const [name, list] of Object.entries(result.misses)) if (name.startsWith('dev') && list.length > 0) console.log(`\n${name}:\n- ${list.join('\n- ')}`);
}
