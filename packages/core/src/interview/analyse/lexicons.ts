// English (US residency interview) lexicons for delivery and structure. Lists are per locale
// (docs/sources.md#filler-matching-pitfalls): "um" is a German word and "ha" a Spanish one, so
// another locale gets its own lists rather than additions here. Nothing here ever deletes or
// rewrites text.
import type { Lexicon } from './phrases.ts';

/**
 * Filled pauses, matched by lexicon because the model tags "um" as a noun or proper noun.
 * "er" written "ER" (emergency room) and "mm" after a number (millimetres) are excluded in code.
 */
export const FILLED_PAUSES: ReadonlySet<string> = new Set([
  'um',
  'umm',
  'ummm',
  'uh',
  'uhh',
  'uhm',
  'erm',
  'er',
  'err',
  'ah',
  'ahh',
  'eh',
  'hmm',
  'hm',
  'mm',
  'mmm',
]);

/** Lexical fillers counted wherever they occur. */
export const ALWAYS_FILLERS: Lexicon = [
  'you know',
  'basically',
  'actually',
  'literally',
  'anyway',
  'anyways',
  'okay so',
  'ok so',
];

/** "I mean" is a filler unless it introduces what is meant ("I mean it", "what I mean is"). */
export const I_MEAN: Lexicon = [
  { phrase: 'i mean', unlessNext: ['it', 'that', 'to', 'this'], unlessPrev: ['what', 'do', 'not'] },
];

/** Words after which "you know" is a real question or clause ("do you know", "you know the plan"). */
export const YOU_KNOW_VETO_PREV: ReadonlySet<string> = new Set([
  'do',
  'did',
  'does',
  'not',
  'if',
  'as',
  'will',
  'would',
  'to',
  'let',
]);
export const YOU_KNOW_VETO_NEXT: ReadonlySet<string> = new Set([
  'what',
  'how',
  'that',
  'why',
  'where',
  'who',
  'when',
  'whether',
  'about',
  'if',
  'the',
  'a',
  'an',
  'this',
  'my',
  'your',
  'him',
  'her',
  'them',
]);

/** Words before "like" that make it a verb complement or comparison ("feel like", "something like"). */
export const LIKE_VETO_PREV: ReadonlySet<string> = new Set([
  'feel',
  'felt',
  'feels',
  'look',
  'looks',
  'looked',
  'seem',
  'seems',
  'seemed',
  'sound',
  'sounds',
  'sounded',
  'would',
  "'d",
  'just',
  'something',
  'anything',
  'nothing',
  'things',
  'stuff',
  'much',
  'more',
  'not',
  'i',
  'you',
  'we',
  'they',
  'really',
]);

/** Hedges: reported separately from fillers and never as errors. "I believe" is not one. */
export const HEDGES: Lexicon = [
  'i think',
  'i guess',
  'i feel like',
  'i suppose',
  "i'm not sure",
  'i am not sure',
  'maybe',
  'probably',
  'hopefully',
  'perhaps',
  // "a kind of test" and "what sort of patient" are nouns, not hedges.
  {
    phrase: 'kind of',
    unlessPrev: ['a', 'the', 'this', 'that', 'what', 'any', 'every', 'some', 'same', 'different'],
  },
  {
    phrase: 'sort of',
    unlessPrev: ['a', 'the', 'this', 'that', 'what', 'any', 'every', 'some', 'same', 'different'],
  },
];

/** STAR situation anchors (time, place, role). DATE/TIME entities also count. */
export const STAR_SITUATION: Lexicon = [
  'during my',
  'when i was',
  'while i was',
  'when i worked',
  'while working',
  'one day',
  'one night',
  'one evening',
  'last year',
  'in my internship',
  'in my residency',
  'on my rotation',
  'on call',
  'at the time',
  'i was working',
  'i was an intern',
  'i was rotating',
  'there was a patient',
  'we had a patient',
  'i had a patient',
  'i was doing',
  'i was on',
];

export const STAR_TASK: Lexicon = [
  'my role',
  'my task',
  'my job was',
  'my responsibility',
  'i was responsible',
  'i was asked to',
  'i needed to',
  'i had to',
  'the goal was',
  'the challenge was',
  'i was in charge',
  'it was up to me',
];

export const STAR_RESULT: Lexicon = [
  'as a result',
  'which led to',
  'led to',
  'resulted in',
  'the result',
  'the outcome',
  'in the end',
  'eventually',
  'ultimately',
  'successfully',
  'reduced',
  'improved',
  'increased',
  'decreased',
  'recovered',
  'was discharged',
  'went home',
  'thanked',
  'resolved',
  'stabilised',
  'stabilized',
  'adopted',
  'this meant',
];

export const STAR_LEARNING: Lexicon = [
  'i learned',
  'i learnt',
  'i have learned',
  "i've learned",
  'taught me',
  'lesson',
  'next time',
  'since then',
  'going forward',
  'i realised',
  'i realized',
  'i now',
  'now i',
  'in the future',
  'i would do differently',
  'i still use',
];

/** First-person subjects and possessives. "US" (the country) is excluded in code. */
export const FIRST_PERSON_SINGULAR: ReadonlySet<string> = new Set([
  'i',
  'me',
  'my',
  'mine',
  'myself',
  "i'm",
  "i've",
  "i'd",
  "i'll",
]);
export const FIRST_PERSON_PLURAL: ReadonlySet<string> = new Set([
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we've",
  "we'd",
  "we'll",
]);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'i',
  "i'm",
  "i've",
  "i'd",
  "i'll",
  'we',
  "we're",
  "we've",
  "we'd",
  "we'll",
]);

/** Signals of a concrete example (what the report's specificity check looks for). */
export const CONCRETE_EXAMPLES: Lexicon = [
  'for example',
  'for instance',
  'such as',
  'specifically',
  'in particular',
  'one patient',
  'a patient',
  'one time',
  'one day',
  'i remember',
  'i recall',
  'e.g.',
];
