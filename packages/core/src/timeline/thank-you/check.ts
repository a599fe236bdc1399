// checkThankYou: rule-based checks of a thank-you note (names the interviewer and the program, one
// specific detail, no ranking statements or requests, no placeholders, short). Each issue quotes
// the note verbatim where there is something to quote. Linear in the note's length.

import type { ThankYouCheckCode, ThankYouIssue } from '../../vocabulary/timeline.ts';
import { sourceRef } from '../sources.ts';
import {
  GENERIC_NOTE_WORDS,
  GENERIC_PROGRAM_WORDS,
  NAME_NOISE,
  PLACEHOLDER_PATTERN,
  RANKING_PATTERNS,
  REFERENCE_CUE,
  SOLICITING_PATTERNS,
  STOPWORDS,
} from './lexicon.ts';
import { fold, sentenceAt, sentences, wordCount, words } from './text.ts';

/** A thank-you note is a few sentences; past this it reads as a second cover letter. */
export const THANK_YOU_MAX_WORDS = 200;

/**
 * The NRMP rule the ranking checks rest on. The Match Participation Agreement lets applicants and
 * programs express interest in each other but not ask each other for ranking commitments; the
 * only binding commitment is the certified rank order list (docs/thank-you-notes.md).
 */
export const NRMP_COMMUNICATION_RULE = {
  text:
    'Applicants and programs may tell each other they are interested, but neither may ask the ' +
    'other how they will rank or for any commitment; only the certified rank order lists decide ' +
    'the Match. Statements about how you will rank a program cannot bind you and are best left out.',
  source: sourceRef('nrmp-match-agreement'),
} as const;

export interface ThankYouContext {
  readonly program: string;
  readonly interviewers?: readonly string[];
  /** The detail the draft was built around, if any: its words also count as specific. */
  readonly detail?: string;
}

const ORDER: readonly ThankYouCheckCode[] = [
  'placeholder-left',
  'ranking-statement',
  'asks-for-commitment',
  'no-interviewer-name',
  'no-program-name',
  'no-specific-detail',
  'too-long',
];

const MESSAGES: Readonly<Record<ThankYouCheckCode, string>> = {
  'placeholder-left': 'Replace the bracketed placeholder with your own words.',
  'ranking-statement':
    'Leave out how you will rank the program: say you are interested instead. Under NRMP rules ' +
    'only your certified rank order list counts, and a ranking statement cannot bind you.',
  'asks-for-commitment':
    'Do not ask how the program will rank you: NRMP rules do not allow asking for ranking ' +
    'commitments.',
  'no-interviewer-name': 'Address the interviewer by name.',
  'no-program-name': 'Name the program, so the note cannot be mistaken for a form letter.',
  'no-specific-detail':
    'Mention one specific thing you discussed (a project, a rotation, a piece of advice).',
  'too-long': `Keep it short: a thank-you note reads best under ${THANK_YOU_MAX_WORDS} words.`,
};

const significant = (tokens: readonly string[], noise: ReadonlySet<string>) =>
  tokens.filter((t) => t.length >= 2 && !noise.has(t));

function namesInterviewer(
  noteWords: ReadonlySet<string>,
  interviewers: readonly string[],
): boolean {
  return interviewers.some((n) => significant(words(n), NAME_NOISE).some((t) => noteWords.has(t)));
}

function namesProgram(note: string, noteWords: ReadonlySet<string>, program: string): boolean {
  const tokens = words(program);
  if (tokens.length === 0) return true;
  if (fold(note).includes(tokens.join(' '))) return true;
  const distinctive = significant(tokens, GENERIC_PROGRAM_WORDS).filter((t) => t.length >= 3);
  if (distinctive.some((t) => noteWords.has(t))) return true;
  // Initials such as UTMB for "University of Texas Medical Branch".
  const initials = tokens
    .filter((t) => !['of', 'the', 'and', 'at', 'in'].includes(t))
    .map((t) => t[0]);
  return initials.length >= 3 && noteWords.has(initials.join(''));
}

/** A sentence with this many specific words counts as specific even without a reference cue. */
const SPECIFIC_SENTENCE_WORDS = 6;
const CUES = new RegExp(REFERENCE_CUE.source, 'gi');

function hasSpecificDetail(note: string, context: ThankYouContext, names: ReadonlySet<string>) {
  const isSpecific = (w: string) =>
    w.length >= 3 && !STOPWORDS.has(w) && !GENERIC_NOTE_WORDS.has(w) && !names.has(w);
  const text = note.replace(PLACEHOLDER_PATTERN, ' ');
  const noteWords = new Set(words(text));
  const detailWords = words(context.detail ?? '').filter(isSpecific);
  if (detailWords.some((w) => noteWords.has(w))) return true;
  // A reference ("we discussed …") followed by two specific words, or a sentence dense with them.
  return sentences(text).some((s) => {
    const count = words(s.text.replace(CUES, ' ')).filter(isSpecific).length;
    return (REFERENCE_CUE.test(s.text) && count >= 2) || count >= SPECIFIC_SENTENCE_WORDS;
  });
}

function matches(note: string, patterns: readonly RegExp[]): number[] {
  const at: number[] = [];
  for (const p of patterns) for (const m of note.matchAll(p)) at.push(m.index ?? 0);
  return at.sort((a, b) => a - b);
}

/** Issues in a fixed code order; within a code, in the order they occur in the note. */
export function checkThankYou(text: string, context: ThankYouContext): ThankYouIssue[] {
  const found = new Map<ThankYouCheckCode, ThankYouIssue[]>();
  const add = (code: ThankYouCheckCode, evidence: string | null) => {
    const list = found.get(code) ?? [];
    if (!list.some((i) => i.evidence === evidence))
      list.push({ code, message: MESSAGES[code], evidence });
    found.set(code, list);
  };
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) add('placeholder-left', m[0]);
  for (const i of matches(text, RANKING_PATTERNS)) add('ranking-statement', sentenceAt(text, i));
  for (const i of matches(text, SOLICITING_PATTERNS))
    add('asks-for-commitment', sentenceAt(text, i));
  const noteWords = new Set(words(text));
  const interviewers = (context.interviewers ?? []).filter((n) => n.trim() !== '');
  if (interviewers.length > 0 && !namesInterviewer(noteWords, interviewers))
    add('no-interviewer-name', null);
  if (context.program.trim() !== '' && !namesProgram(text, noteWords, context.program))
    add('no-program-name', null);
  const nameWords = new Set([...interviewers.flatMap((n) => words(n)), ...words(context.program)]);
  if (!hasSpecificDetail(text, context, nameWords)) add('no-specific-detail', null);
  if (wordCount(text) > THANK_YOU_MAX_WORDS) add('too-long', null);
  return ORDER.flatMap((code) => found.get(code) ?? []);
}
