import type { AnswerPath } from '../../vocabulary/interview.ts';

// Answer paths (issue 14, decision 035): questions whose honest answer depends on the applicant's
// situation. Each path has its own talking points and sample answer, in our own words, for
// fictional applicants. Visa facts: ECFMG sponsors the clinical J-1, with a two-year
// home-residency requirement unless waived (docs/sources.md#visa-j1-h1b-rules); an H-1B for
// residency needs Step 3 (#visa-h1b-step3).

/** img-visa-status: no visa needed, green card pending, J-1 only, H-1B preferred. */
export const VISA_PATHS: readonly AnswerPath[] = [
  {
    id: 'no-visa-needed',
    label: 'No visa needed (US citizen or permanent resident)',
    guidance:
      'Say it in one sentence and move on: you need no sponsorship, where your ECFMG certification stands, and that you can start on time.',
    cues: [
      'us citizen',
      'american citizen',
      'permanent resident',
      'green card holder',
      'i have a green card',
      'not need a visa',
      'not need sponsorship',
      'not need any',
      'not require sponsorship',
      'no sponsorship',
      'no visa',
    ],
    talkingPoints: [
      {
        id: 'status',
        label: 'No sponsorship needed, in one sentence',
        guidance: 'Name your status: US citizen or permanent resident, so no visa is needed.',
        synonyms: [
          'citizen',
          'permanent resident',
          'green card',
          'no sponsorship',
          'no visa',
          'not need',
          'not require',
        ],
      },
      {
        id: 'requirements',
        label: 'Certification on track',
        guidance: 'Say that you are ECFMG certified, or when you will be.',
        synonyms: ['ecfmg', 'certified', 'certification', 'step 3', 'passed', 'all my exams'],
      },
      {
        id: 'start',
        label: 'Ready to start on time',
        guidance: 'Add that nothing stands between you and a July start.',
        synonyms: [
          'start on',
          'july',
          'on time',
          'no paperwork',
          'no delay',
          'ready to start',
          'from day one',
        ],
        optional: true,
      },
    ],
    sampleAnswer:
      "I'm a US citizen, so I won't need any visa sponsorship. I completed medical school in Grenada, I'm ECFMG certified, and I passed Step 3 last spring. There is no paperwork on my side, so I'm ready to start on July 1.",
  },
  {
    id: 'green-card-pending',
    label: 'Green card pending',
    guidance:
      'Say where the application stands, what you hold meanwhile (an EAD, or a visa you would use as a fallback), and that you will tell the program as soon as anything changes.',
    cues: [
      'pending',
      'adjustment of status',
      'applied for a green card',
      'applied for my green card',
      'waiting for my green card',
      'green card application',
      'green card interview',
    ],
    talkingPoints: [
      {
        id: 'status',
        label: 'Where the application stands',
        guidance:
          'Name the stage: filed, biometrics done, interview scheduled, awaiting a decision.',
        synonyms: [
          'pending',
          'filed',
          'applied',
          'biometrics',
          'adjustment of status',
          'awaiting',
          'green card',
        ],
      },
      {
        id: 'meanwhile',
        label: 'What you hold meanwhile, or your fallback',
        guidance:
          'Say what lets you start if the card is not yet approved: an EAD, or a visa you would use.',
        synonyms: [
          'ead',
          'work permit',
          'employment authorization',
          'in the meantime',
          'meanwhile',
          'backup',
          'fallback',
          'if it is not',
        ],
      },
      {
        id: 'requirements',
        label: 'Requirements already met',
        guidance: 'Mention ECFMG certification (and Step 3 if a visa is your fallback).',
        synonyms: ['ecfmg', 'certified', 'certification', 'step 3', 'passed'],
      },
      {
        id: 'update',
        label: 'You will keep the program informed',
        guidance: 'Promise an update as soon as the decision arrives.',
        synonyms: [
          'let you know',
          'keep you informed',
          'keep you updated',
          'update you',
          'inform',
          'tell you',
        ],
        optional: true,
      },
    ],
    sampleAnswer:
      "My green card application is pending: I filed for adjustment of status through my wife last year and my biometrics are done. In the meantime I hold an EAD, so I can work without sponsorship from July. I'm ECFMG certified. If anything changes before the match, I will let you know straight away.",
  },
  {
    id: 'j1-only',
    label: 'J-1 only',
    guidance:
      'Say that you will need the J-1, that you are eligible for ECFMG sponsorship, and that you know its two-year home-residency rule and the waiver routes.',
    cues: [
      'only the j-1',
      'only a j-1',
      'only eligible for the j-1',
      'only eligible for a j-1',
      'j-1 only',
      'need a j-1',
      'need the j-1',
      'need j-1',
      'require a j-1',
    ],
    talkingPoints: [
      {
        id: 'status',
        label: 'The J-1, plainly',
        guidance: 'State that you will need a J-1 and that ECFMG sponsors it.',
        synonyms: ['j-1', 'j1', 'ecfmg sponsors', 'sponsored by ecfmg', 'sponsorship'],
      },
      {
        id: 'requirements',
        label: 'Eligibility in order',
        guidance: 'Mention ECFMG certification (or when it will arrive).',
        synonyms: ['ecfmg certified', 'certified', 'certification', 'passed', 'eligible'],
      },
      {
        id: 'rules',
        label: 'You know the rules',
        guidance:
          'Show you know the two-year home-residency requirement and that waivers (such as Conrad 30) exist.',
        synonyms: [
          'two-year',
          'two years',
          'home-residency',
          'home residency',
          'waiver',
          'conrad',
          'return home',
        ],
      },
      {
        id: 'no-h1b-reason',
        label: 'Why not an H-1B (briefly)',
        guidance: 'If asked, say plainly why an H-1B is not open to you yet, such as Step 3.',
        synonyms: ['step 3', 'h-1b', 'h1b', 'not yet eligible', 'not taken'],
        optional: true,
      },
    ],
    sampleAnswer:
      "I'll need a J-1, which ECFMG sponsors, and I'm already ECFMG certified. I understand the J-1 carries a two-year home-residency requirement after training unless I obtain a waiver, for example through a Conrad 30 position, and I'm comfortable with either outcome. I haven't taken Step 3 yet, so an H-1B is not open to me this year.",
  },
  {
    id: 'h1b-preferred',
    label: 'H-1B preferred or needed',
    guidance:
      'Be honest rather than "fully flexible" when a J-1 will not work for you: say you need or prefer the H-1B, why, and that Step 3 is passed or booked.',
    cues: [
      'prefer the h-1b',
      'prefer an h-1b',
      'prefer h-1b',
      'need an h-1b',
      'need the h-1b',
      'only the h-1b',
      'h-1b only',
      'not take a j-1',
      'not accept a j-1',
      'not take the j-1',
      'not do a j-1',
    ],
    talkingPoints: [
      {
        id: 'status',
        label: 'The visa you need, honestly',
        guidance: 'Say plainly that you need or prefer an H-1B.',
        synonyms: ['h-1b', 'h1b', 'sponsorship', 'visa'],
      },
      {
        id: 'reason',
        label: 'Why a J-1 does not fit',
        guidance:
          'Give the reason in one sentence: a previous J-1 waiver history, family circumstances, or the two-year rule and your plans.',
        synonyms: [
          'two-year',
          'home-residency',
          'because',
          'waiver',
          'previous j-1',
          'my family',
          'my spouse',
        ],
      },
      {
        id: 'requirements',
        label: 'Step 3 and certification',
        guidance: 'Say that Step 3 is passed or booked and that you are ECFMG certified.',
        synonyms: ['step 3', 'passed', 'booked', 'scheduled', 'ecfmg', 'certified'],
      },
      {
        id: 'honest-limit',
        label: 'You know not every program can',
        guidance:
          'Acknowledge that not every program sponsors the H-1B and that you applied with that in mind.',
        synonyms: [
          'not every program',
          'i understand',
          'i know that',
          'applied to programs',
          'if your program',
          'if your institution',
        ],
      },
    ],
    sampleAnswer:
      "I'll need an H-1B. My husband works here on an H-1B, and because a J-1 would bind me to two years at home while my family stays here, it doesn't fit our situation. I passed Step 3 in March and I'm ECFMG certified. I understand not every program sponsors the H-1B, so I applied to programs that do, including yours.",
  },
];

