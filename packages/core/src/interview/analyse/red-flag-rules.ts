// One detector per red-flag code (docs/interview-red-flags.md; themes from
// docs/sources.md#residency-red-flag-guides). Each returns candidate sentences; the
// caller (red-flags.ts) keeps the earliest per code and words the message. Detectors read the
// shared analysis context and never throw. Each is O(tokens + lexicon matches).
import type {
  AnswerPath,
  InterviewQuestion,
  ProgramFit,
  RedFlagCode,
  Specificity,
} from '../../vocabulary/interview.ts';
import {
  DEMANDING_VISA,
  EXAM_WORDS,
  EXCUSES,
  GENERAL_PROMPT_WORDS,
  ISSUE_WORDS,
  OWNERSHIP,
  SOLICIT_RANK,
} from './exam-visa-lexicons.ts';
import { parseText } from './nlp.ts';
import {
  findAffirmed,
  findAll,
  type Lexicon,
  type PhraseMatch,
  type TextIndex,
} from './phrases.ts';
import type { ActionSentence } from './pronouns.ts';
import {
  BETTER_OPPORTUNITIES,
  BLAME_WORDS,
  CONDITIONS,
  CONSTRAINTS,
  DENIED_HOME_VIRTUES,
  HOME_MENTIONS,
  HOME_PEJORATIVES,
  MONEY_OR_PRESTIGE,
  OVERPRAISE_ABSOLUTE,
  OVERPRAISE_COMPARATIVE,
  PATIENT_COSTS,
  PEOPLE,
  PERSONAL_MOTIVES,
  STRONG_PEJORATIVES,
  SUPERLATIVES,
  SYSTEM_WORDS,
  WORLD_SCOPE,
} from './red-flag-lexicons.ts';
import { isWordToken, spokenSentences } from './text.ts';
import type { Thresholds } from './thresholds.ts';

export interface RuleContext {
  readonly index: TextIndex;
  readonly question: InterviewQuestion;
  readonly wordCount: number;
  /** Seconds judged against the band (measured or estimated). */
  readonly seconds: number;
  readonly actions: readonly ActionSentence[];
  readonly specificity: Specificity;
  readonly programFit: ProgramFit | null;
  readonly thresholds: Thresholds;
  /** The answer path the answer takes (paths.ts); null = the question's own points. */
  readonly path?: AnswerPath | null;
}

export interface Candidate {
  readonly code: RedFlagCode;
  readonly sentence: number;
  readonly start?: number;
  readonly end?: number;
  /** Replaces "The answer says …" when the flag is about something missing or measured. */
  readonly note?: string;
}

const MOTIVE_TYPES = new Set<InterviewQuestion['type']>(['motivation', 'img', 'narrative']);
const GENERIC_EXEMPT_TYPES = new Set<InterviewQuestion['type']>([
  'situational',
  'logistics',
  'improper',
  'ask-program',
]);
const PATIENT_WORDS: Lexicon = [
  'patient',
  'family',
  'relative',
  'mother',
  'father',
  'husband',
  'wife',
];
const NAMED_PEOPLE: Lexicon = PEOPLE.filter((p) => !['he', 'she', 'they'].includes(String(p)));
const US_WORDS: Lexicon = ['america', 'american', 'united states', 'usa', 'here'];

function bySentence(matches: readonly PhraseMatch[]): Map<number, PhraseMatch> {
  const result = new Map<number, PhraseMatch>();
  for (const match of matches) if (!result.has(match.sentence)) result.set(match.sentence, match);
  return result;
}

function sentenceSet(index: TextIndex, lexicon: Lexicon): Set<number> {
  return new Set(findAll(index, lexicon).map((m) => m.sentence));
}

function at(code: RedFlagCode, match: PhraseMatch): Candidate {
  return { code, sentence: match.sentence, start: match.start, end: match.end };
}

function firstSentence(index: TextIndex): number | null {
  return spokenSentences(index.parsed)[0]?.index ?? null;
}

export function isVisaQuestion(question: InterviewQuestion): boolean {
  return question.id.includes('visa') || /\bvisa\b/i.test(question.prompt);
}

export function isProgramFitQuestion(question: InterviewQuestion): boolean {
  if (question.id === 'why-this-program' || question.id.endsWith('why-this-program')) return true;
  return question.type === 'motivation' && /\b(this|our|your) program\b/i.test(question.prompt);
}

/** Token distance from a match to the nearest match of `others` in its sentence (Infinity if none). */
function distanceTo(match: PhraseMatch, others: readonly PhraseMatch[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const other of others) {
    if (other.sentence !== match.sentence) continue;
    best = Math.min(best, Math.abs(other.start - match.start));
  }
  return best;
}

/**
 * Subject awareness: a harsh word nearer to a disease or disaster than to the home system describes
 * that ("malaria is a terrible problem in my country"), not the system.
 */
