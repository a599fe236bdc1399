// A curated paraphrase lexicon (decision 035): ways applicants say, in their own words, what a
// bank synonym names. Any talking point that lists the key also accepts its paraphrases, so the
// bank's short synonym lists stay readable and one entry helps every question that uses the word.
// Matched like synonyms (by form or inflection, never negated). Lower case, our own curation.

/** A paraphrase that counts only in a sentence about the applicant's home system. */
export interface AboutHome {
  readonly phrase: string;
  readonly about: 'home';
}
export type Paraphrase = string | AboutHome;

const home = (...phrases: string[]): AboutHome[] =>
  phrases.map((phrase) => ({ phrase, about: 'home' }));

const PARAPHRASES: Readonly<Record<string, readonly Paraphrase[]>> = {
  // Training features
  supervision: ['supervised', 'oversight', 'attendings who', 'close guidance', 'someone checking'],
  feedback: ['debrief', 'critique', 'told me what to improve', 'comments on my', 'corrected my'],
  structured: ['clear structure', 'step by step', 'defined expectations', 'protected teaching'],
  curriculum: ['didactics', 'teaching sessions', 'academic half-day', 'noon conference'],
  // Home system, with respect
  respect: [
    ...home('taught me', 'trained me', 'shaped me', 'gave me', 'i owe', 'value', 'admire'),
    'thankful',
    'appreciate',
  ],
  proud: ['honoured', 'honored', 'privilege', 'privileged'],
  // The future
  'my goal': [
    'i hope',
    'i want to become',
    'i see myself',
    'years from now',
    'in the long run',
    'eventually',
    'my aim',
    'i aim',
    'one day',
    'i would like to',
    'i intend',
    'my ambition',
  ],
  career: ['fellowship', 'practise as', 'practice as', 'become a'],
  // US experience
  observership: ['observed', 'shadowed'],
  externship: ['hands-on rotation', 'clinical rotation', 'rotations in', 'worked on the wards'],
  // Lessons
  'i learned': [
    'i learnt',
    'i realised',
    'i realized',
    'i understood',
    'i discovered',
    'taught me',
  ],
  lesson: ['takeaway', 'what stayed with me', 'i took away'],
  // Owning a weakness
  'my responsibility': ['my fault', 'on me', 'i own', 'i take responsibility', 'i accept'],
  'i underestimated': [
    'i overestimated',
    'i misjudged',
    'i was overconfident',
    'i took it lightly',
  ],
  'i relied': ['i depended', 'i leaned on', 'only read', 'passively'],
  // Change with evidence
  'i changed': ['i rebuilt', 'i restructured', 'i switched', 'i started', 'i adopted', 'i created'],
  improved: ['went up', 'rose', 'raised', 'increased'],
  passed: ['cleared'],
  // Moving forward
  ready: ['prepared', 'eager to start', 'able to start', 'looking forward'],
  confident: ['sure of', 'trust my'],
  // Flexibility about a visa
  flexible: [
    'either visa',
    'any visa',
    'whatever the program',
    'whichever the program',
    'work with',
  ],
  prefer: ['preference', 'would rather', 'ideally'],
  // Community and patients
  community: ['neighbourhood', 'neighborhood', 'local people', 'the city'],
  underserved: ['low-income', 'uninsured', 'limited access', 'safety-net'],
  // Program people
  'spoke with': ['chatted with', 'heard from', 'met with', 'conversation with'],
};

/** The paraphrases of one synonym (none for most). */
export function paraphrasesOf(synonym: string): readonly Paraphrase[] {
  return PARAPHRASES[synonym] ?? [];
}

/** Every key and paraphrase, for the lexicon's own tests. */
export function paraphraseEntries(): readonly (readonly [string, readonly Paraphrase[]])[] {
  return Object.entries(PARAPHRASES);
}
