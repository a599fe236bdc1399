// Global English lexicons for the IMG/residency red-flag checks
// (docs/sources.md#residency-red-flag-guides). A bank question adds its own phrases through
// `pitfalls[].phrases`. Each list is matched on the token stream, by form or inflection (see
// phrases.ts), and only ever quoted, never rewritten. Attitude checks live here; exam, visa and
// ranking lexicons in exam-visa-lexicons.ts.
import type { Lexicon } from './phrases.ts';

/** Mentions of the applicant's home country or its system. */
export const HOME_MENTIONS: Lexicon = [
  'back home',
  'my country',
  'my home country',
  'home country',
  'our country',
  'my homeland',
  'where i come from',
  'where i am from',
  "where i'm from",
  'my government',
  'our government',
  'our system',
  'our hospitals',
  'the system there',
  'hospitals there',
  'doctors there',
  'over there',
  // Common IMG home countries and demonyms ('|'-separated to keep the list scannable).
  ...(
    'india|pakistan|nigeria|egypt|philippines|bangladesh|nepal|sri lanka|iran|iraq|' +
    'syria|jordan|lebanon|saudi arabia|sudan|ethiopia|kenya|ghana|uganda|cameroon|' +
    'zimbabwe|mexico|brazil|colombia|venezuela|peru|cuba|dominican republic|haiti|' +
    'jamaica|caribbean|china|vietnam|korea|russia|ukraine|poland|romania|turkey|' +
    'myanmar|indian|pakistani|nigerian|egyptian|filipino|bangladeshi|nepali|iranian|' +
    'syrian|mexican|brazilian|colombian|chinese|russian|ukrainian'
  ).split('|'),
];

/** Institutions a sweeping pejorative is aimed at. */
export const SYSTEM_WORDS: Lexicon = [
  'system',
  'government',
  'country',
  'hospitals',
  'health care',
  'healthcare',
  'ministry',
  'politicians',
];

/** Pejoratives that condemn a country or system wholesale: flagged next to any system word. */
export const STRONG_PEJORATIVES: Lexicon = [
  'corrupt',
  'corruption',
  'backward',
  'backwards',
  'third world',
  'primitive',
  'uncivilised',
  'uncivilized',
  'bribe',
  'bribery',
];

/** Harsh words that count as criticism when the sentence is about home. */
export const HOME_PEJORATIVES: Lexicon = [
  'useless',
  'hopeless',
  'terrible',
  'horrible',
  'awful',
  'pathetic',
  'broken',
  'worthless',
  'disaster',
  'disgusting',
  'a mess',
  'nothing works',
  'a joke',
  'worst',
  'chaos',
  'chaotic',
  'incompetent',
  'lazy',
  'dirty',
  'filthy',
  'disgrace',
  'disgraceful',
  'shameful',
  'a shame',
  'joke',
  'rotten',
];

/**
 * Praise words that, denied about home ("doctors are not respected", "nothing works"), condemn it
 * wholesale. Only counted when negated in a sentence about home.
 */
export const DENIED_HOME_VIRTUES: Lexicon = ['respected', 'respect', 'valued', 'trusted', 'honest'];

/**
 * Subjects a harsh word may describe that are not the home system: diseases, disasters, poverty.
 * "Tuberculosis is a terrible disease in my country" describes the disease, not the country.
 */
export const CONDITIONS: Lexicon = [
  'disease',
  'illness',
  'infection',
  'tuberculosis',
  'tb',
  'malaria',
  'hiv',
  'aids',
  'cholera',
  'dengue',
  'diabetes',
  'hypertension',
  'cancer',
  'stroke',
  'sepsis',
  'epidemic',
  'outbreak',
  'pandemic',
  'covid',
  'burden',
  'mortality',
  'poverty',
  'flood',
  'floods',
  'earthquake',
  'accidents',
  'injuries',
  'traffic',
  'heat',
];

/** Praise of the US that reads as over the top on its own. */
export const OVERPRAISE_ABSOLUTE: Lexicon = [
  'best in the world',
  'best healthcare in the world',
  'best health care in the world',
  'best health system',
  'greatest country',
  'land of opportunity',
  'land of opportunities',
  'american dream',
  'dream country',
  'most advanced country',
  'everything is better',
  'everything is perfect',
  'everything there is perfect',
  'everything here is perfect',
  'perfect system',
  'perfect healthcare',
  'perfect health care',
  'flawless',
  'no flaws',
  'never makes mistakes',
  'nothing goes wrong',
];