function aboutCondition(
  match: PhraseMatch,
  targets: readonly PhraseMatch[],
  conditions: readonly PhraseMatch[],
): boolean {
  return distanceTo(match, conditions) < distanceTo(match, targets);
}

export function criticisesHomeCountry({ index, thresholds }: RuleContext): Candidate[] {
  const homeMatches = findAll(index, HOME_MENTIONS);
  const home = bySentence(homeMatches);
  const systemMatches = findAll(index, SYSTEM_WORDS);
  const system = new Set(systemMatches.map((m) => m.sentence));
  const targets = [...homeMatches, ...systemMatches];
  const conditions = findAll(index, CONDITIONS);
  const conditionSentences = new Set(conditions.map((m) => m.sentence));
  const aimedAtHome = (m: PhraseMatch): boolean => !aboutCondition(m, targets, conditions);
  const harsh = bySentence(findAffirmed(index, HOME_PEJORATIVES).filter(aimedAtHome));
  const denied = bySentence(findAll(index, DENIED_HOME_VIRTUES).filter((m) => m.negated));
  const constraints = sentenceSet(index, CONSTRAINTS);
  const out: Candidate[] = [];
  for (const match of findAffirmed(index, STRONG_PEJORATIVES).filter(aimedAtHome)) {
    if (home.has(match.sentence) || system.has(match.sentence))
      out.push(at('criticises-home-country', match));
  }
  for (const [sentence, mention] of home) {
    const harshMatch = harsh.get(sentence) ?? denied.get(sentence);
    const sentiment = index.parsed.sentences[sentence]?.sentiment ?? 0;
    if (harshMatch !== undefined) out.push(at('criticises-home-country', harshMatch));
    else if (
      sentiment <= thresholds.homeCountrySentimentMax &&
      !constraints.has(sentence) &&
      !conditionSentences.has(sentence)
    ) {
      // Shortages, crises and diseases stated as facts are what an answer should describe; only
      // a negative sentence without them counts.
      out.push(at('criticises-home-country', mention));
    }
  }
  return out;
}

function mentionsUs(index: TextIndex, sentence: number): boolean {
  const { tokens, sentences } = index.parsed;
  const s = sentences[sentence];
  if (s === undefined) return false;
  for (let k = s.start; k < s.end; k += 1) {
    const value = tokens[k]?.value;
    if (value === 'US' || value === 'U.S.' || value === 'USA' || value === 'U.S.A.') return true;
  }
  return sentenceSet(index, US_WORDS).has(sentence);
}

export function overpraisesUs({ index }: RuleContext): Candidate[] {
  const out = findAffirmed(index, OVERPRAISE_ABSOLUTE).map((m) => at('overpraises-us', m));
  for (const match of findAffirmed(index, OVERPRAISE_COMPARATIVE)) {
    if (mentionsUs(index, match.sentence)) out.push(at('overpraises-us', match));
  }
  // "the best healthcare system in the world": a superlative with a world scope, about the US or
  // about a system that is not home.
  const world = sentenceSet(index, WORLD_SCOPE);
  const home = sentenceSet(index, HOME_MENTIONS);
  const system = sentenceSet(index, SYSTEM_WORDS);
  for (const match of findAffirmed(index, SUPERLATIVES)) {
    if (!world.has(match.sentence)) continue;
    const aboutSystem = system.has(match.sentence) && !home.has(match.sentence);
    if (mentionsUs(index, match.sentence) || aboutSystem) out.push(at('overpraises-us', match));
  }
  return out;
}

export function moneyOrPrestige(ctx: RuleContext): Candidate[] {
  if (!MOTIVE_TYPES.has(ctx.question.type)) return [];
  // Costs that patients pay (insurance, out of pocket) are content, not the applicant's motive.
  const patientCosts = sentenceSet(ctx.index, PATIENT_COSTS);
  const out = findAffirmed(ctx.index, MONEY_OR_PRESTIGE)
    .filter((m) => !patientCosts.has(m.sentence))
    .map((m) => at('money-or-prestige', m));
  const { numbers, namedEntities, concreteExamples } = ctx.specificity;
  const thin =
    ctx.wordCount < ctx.thresholds.coreMotiveMaxWords ||
    numbers + namedEntities + concreteExamples === 0;
  if (thin) {
    for (const match of findAll(ctx.index, BETTER_OPPORTUNITIES))
      out.push(at('money-or-prestige', match));
  }
  return out;
}

export function personalMotive(ctx: RuleContext): Candidate[] {
  const type = ctx.question.type;
  if ((type !== 'motivation' && type !== 'img') || isVisaQuestion(ctx.question)) return [];
  const opening = new Set(
    spokenSentences(ctx.index.parsed)
      .slice(0, Math.max(1, ctx.thresholds.personalMotiveSentences))
      .map((s) => s.index),
  );
  // Where the question's points ask about visas (img-return-home), a green card is on topic.
  const visaOnTopic = ctx.question.talkingPoints.some((p) => p.synonyms.includes('j-1'));
  return findAffirmed(ctx.index, PERSONAL_MOTIVES)
    .filter((m) => opening.has(m.sentence) && !(visaOnTopic && m.phrase === 'green card'))
    .map((m) => at('personal-reason-as-main-motive', m));
}

