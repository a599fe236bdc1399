// Small fixture questions for the analyser's tests (the real bank lives in ../bank/).
import type { InterviewQuestion } from '../../vocabulary/interview.ts';

const base = {
  audience: 'all',
  alternatives: [],
  competencies: ['interpersonal-communication'],
  whyAsked: 'Fixture.',
  pitfalls: [],
  sampleAnswer: '',
  star: false,
  priority: 1,
} as const;

export const WHY_US: InterviewQuestion = {
  ...base,
  id: 'fixture-why-us',
  theme: 'img',
  type: 'img',
  prompt: 'Why do you want to train in the United States?',
  timeBand: { minSeconds: 60, maxSeconds: 120 },
  talkingPoints: [
    {
      id: 'training',
      label: 'What US training offers you',
      guidance: 'Name the features of US residency training you want.',
      synonyms: [
        'structured training',
        'residency training',
        'graduate medical education',
        'feedback',
      ],
    },
    {
      id: 'usce',
      label: 'Concrete US clinical experience',
      guidance: 'Mention an observership, externship or rotation.',
      synonyms: ['usce', 'observership', 'externship', 'us clinical experience', 'rotation'],
    },
    {
      id: 'goals',
      label: 'Long-term goals',
      guidance: 'Say where the training leads.',
      synonyms: ['fellowship', 'long term', 'my goal', 'in the future'],
    },
  ],
  pitfalls: [
    {
      code: 'money-or-prestige',
      description: 'Earning potential as the reason.',
      phrases: ['earn in dollars'],
    },
  ],
  sampleAnswer:
    'I want to train in the United States because structured residency training with daily feedback will make me a safer physician. During my observership at a community hospital in Chicago I saw how teams review every admission together. My goal is a fellowship in nephrology and, in the long term, to help build a dialysis program back home.',
};

export const CONFLICT: InterviewQuestion = {
  ...base,
  id: 'fixture-conflict',
  theme: 'behavioural',
  type: 'behavioural',
  prompt: 'Tell me about a time you had a conflict with a colleague.',
  timeBand: { minSeconds: 60, maxSeconds: 150 },
  star: true,
  priority: 3,
  talkingPoints: [
    {
      id: 'listen',
      label: 'Listening to the other view',
      guidance: 'Show you sought to understand.',
      synonyms: ['listened', 'understand', 'perspective', 'asked'],
    },
    {
      id: 'patient-first',
      label: 'Patient safety first',
      guidance: 'Tie the resolution to the patient.',
      synonyms: ['patient safety', 'safe', 'patient'],
    },
  ],
};

export const LOW_SCORE: InterviewQuestion = {
  ...base,
  id: 'fixture-low-score',
  theme: 'img',
  type: 'red-flag',
  prompt: 'Can you explain why you failed Step 1?',
  timeBand: { minSeconds: 45, maxSeconds: 90 },
  talkingPoints: [
    {
      id: 'own',
      label: 'Owning the result',
      guidance: 'Say plainly what happened.',
      synonyms: ['failed', 'my responsibility', 'i underestimated'],
    },
    {
      id: 'changed',
      label: 'What changed',
      guidance: 'Give evidence of change.',
      synonyms: ['i changed', 'since then', 'passed', 'scored'],
    },
  ],
};

export const VISA: InterviewQuestion = {
  ...base,
  id: 'fixture-visa-status',
  theme: 'img',
  type: 'logistics',
  prompt: 'What is your visa status?',
  timeBand: { minSeconds: 15, maxSeconds: 45 },
  talkingPoints: [],
};

export const WHY_PROGRAM: InterviewQuestion = {
  ...base,
  id: 'why-this-program',
  theme: 'motivation',
  type: 'motivation',
  prompt: 'Why are you interested in our program?',
  timeBand: { minSeconds: 60, maxSeconds: 120 },
  priority: 2,
  talkingPoints: [],
};

export const QUESTIONS_FOR_US: InterviewQuestion = {
  ...base,
  id: 'fixture-questions-for-us',
  theme: 'questions-to-ask',
  type: 'ask-program',
  prompt: 'What questions do you have for us?',
  timeBand: { minSeconds: 30, maxSeconds: 120 },
  priority: 5,
  talkingPoints: [],
};

/** Specific, owned, forward-looking answers that should raise no red flag. */
export const GOOD_ANSWERS: readonly (readonly [InterviewQuestion, string])[] = [
  [
    WHY_US,
    'I want to train in the United States because structured residency training, with regular feedback and graded responsibility, is the setting where I learn best. During my four-month observership at Cook County Hospital in Chicago, I joined morning rounds and saw how residents reviewed every admission against the evidence. I presented two patients to the attending and received written feedback that changed how I organise my notes. Back home in Lagos, I managed up to 30 patients a night on the medical ward, which taught me to prioritise and to communicate clearly with nurses. I also want to learn how US teams run quality improvement projects, because I led a hand hygiene audit on my ward in 2021. My goal is a fellowship in nephrology, and in the long term I hope to help set up a home dialysis program in Nigeria.',
  ],
  [
    WHY_US,
    'Back home in Karachi, resources were often limited, which taught me to rely on a careful history and examination. I want to add to that the structured training and feedback that US residency offers. During a two-month externship in Houston in 2023, I saw how a multidisciplinary team plans discharges from the first day. My goal is to become a hospitalist who teaches, and one day to bring those discharge practices to my home hospital.',
  ],
  [
    CONFLICT,
    'During my internship in 2022, a senior nurse and I disagreed about when to give a dose of insulin to a patient who was not eating. My task was to keep the patient safe while respecting her experience. I asked her to explain her concern, and I listened to her perspective. I checked the glucose myself, reviewed the chart, and I called the endocrinology resident to confirm the plan. I then proposed that we hold the dose and recheck in one hour, and she agreed. As a result, the patient avoided hypoglycaemia, and the nurse and I later wrote a short protocol for the ward. I learned that asking first and sharing data resolves most disagreements.',
  ],
  [
    LOW_SCORE,
    'I failed Step 1 on my first attempt in 2021. I underestimated the exam and studied alone without practice tests. Since then I changed my approach: I joined a study group, did two full question banks, and took weekly self-assessments. I passed on my second attempt and scored 248 on Step 2 CK. That experience made me more disciplined, and I now plan my learning with clear milestones.',
  ],
  [
    VISA,
    'I will need a J-1 visa sponsored through ECFMG. I already hold my ECFMG certificate, and I understand the two-year home residency requirement.',
  ],
  [
    WHY_PROGRAM,
    "Your program's continuity clinic at the Bronx campus serves a large Spanish-speaking population, and as a Spanish speaker I want to build long relationships with those patients. I was also drawn to the quality improvement track, because I led a hand hygiene audit in my home hospital that raised compliance from 40 to 75 percent.",
  ],
  [
    QUESTIONS_FOR_US,
    'How do residents choose their continuity clinic site, and what mentorship is there for residents who are interested in nephrology fellowships?',
  ],
];
