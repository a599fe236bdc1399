// Answer-analyser speed: model load time, the first (cold) analysis, then median and p95 time per
// ~300-word answer over 200 runs after warm-up. Prints a markdown table. Figures are reported,
// not asserted (DESIGN.md). Usage: node --import tsx bench/interview.bench.ts
import { loadavg } from 'node:os';
import type { InterviewQuestion } from '../packages/core/src/vocabulary/interview.ts';

const RUNS = 200;
const WARM_UP = 30;

const QUESTION: InterviewQuestion = {
  id: 'bench-conflict',
  theme: 'behavioural',
  audience: 'all',
  type: 'behavioural',
  prompt: 'Tell me about a time you disagreed with a colleague.',
  alternatives: [],
  competencies: ['interpersonal-communication'],
  timeBand: { minSeconds: 90, maxSeconds: 150 },
  whyAsked: 'Teamwork under pressure.',
  talkingPoints: [
    { id: 'listen', label: 'Listening', guidance: '', synonyms: ['listened', 'perspective'] },
    { id: 'safety', label: 'Patient safety', guidance: '', synonyms: ['patient safety', 'safe'] },
    { id: 'result', label: 'Outcome', guidance: '', synonyms: ['as a result', 'outcome'] },
  ],
  pitfalls: [{ code: 'blames-others', description: 'Blame.', phrases: ['her fault'] }],
  sampleAnswer:
    'During my internship a nurse and I disagreed about a dose. I asked about her concern, checked the chart and called the resident. As a result the patient was safe, and I learned to ask first.',
  star: true,
  priority: 3,
};

// 300 words: a STAR story with fillers, hedges, numbers, names and a little "we".
const ANSWER = [
  'Um, during my internship at Lagos University Teaching Hospital in 2022, a senior nurse and I disagreed about when to give insulin to a patient who was not eating.',
  'My task was to keep the patient safe while respecting her experience, and, you know, she had worked on that ward for fifteen years.',
  'I asked her to explain her concern, and I listened to her perspective without interrupting.',
  'I think she was worried about hypoglycaemia overnight, which was, like, a fair point.',
  'I checked the glucose myself, reviewed the chart, and called the endocrinology resident to confirm the plan.',
  'We then agreed to hold the dose and recheck in one hour, and I wrote the plan in the notes.',
  'So I also explained the plan to the patient and his daughter in Yoruba, because they were anxious.',
  'As a result, the patient avoided hypoglycaemia, his glucose stayed between 6 and 9 overnight, and he was discharged two days later.',
  'The nurse and I later wrote a short protocol for the ward, and the charge nurse shared it with three other wards.',
  'Basically, the number of held doses without a documented reason fell from twelve to two in the next month.',
  'I learned that asking first and sharing data resolves most disagreements, and since then I start by asking what the other person has seen.',
  'Next time I would also involve the pharmacist earlier, because she could have confirmed the timing in minutes.',
  'I believe that respectful disagreement makes care safer, and I want to bring that habit to residency.',
  'Looking back, I was probably too quiet at the start of the conversation, and I would now say my concern earlier and more clearly.',
  'That experience also shaped how I teach medical students on the ward, because I ask them what they have noticed before I give my view.',
].join(' ');

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const ms = (value: number): string => value.toFixed(2);

const importStart = performance.now();
const analyser = await import('../packages/core/src/interview/analyse/index.ts');
const importMs = performance.now() - importStart;

const nlp = await import('../packages/core/src/interview/analyse/nlp.ts');
const loadStart = performance.now();
nlp.loadModel();
const loadMs = performance.now() - loadStart;

const warmStart = performance.now();
analyser.warmUpAnalyser();
const warmMs = performance.now() - warmStart;

const coldStart = performance.now();
const report = analyser.analyseAnswer({ question: QUESTION, answer: ANSWER, speakingSeconds: 130 });
const coldMs = performance.now() - coldStart;

for (let k = 0; k < WARM_UP; k += 1) analyser.analyseAnswer({ question: QUESTION, answer: ANSWER });
const times: number[] = [];
// CPU time per run as well: on a shared machine, wall-clock tails mostly measure other processes.
const cpuTimes: number[] = [];
for (let k = 0; k < RUNS; k += 1) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  analyser.analyseAnswer({ question: QUESTION, answer: ANSWER, speakingSeconds: 130 });
  times.push(performance.now() - start);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);

console.log(
  `## Interview answer analyser (Node ${process.version}, ${report.wordCount}-word answer, load average ${loadavg()[0]?.toFixed(1)})\n`,
);
console.log('| measure | ms |');
console.log('|---|---:|');
console.log(`| import analyser modules | ${ms(importMs)} |`);
console.log(`| load wink model (once) | ${ms(loadMs)} |`);
console.log(`| warmUpAnalyser() after load (compiles lexicons) | ${ms(warmMs)} |`);
console.log(`| first analysis after warm-up | ${ms(coldMs)} |`);
console.log(
  `| median per answer (${RUNS} runs after ${WARM_UP} warm-up) | ${ms(percentile(times, 50))} |`,
);
console.log(`| p95 per answer | ${ms(percentile(times, 95))} |`);
console.log(`| max per answer | ${ms(times[times.length - 1] ?? Number.NaN)} |`);
console.log(`| median CPU time per answer | ${ms(percentile(cpuTimes, 50))} |`);
console.log(`| p95 CPU time per answer | ${ms(percentile(cpuTimes, 95))} |`);
console.log(
  `\nReport: ${report.fillers.length} filler kinds, ${report.redFlags.length} red flags, ` +
    `${report.talkingPointsCovered}/${report.talkingPoints.length} talking points, ` +
    `${report.wordsPerMinute} wpm, rating ${report.suggestedRating}.`,
);
