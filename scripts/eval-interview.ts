// Prints the answer analyser's precision and recall on the labelled evaluation set, per red flag,
// per talking point and overall (decision 036). --mismatches lists every disagreement.
// Usage: npm run eval:interview [-- --mismatches]
import { loadavg } from 'node:os';
import {
  EVAL_SET,
  evaluateAnalyser,
  type Score,
} from '../packages/core/src/interview/eval/index.ts';
import { analyseAnswer, findQuestion } from '../packages/core/src/interview/index.ts';

const result = evaluateAnalyser(EVAL_SET, findQuestion, (question, answer) =>
  analyseAnswer({ question, answer }),
);

const pct = (value: number | null): string => (value === null ? '–' : value.toFixed(2));
const row = (name: string, s: Score): string =>
  `| ${name} | ${pct(s.precision)} | ${pct(s.recall)} | ${s.truePositives} | ${s.falsePositives} | ${s.falseNegatives} |`;
const header = '| | precision | recall | TP | FP | FN |\n|---|---|---|---|---|---|';

console.log(
  `Interview analyser on ${result.cases} labelled answers (load average ${loadavg()[0]?.toFixed(2)})\n`,
);
console.log(`## Red flags\n${header}`);
for (const [code, s] of Object.entries(result.flags.byCode)) console.log(row(code, s));
console.log(row('**overall**', result.flags.overall));
console.log(`\n## Talking points\n${header}`);
for (const [key, s] of Object.entries(result.points.byPoint)) console.log(row(key, s));
console.log(row('**overall**', result.points.overall));
console.log(`\nAnswer path chosen correctly: ${pct(result.pathAccuracy)}`);
if (process.argv.includes('--mismatches')) {
  console.log('\n## Mismatches');
  for (const m of result.mismatches) console.log(`${m.caseId}\t${m.kind}\t${m.error}\t${m.key}`);
}
