// Red-flag checks: the global detectors (red-flag-rules.ts), the question's own pitfall phrases,
// and two measured checks (sample-answer overlap, overlong red-flag explanation). One hit per code,
// quoting the earliest sentence; messages say "check this", describe the answer, and add advice.

import type { RedFlagHit } from '../../vocabulary/interview.ts';
import { RED_FLAG_CODES, type RedFlagCode } from '../../vocabulary/interview.ts';
import { parseText } from './nlp.ts';
import { findAffirmed, type TextIndex } from './phrases.ts';
import { RED_FLAG_DOCS, RED_FLAG_SEVERITY } from './red-flag-docs.ts';
import {
  blamesOthers,
  type Candidate,
  criticisesHomeCountry,
  demandingVisaTalk,
  evasiveAboutWeakness,
  excuseForScores,
  genericAnswer,
  moneyOrPrestige,
  overpraisesUs,
  personalMotive,
  type RuleContext,
  solicitsRankInformation,
  weInsteadOfI,
} from './red-flag-rules.ts';
import { isWordToken, quote, sentenceWordCount, spokenSentences } from './text.ts';

const sampleGrams = new Map<string, ReadonlySet<string>>();

function wordNormals(index: TextIndex): { normals: string[]; sentences: number[] } {
  const normals: string[] = [];
  const sentences: number[] = [];
  for (const token of index.parsed.tokens) {
    if (!isWordToken(token)) continue;
    normals.push(token.normal);
    sentences.push(token.sentence);
  }
  return { normals, sentences };
}

function gramsOf(normals: readonly string[], n: number): string[] {
  const grams: string[] = [];
  for (let k = 0; k + n <= normals.length; k += 1) grams.push(normals.slice(k, k + n).join(' '));
  return grams;
}

function gramsOfSample(sample: string, n: number): ReadonlySet<string> {
  const key = `${n}\u0000${sample}`;
  const cached = sampleGrams.get(key);
  if (cached !== undefined) return cached;
  const parsed = parseText(sample);
  const normals = parsed.tokens.filter(isWordToken).map((t) => t.normal);
  const grams = new Set(gramsOf(normals, n));
  if (sampleGrams.size > 2_000) sampleGrams.clear();
  sampleGrams.set(key, grams);
  return grams;
}

function soundsMemorised({ index, question, thresholds }: RuleContext): Candidate[] {
  const n = Math.max(2, Math.round(thresholds.memorisedNgram));
  if (question.sampleAnswer.trim() === '') return [];
  const { normals, sentences } = wordNormals(index);
  const grams = gramsOf(normals, n);
  if (grams.length < 3) return [];
  const sample = gramsOfSample(question.sampleAnswer, n);
  const perSentence = new Map<number, number>();
  let shared = 0;
  grams.forEach((gram, k) => {
    if (!sample.has(gram)) return;
    shared += 1;
    const sentence = sentences[k] ?? 0;
    perSentence.set(sentence, (perSentence.get(sentence) ?? 0) + 1);
  });
  const overlap = shared / grams.length;
  if (overlap <= thresholds.memorisedOverlap) return [];
  let best = 0;
  let bestCount = -1;
  for (const [sentence, count] of perSentence) {
    if (count > bestCount) [best, bestCount] = [sentence, count];
  }
  return [
    {
      code: 'sounds-memorised',
      sentence: best,
      note: `${Math.round(overlap * 100)}% of the answer's ${n}-word sequences also occur in the sample answer, for example “${quote(index.parsed, best)}”.`,
    },
  ];
}

function overlongExplanation(ctx: RuleContext): Candidate[] {
  const { index, question, seconds, wordCount, thresholds } = ctx;
  if (question.type !== 'red-flag' || wordCount === 0) return [];
  const limit = Math.max(thresholds.redFlagOverlongSeconds, question.timeBand.maxSeconds);
  if (seconds <= limit) return [];
  const secondsPerWord = seconds / wordCount;
  let elapsed = 0;
  for (const sentence of spokenSentences(index.parsed)) {
    elapsed += sentenceWordCount(index.parsed, sentence) * secondsPerWord;
    if (elapsed > limit) {
      return [
        {
          code: 'overlong-explanation',
          sentence: sentence.index,
          note: `The explanation runs about ${Math.round(seconds)} s (limit ${limit} s); it passes the limit at “${quote(index.parsed, sentence.index)}”.`,
        },
      ];
    }
  }
  return [];
}

const DETECTORS: readonly ((ctx: RuleContext) => Candidate[])[] = [
  criticisesHomeCountry,
  overpraisesUs,
  moneyOrPrestige,
  personalMotive,
  blamesOthers,
  excuseForScores,
  evasiveAboutWeakness,
  genericAnswer,
  weInsteadOfI,
  demandingVisaTalk,
  solicitsRankInformation,
  soundsMemorised,
  overlongExplanation,
];

interface Sourced extends Candidate {
  readonly source: RedFlagHit['source'];
}

function pitfallCandidates({ index, question }: RuleContext): Sourced[] {
  return question.pitfalls.flatMap((pitfall) => {
    if (!RED_FLAG_CODES.includes(pitfall.code)) return [];
    const phrases = pitfall.phrases.map((p) => p.trim().toLowerCase()).filter((p) => p !== '');
    return findAffirmed(index, phrases).map((m) => ({
      code: pitfall.code,
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      source: 'question' as const,
      note: `This question's guidance: ${pitfall.description}`,
    }));
  });
}

function message(code: RedFlagCode, evidence: string | null, note: string | undefined): string {
  const doc = RED_FLAG_DOCS[code];
  const quoted = evidence === null ? '' : `“${evidence}”`;
  let what: string;
  if (note === undefined) what = quoted === '' ? '' : `The answer says ${quoted}.`;
  else if (quoted === '' || note.includes('“')) what = note;
  else what = `${note} The sentence: ${quoted}.`;
  // The title is shown once, as the heading; the message says what the answer does and what to do.
  return `${what} ${doc.advice}`
    .replace(/\s+/g, ' ')
    .replace(/([.!?…])”\./g, '$1”')
    .trim();
}

export function detectRedFlags(ctx: RuleContext): readonly RedFlagHit[] {
  const candidates: Sourced[] = [
    ...DETECTORS.flatMap((detect) =>
      detect(ctx).map((c) => ({ ...c, source: 'analyser' as const })),
    ),
    ...pitfallCandidates(ctx),
  ];
  const hits: RedFlagHit[] = [];
  for (const code of RED_FLAG_SEVERITY) {
    const mine = candidates.filter((c) => c.code === code);
    if (mine.length === 0) continue;
    // Earliest sentence wins; on a tie the global check comes before the question's pitfall.
    const first = mine.reduce((a, b) => (b.sentence < a.sentence ? b : a));
    const evidence = quote(ctx.index.parsed, first.sentence, first.start, first.end) || null;
    hits.push({
      code,
      evidence,
      message: message(code, evidence, first.note),
      source: first.source,
      occurrences: new Set(mine.map((c) => c.sentence)).size,
    });
  }
  return hits;
}
