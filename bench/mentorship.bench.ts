// Mentor ranking speed (issue 9 target: one mentee against 10,000 mentors < 20 ms median), plus
// the outreach checker on a typical first message. Synthetic mentors from a seeded generator
// spread over every IANA zone the runtime knows. Figures are reported, not asserted (DESIGN.md).
// Usage: node --import tsx bench/mentorship.bench.ts
import { loadavg } from 'node:os';
import { createRandom } from '@matchready/core';
import {
  MENTOR_TYPES,
  type MenteeRankingInput,
  type MentorRankingInput,
} from '@matchready/core/vocabulary';

const MENTORS = 10_000;
const RUNS = 60;
const WARM_UP = 10;

const SPECIALTIES = [
  'Internal Medicine',
  'Family Medicine',
  'Pediatrics',
  'Psychiatry',
  'Neurology',
  'Pathology',
  'General Surgery',
  'Anesthesiology',
  'Emergency Medicine',
  'Obstetrics and Gynecology',
];
const LANGUAGES = ['English', 'Spanish', 'Arabic', 'Hindi', 'Urdu', 'Yoruba', 'Tagalog', 'French'];
const COUNTRIES = ['India', 'Pakistan', 'Nigeria', 'Egypt', 'Philippines', 'Mexico', 'Brazil'];
const ZONES = Intl.supportedValuesOf('timeZone');

const random = createRandom(2026);
const pick = <T>(items: readonly T[]): T => items[random.int(items.length)] as T;
const some = <T>(items: readonly T[], max: number): T[] => [
  ...new Set(Array.from({ length: 1 + random.int(max) }, () => pick(items))),
];

// Text UUIDs, as services make them (DESIGN.md), in generation order: NOT ordered by id.
const hex = (n: number): string =>
  Array.from({ length: n }, () => '0123456789abcdef'[random.int(16)]).join('');
const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${hex(4)}-${hex(12)}`;

const mentors: MentorRankingInput[] = Array.from({ length: MENTORS }, () => {
  const capacity = 1 + random.int(5);
  return {
    id: uuid(),
    specialties: some(SPECIALTIES, 2),
    mentorTypes: some(MENTOR_TYPES, 3),
    imgCountry: random.next() < 0.5 ? pick(COUNTRIES) : null,
    languages: ['English', ...some(LANGUAGES, 2)],
    timeZone:
      random.next() < 0.7 ? pick(ZONES.filter((z) => z.startsWith('America/'))) : pick(ZONES),
    capacity,
    activeMentees: random.int(capacity + 1),
    acceptingRequests: random.next() < 0.9,
  };
});
const mentee: MenteeRankingInput = {
  id: 'mentee-bench',
  specialties: ['Internal Medicine', 'Family Medicine'],
  mentorTypes: ['career', 'cultural'],
  country: 'Nigeria',
  languages: ['English', 'Yoruba'],
  timeZone: 'Africa/Lagos',
  wantsImgMentor: true,
};
const now = new Date('2026-03-20T12:00:00Z');

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}
const ms = (value: number): string => value.toFixed(2);

const { rankMentors } = await import('@matchready/core/mentorship');
const { checkOutreach } = await import('@matchready/core/mentorship');

const coldStart = performance.now();
const first = rankMentors(mentee, mentors, { now });
const coldMs = performance.now() - coldStart;

function measure(run: () => void, runs: number, warmUp: number): { wall: number[]; cpu: number[] } {
  for (let k = 0; k < warmUp; k += 1) run();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { wall, cpu };
}

// Every run a fresh `now` a minute later (a new scorer each time; the per-day zone-offset cache
// stays warm, as it does on a server).
let minute = 0;
const rank = measure(
  () => {
    minute += 1;
    rankMentors(mentee, mentors, { now: new Date(now.getTime() + minute * 60_000) });
  },
  RUNS,
  WARM_UP,
);

// Every run on a new UTC day: the per-day offset cache misses, so every zone is computed again.
let day = 0;
const rankNewDay = measure(
  () => {
    day += 1;
    rankMentors(mentee, mentors, { now: new Date(now.getTime() + day * 86_400_000) });
  },
  20,
  2,
);

// Mentors ordered by id, as a repository returns them: equal scores need no comparison sort.
const byIdMentors = mentors.toSorted((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const rankById = measure(
  () => {
    minute += 1;
    rankMentors(mentee, byIdMentors, { now: new Date(now.getTime() + minute * 60_000) });
  },
  RUNS,
  WARM_UP,
);

const MESSAGE = `Dear Dr. Okafor,

My name is Amina Yusuf, and I am an international medical graduate from Ahmadu Bello University applying to internal medicine residency this cycle.

I found your profile in the MatchReady directory and read your article on returning to clinical training after a gap, which matched my own path closely.

Would you be open to a 15-20 minute video call in the next few weeks? I would like to ask how you chose programs to apply to. I know your schedule is busy, so I am happy to work around it.

Thank you for your time,
Amina`;
const outreach = measure(() => checkOutreach(MESSAGE), 500, 50);

console.log(
  `## Mentorship (Node ${process.version}, ${MENTORS} mentors over ${new Set(mentors.map((m) => m.timeZone)).size} zones, load average ${loadavg()[0]?.toFixed(1)})\n`,
);
console.log('| measure | ms |');
console.log('|---|---:|');
console.log(`| first rankMentors (cold: builds zone formatters) | ${ms(coldMs)} |`);
console.log(
  `| median rankMentors, mentors in random id order (${RUNS} runs after ${WARM_UP} warm-up) | ${ms(percentile(rank.wall, 50))} |`,
);
console.log(`| p95 rankMentors, random id order | ${ms(percentile(rank.wall, 95))} |`);
console.log(`| median CPU time rankMentors, random id order | ${ms(percentile(rank.cpu, 50))} |`);
console.log(
  `| median rankMentors, mentors ordered by id (repository order) | ${ms(percentile(rankById.wall, 50))} |`,
);
console.log(
  `| median rankMentors, each run on a new UTC day (zone offsets recomputed; 20 runs) | ${ms(percentile(rankNewDay.wall, 50))} |`,
);
console.log(
  `| median checkOutreach (${MESSAGE.split(/\s+/).length}-word message, 500 runs) | ${ms(percentile(outreach.wall, 50))} |`,
);
console.log(`| p95 checkOutreach | ${ms(percentile(outreach.wall, 95))} |`);
console.log(
  `\nTop mentor ${first.mentors[0]?.id} with ${first.mentors[0]?.score}/${first.maxScore}; ` +
    `${first.mentors.filter((m) => m.eligible).length} eligible of ${MENTORS}.`,
);