/** img-low-score-or-gap: honest gaps that are explained, not owned as a failure. */
export const GAP_PATHS: readonly AnswerPath[] = [
  {
    id: 'illness',
    label: 'A gap for an illness',
    guidance:
      'Name it in a sentence without medical detail you do not want to share, say it is resolved or managed, show how you kept current, and mention other strengths.',
    cues: [
      'illness',
      'diagnosed',
      'surgery',
      'medical leave',
      'my health',
      'hospitalised',
      'hospitalized',
      'chemotherapy',
      'was ill',
      'was sick',
    ],
    talkingPoints: [
      {
        id: 'name-it',
        label: 'Name it plainly',
        guidance: 'One sentence: an illness and its treatment took that time.',
        synonyms: ['illness', 'diagnosed', 'surgery', 'treatment', 'medical leave', 'my health'],
      },
      {
        id: 'resolved',
        label: 'Resolved or well managed',
        guidance: 'Say that it is behind you or under control and does not limit your work.',
        synonyms: [
          'recovered',
          'fully recovered',
          'resolved',
          'in remission',
          'well controlled',
          'no limitations',
          'cleared',
          'healthy',
        ],
      },
      {
        id: 'kept-current',
        label: 'How you kept current',
        guidance: 'Say what you did to stay current once you could.',
        synonyms: [
          'kept up',
          'question bank',
          'online course',
          'reading',
          'studied',
          'returned to',
          'observership',
          'kept current',
        ],
      },
      {
        id: 'other-strengths',
        label: 'Your other strengths',
        guidance: 'Point to strengths the gap does not change: research, teaching, volunteering.',
        synonyms: ['research', 'volunteer', 'publication', 'published', 'teaching', 'letters'],
        optional: true,
      },
    ],
    sampleAnswer:
      'The gap in 2023 was an illness: I was diagnosed with a thyroid condition that needed surgery and six months of treatment. I have fully recovered and I work without limitations. Once I was able to, I studied with a question bank every morning and returned to a two-month observership in Houston. During that time I also finished a research paper on anaemia in pregnancy, which was published this spring.',
  },
  {
    id: 'caregiving',
    label: 'A gap for caring for someone',
    guidance:
      'Say who you cared for and why in a sentence, what is in place now, what it taught you, and how you kept current.',
    cues: [
      'caring for my',
      'cared for my',
      'care of my',
      'looked after my',
      'look after my',
      'caregiver',
      'carer',
    ],
    talkingPoints: [
      {
        id: 'name-it',
        label: 'Who and why, in a sentence',
        guidance: 'Name the person and the reason briefly.',
        synonyms: ['caring for', 'cared for', 'care of', 'looked after', 'caregiver', 'carer'],
      },
      {
        id: 'in-place-now',
        label: 'What is in place now',
        guidance: 'Show the situation is settled so it will not interrupt residency.',
        synonyms: [
          'now lives',
          'in place',
          'stable',
          'settled',
          'arranged',
          'my brother',
          'my sister',
          'home care',
        ],
      },
      {
        id: 'kept-current',
        label: 'How you kept current',
        guidance: 'Say what you did to keep your knowledge and skills current.',
        synonyms: ['kept up', 'question bank', 'online course', 'studied', 'observership', 'cme'],
      },
      {
        id: 'lesson',
        label: 'What it taught you',
        guidance: 'One thing it taught you that you bring to patients and families.',
        synonyms: ['taught me', 'i learned', 'i understand', 'patience', 'perspective', 'families'],
        optional: true,
      },
    ],
    sampleAnswer:
      "From 2022 to 2023 I was caring for my father after his stroke, as I'm the only one of his children who lives nearby. He is now stable, and he lives with my sister, with home care arranged. While caring for him I studied with a question bank at night and finished an online course in hospital medicine. It taught me how much a family carries after discharge, and I think about that now every time I plan one.",
  },
  {
    id: 'family',
    label: 'A gap for family (a birth, a move)',
    guidance:
      'Say what happened in a sentence, with no apology, what support is in place, and how you kept current.',
    cues: [
      'my son was born',
      'my daughter was born',
      'birth of my',
      'maternity leave',
      'paternity leave',
      'parental leave',
      'our baby',
      'moved with my family',
      'relocated with my family',
    ],
    talkingPoints: [
      {
        id: 'name-it',
        label: 'What happened, in a sentence',
        guidance: 'A birth, a family move: say it plainly.',
        synonyms: [
          'was born',
          'birth',
          'maternity',
          'paternity',
          'parental leave',
          'moved',
          'relocated',
        ],
      },
      {
        id: 'support',
        label: 'Support in place',
        guidance: 'Show that childcare or family support is arranged.',
        synonyms: [
          'childcare',
          'daycare',
          'my husband',
          'my wife',
          'my partner',
          'my parents',
          'support',
          'arranged',
        ],
      },
      {
        id: 'kept-current',
        label: 'How you kept current',
        guidance: 'Say what you did to keep your knowledge and skills current.',
        synonyms: ['kept up', 'question bank', 'online course', 'studied', 'observership', 'cme'],
      },
      {
        id: 'ready',
        label: 'Ready now',
        guidance: 'End on your readiness to start.',
        synonyms: ['ready', 'today', 'now', 'looking forward', 'prepared'],
        optional: true,
      },
    ],
    sampleAnswer:
      "The gap in 2024 is parental leave: my daughter was born in February and I took seven months to be with her. My husband and I have full-time daycare arranged, and my parents live ten minutes away. I kept up with a question bank during her naps and finished a four-week observership in Atlanta in October. I'm ready and looking forward to starting.",
  },
  {
    id: 'visa-delay',
    label: 'A gap from visa or paperwork delays',
    guidance:
      'State the delay factually without blaming anyone, how you used the time, and that it is resolved.',
    cues: [
      'visa delay',
      'visa was delayed',
      'administrative processing',
      'waiting for my visa',
      'visa appointment',
      'paperwork',
      'work authorization',
      'work authorisation',
    ],
    talkingPoints: [
      {
        id: 'name-it',
        label: 'The delay, stated factually',
        guidance: 'Say what was delayed and for how long.',
        synonyms: ['visa', 'delay', 'delayed', 'administrative processing', 'paperwork', 'waiting'],
      },
      {
        id: 'used-time',
        label: 'How you used the time',
        guidance: 'Research, volunteering, study or clinical work you did meanwhile.',
        synonyms: [
          'research',
          'volunteer',
          'observership',
          'studied',
          'question bank',
          'worked as',
          'used the time',
        ],
      },
      {
        id: 'resolved',
        label: 'Resolved now',
        guidance: 'Say that the paperwork is complete or approved.',
        synonyms: ['approved', 'resolved', 'in hand', 'now have', 'arrived', 'completed'],
      },
      {
        id: 'ready',
        label: 'Ready now',
        guidance: 'End on your readiness to start.',
        synonyms: ['ready', 'today', 'looking forward', 'prepared', 'able to start'],
        optional: true,
      },
    ],
    sampleAnswer:
      'My visa was delayed by administrative processing for eleven months in 2023, after my interview at the consulate. I used the time to volunteer at a diabetes clinic in Cairo and to join a research project on foot ulcers, which became my first poster. The visa was approved in January and I now have it in hand. I am ready to start.',
  },
];