/** "best … in the world" and other superlatives praise a country when the sentence is about it. */
export const SUPERLATIVES: Lexicon = ['best', 'greatest', 'finest', 'most advanced', 'number one'];
export const WORLD_SCOPE: Lexicon = ['in the world', 'on earth', 'anywhere', 'on the planet'];

/** Comparatives that are over-praise when the sentence is about the US. */
export const OVERPRAISE_COMPARATIVE: Lexicon = [
  'much better than',
  'far better than',
  'way better than',
  'so much better',
  'far superior',
  'superior to',
  'more advanced than',
  'light years ahead',
  'far ahead',
];

export const MONEY_OR_PRESTIGE: Lexicon = [
  'salary',
  'money',
  'income',
  'wealth',
  { phrase: 'pay', unlessNext: ['attention', 'off', 'close', 'respect', 'tribute', 'for', 'out'] },
  { phrase: 'paid', unlessNext: ['attention', 'off', 'close', 'for', 'out'] },
  'well paid',
  'earn more',
  'earning potential',
  'prestige',
  'prestigious',
  'top ranked',
  'top-ranked',
  'highly ranked',
  'big name',
  'famous program',
  'lifestyle',
  'better life',
  'comfortable life',
  'standard of living',
];

/** Money talk about patients and systems (costs, insurance), not the applicant's motive. */
export const PATIENT_COSTS: Lexicon = [
  'patient',
  'family',
  'people',
  'insurance',
  'insured',
  'uninsured',
  'deductible',
  'afford',
  'cost',
  'price',
  'low-income',
  'poor',
  'medicine',
  'medication',
  'out of pocket',
];

/** A motive that is fine as a part of the answer but weak as all of it. */
export const BETTER_OPPORTUNITIES: Lexicon = [
  'better opportunities',
  'better opportunity',
  'more opportunities',
  'opportunities are better',
  'better future',
  'better career',
];

export const PERSONAL_MOTIVES: Lexicon = [
  'my husband',
  'my wife',
  'my spouse',
  'my partner',
  'my fiance',
  'my fiancé',
  'my fiancee',
  'my boyfriend',
  'my girlfriend',
  'my family lives',
  'my family is here',
  'my family moved',
  'my parents live',
  'my parents are here',
  'my relatives',
  'get married',
  'got married',
  'be with my',
  'join my',
  'follow my',
  'green card',
  'settle here',
  'settle in the us',
];

/** People an answer might blame. */
export const PEOPLE: Lexicon = [
  'attending',
  'supervisor',
  'consultant',
  'senior',
  'resident',
  'colleague',
  'co-worker',
  'coworker',
  'nurse',
  'boss',
  'professor',
  'teacher',
  'program director',
  'director',
  'chief',
  'faculty',
  'examiner',
  'proctor',
  'staff',
  'administration',
  'management',
  'registrar',
  'they',
  'he',
  'she',
];

/**
 * Factual descriptions of hard conditions (shortages, crises, workload). Sentences with these are
 * the constraints an answer should describe, so negative sentiment alone does not flag them.
 */
export const CONSTRAINTS: Lexicon = [
  'shortage',
  'limited',
  'lack',
  'lacked',
  'crisis',
  'scarce',
  'scarcity',
  'resources',
  'funding',
  'underfunded',
  'overcrowded',
  'workload',
  'heavy',
  'war',
  'conflict',
  'pandemic',
  'strike',
  'power cuts',
];

/** Words that judge a person or assign fault; flagged when the sentence names a person. */
export const BLAME_WORDS: Lexicon = [
  'abusive',
  'bully',
  'bullied me',
  'harassed me',
  'disrespectful',
  'condescending',
  'negligent',
  'unhelpful',
  'uncooperative',
  'difficult to work with',
  'impossible to work with',
  'awful to me',
  'terrible to me',
  'horrible to me',
  'mean to me',
  'rude',
  'incompetent',
  'lazy',
  'useless',
  'arrogant',
  'toxic',
  'unprofessional',
  'hostile',
  'clueless',
  'stupid',
  'idiot',
  'jealous',
  'yelled at me',
  'shouted at me',
  'humiliated me',
  'hated me',
  'did not care',
  "didn't care",
  'never helped',
  'never supported',
  'did not support',
  "didn't support",
  'never taught',
  'blamed me',
  'not my fault',
  'their fault',
  'his fault',
  'her fault',
  'because of them',
  'because of him',
  'because of her',
  'had it out for me',
  'favoritism',
  'favouritism',
  'treated me unfairly',
  'unfair to me',
];