export function blamesOthers({ index, thresholds }: RuleContext): Candidate[] {
  const people = sentenceSet(index, PEOPLE);
  const out = findAffirmed(index, BLAME_WORDS)
    .filter((m) => people.has(m.sentence))
    .map((m) => at('blames-others', m));
  // Sentiment alone counts only for named roles, and not when the sentence is about a patient's
  // family (the situation of many behavioural answers), states hard conditions as facts, or has
  // "I" acting in it ("I plan to ask my senior when I'm unsure").
  const exempt = new Set([
    ...sentenceSet(index, PATIENT_WORDS),
    ...sentenceSet(index, CONSTRAINTS),
    ...sentenceSet(index, ['i', "i'm", "i've", "i'll", "i'd"]),
  ]);
  for (const [sentence, match] of bySentence(findAll(index, NAMED_PEOPLE))) {
    const sentiment = index.parsed.sentences[sentence]?.sentiment ?? 0;
    if (sentiment <= thresholds.blameSentimentMax && !exempt.has(sentence)) {
      out.push(at('blames-others', match));
    }
  }
  return out;
}

export function excuseForScores({ index, question }: RuleContext): Candidate[] {
  if (findAll(index, OWNERSHIP).length > 0) return [];
  const exam = sentenceSet(index, EXAM_WORDS);
  const anywhere = question.type === 'red-flag';
  return findAffirmed(index, EXCUSES)
    .filter((m) => anywhere || exam.has(m.sentence))
    .map((m) => at('excuse-for-scores', m));
}

const promptWords = new Map<string, readonly string[]>();

/** Nouns and adjectives of the prompt ("gap", "score"), memoised per prompt. */
function issueWordsOf(question: InterviewQuestion): readonly string[] {
  const cached = promptWords.get(question.prompt);
  if (cached !== undefined) return cached;
  const words = parseText(question.prompt)
    .tokens.filter(
      (t) =>
        isWordToken(t) &&
        !t.isStopWord &&
        (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ') &&
        !GENERAL_PROMPT_WORDS.has(t.lemma),
    )
    .map((t) => t.lemma);
  if (promptWords.size > 5_000) promptWords.clear();
  promptWords.set(question.prompt, words);
  return words;
}

export function evasiveAboutWeakness({ index, question, path }: RuleContext): Candidate[] {
  // An answer that takes an honest path (an illness, caregiving, a visa delay) names its cause.
  if (question.type !== 'red-flag' || (path ?? null) !== null) return [];
  const first = firstSentence(index);
  if (first === null) return [];
  if (findAll(index, [...ISSUE_WORDS, ...issueWordsOf(question)]).length > 0) return [];
  return [
    {
      code: 'evasive-about-weakness',
      sentence: first,
      note: 'The answer does not name the issue the question asks about.',
    },
  ];
}

export function genericAnswer(ctx: RuleContext): Candidate[] {
  const { index, question, specificity, programFit } = ctx;
  const first = firstSentence(index);
  if (first === null || GENERIC_EXEMPT_TYPES.has(question.type)) return [];
  if (isProgramFitQuestion(question)) {
    const keywordHit = programFit !== null && programFit.mentioned.length > 0;
    if (specificity.namedEntities > 0 || keywordHit) return [];
    const program = findAll(index, ['program'])[0];
    return [
      {
        code: 'generic-answer',
        sentence: program?.sentence ?? first,
        note: 'No program name, place or program feature from your profile is mentioned.',
      },
    ];
  }
  if (ctx.wordCount < ctx.thresholds.genericMinWords) return [];
  if (specificity.numbers + specificity.namedEntities + specificity.concreteExamples > 0) return [];
  return [
    {
      code: 'generic-answer',
      sentence: first,
      note: 'No numbers, names, dates or concrete examples were found.',
    },
  ];
}

export function weInsteadOfI({ actions }: RuleContext): Candidate[] {
  let iCount = 0;
  let weCount = 0;
  for (const action of actions) {
    iCount += action.iCount;
    weCount += action.weCount;
  }
  if (weCount <= iCount || weCount < 2) return [];
  const first = actions.find((a) => a.weCount > a.iCount);
  return first === undefined ? [] : [{ code: 'we-instead-of-i', sentence: first.sentence.index }];
}

/**
 * Only demands are flagged. An answer that leaves the visa out is not "demanding": it misses the
 * status talking point instead (issue 13).
 */
export function demandingVisaTalk({ index }: RuleContext): Candidate[] {
  return findAffirmed(index, DEMANDING_VISA).map((m) => at('demanding-visa-talk', m));
}

export function solicitsRankInformation({ index }: RuleContext): Candidate[] {
  return findAll(index, SOLICIT_RANK).map((m) => at('solicits-rank-information', m));
}
