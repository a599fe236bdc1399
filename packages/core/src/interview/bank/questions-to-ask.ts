import type { InterviewQuestion, Pitfall, TalkingPoint } from '../../vocabulary/interview.ts';
import { QUICK_BAND } from './time-bands.ts';

// Theme G: questions to ask the program. The prompt is the interviewer's cue plus the topic to
// practise; the sample is the applicant's question with one sentence of context. Original text.

const ALTERNATIVES = [
  'Do you have any questions for us?',
  "Is there anything you'd like to know about our program?",
  'What else can I tell you about us?',
];

const CONTEXT: TalkingPoint = {
  id: 'context',
  label: 'A reason for asking',
  guidance: 'Give one sentence on why the topic matters to you, drawn from your own experience.',
  synonyms: [
    'matters to me',
    'important to me',
    "i'm asking because",
    'in my experience',
    'during my',
    'i learn',
    "i've enjoyed",
    "i'm interested in",
  ],
};

const OPEN_QUESTION: TalkingPoint = {
  id: 'open-question',
  label: 'A specific, open question',
  guidance:
    "Ask something specific that the website doesn't answer, phrased so that it invites a story, not a yes or no.",
  synonyms: [
    'could you tell me',
    'can you tell me',
    'could you describe',
    'how does',
    'how do',
    'what happens',
    'what does',
    'where do you see',
  ],
};

const ASKING_PITFALLS: readonly Pitfall[] = [
  {
    code: 'solicits-rank-information',
    description:
      'Asking how the program will rank you; the NRMP codes discourage soliciting rank information in either direction.',
    phrases: [
      'how will you rank me',
      'where do i stand',
      'will i be ranked',
      'will you rank me',
      'am i ranked to match',
    ],
  },
  {
    code: 'generic-answer',
    description: 'Having no question, or only questions the website already answers.',
    phrases: ["i don't have any questions", 'no questions', 'you covered everything'],
  },
];

export const QUESTIONS_TO_ASK: readonly InterviewQuestion[] = [
  {
    id: 'ask-wellness',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt: 'What questions do you have for us? (Practise asking about resident wellness.)',
    alternatives: ALTERNATIVES,
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Almost every interview ends with this question, and having none suggests low interest. A question about wellness shows you plan for a sustainable residency and reveals how the program supports residents in practice.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Wellness in practice',
        guidance:
          'Ask what actually happens when a resident is struggling, not whether wellness exists.',
        synonyms: ['struggling', 'wellness', 'burn out', 'coverage', 'support', 'family emergency'],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I'd like to ask about wellness in practice. During my internship I saw how quickly a good resident can burn out when nobody notices, so how a program responds early matters to me. Could you tell me what happens when a resident is struggling, for example with a hard rotation or a family emergency? Is there a recent example of how coverage or support was arranged?",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-mentorship',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt: 'What questions do you have for us? (Practise asking about mentorship.)',
    alternatives: ALTERNATIVES,
    competencies: ['practice-based-learning', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Mentorship shapes how residents grow and find their careers, and it varies a lot between programs. Asking about it signals that you intend to seek guidance and use it.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'How mentoring works',
        guidance:
          'Ask how mentors are assigned, how often they meet and whether residents can choose.',
        synonyms: ['mentor', 'mentorship', 'paired', 'assigned', 'faculty', 'advisor'],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I have a question about mentorship. The most useful part of my externship was an attending who met me every week, so it matters to me how mentors are assigned here. How does it work: are residents paired with a faculty mentor from the start, and how often do they usually meet? I'd also be interested in whether international graduates can be connected with faculty who trained abroad.",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-img-visa-support',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt:
      'What questions do you have for us? (Practise asking how the program supports international graduates.)',
    alternatives: ALTERNATIVES,
    competencies: ['systems-based-practice', 'professionalism'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Visa paperwork, onboarding and a new health system make the first months harder for international graduates. A calm, practical question shows foresight and tells you how experienced the program is with IMGs.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Practical IMG support',
        guidance:
          'Ask about visa processing, start dates and orientation, without sounding demanding.',
        synonyms: [
          'j-1',
          'h-1b',
          'visa',
          'gme office',
          'orientation',
          'international graduate',
          'transition',
        ],
      },
    ],
    pitfalls: [
      ...ASKING_PITFALLS,
      {
        code: 'demanding-visa-talk',
        description: 'Turning a question into a demand.',
        phrases: ['you must sponsor', 'i need you to sponsor', 'you have to'],
      },
    ],
    sampleAnswer:
      "Smooth onboarding matters to me as an international graduate, so I'd like to ask how the program supports residents in the first months. Could you tell me how the GME office handles J-1 or H-1B paperwork and start dates, and whether there's an orientation for residents who are new to the US system, for example for the EHR and documentation? How have your recent international graduates found the transition?",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-fellowship-outcomes',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt: 'What questions do you have for us? (Practise asking about graduates and fellowships.)',
    alternatives: ALTERNATIVES,
    competencies: ['practice-based-learning', 'systems-based-practice'],
    timeBand: QUICK_BAND,
    whyAsked:
      "Where graduates go shows what a program prepares residents for. Asking links your goals to the program's record and tells you what support exists for applications.",
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Outcomes and support',
        guidance:
          'Ask where recent graduates went and how the program supports fellowship applications.',
        synonyms: [
          'graduates',
          'fellowship',
          'hospital medicine',
          'primary care',
          'advising',
          'letters',
        ],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I'm interested in cardiology, although I'm keeping an open mind. Could you tell me where your recent graduates have gone, whether to fellowship, hospital medicine or primary care? I'd also like to know how the program supports residents applying to fellowship, for example with research time, letters or advising in the second year.",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-curriculum-changes',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt: "What questions do you have for us? (Practise asking what's changing in the program.)",
    alternatives: ALTERNATIVES,
    competencies: ['systems-based-practice', 'practice-based-learning'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Programs change schedules, rotations and leadership, and those changes will shape your training. Asking shows forward thinking and whether residents have a voice.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Change and resident voice',
        guidance: 'Ask about planned changes and how resident feedback shapes them.',
        synonyms: [
          'changes',
          'changing',
          'next few years',
          'resident feedback',
          'asked for',
          'curriculum',
        ],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I'm interested in how programs keep improving, so I'd like to ask what's changing. Could you tell me about any changes to the curriculum or the schedule planned for the next few years? I'm also curious how resident feedback shapes those decisions. Is there a recent example of something residents asked for that the program then changed?",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-patient-population',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt: 'What questions do you have for us? (Practise asking about the patient population.)',
    alternatives: ALTERNATIVES,
    competencies: ['patient-care', 'systems-based-practice'],
    timeBand: QUICK_BAND,
    whyAsked:
      'The patients you see shape your training more than anything else. A question about the population shows you care about whom you will serve and helps you judge fit.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Who the patients are',
        guidance: 'Ask about languages, insurance mix, common conditions and continuity.',
        synonyms: [
          'population',
          'languages',
          'insurance mix',
          'conditions',
          'continuity',
          'clinic patients',
        ],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I'd like to understand your patients better, because in my experience the patient mix shapes training more than anything else. Could you describe the population residents see in clinic and on the wards, for example the main languages, the insurance mix and the conditions residents manage most often? And how much continuity do residents have with their clinic patients over the three years?",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-residents-daily-life',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt:
      'What questions do you have for us? (Practise asking the current residents about daily life.)',
    alternatives: [
      'Do you have any questions for the residents?',
      'What would you like to ask us about life here?',
      'Anything you want to know from the people actually doing the job?',
    ],
    competencies: ['interpersonal-communication', 'professionalism'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Residents can tell you what faculty cannot, and programs notice whether you engage with them. A concrete question about daily life gets honest, useful answers.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Daily reality',
        guidance: 'Ask about a typical day and what they wish they had known before intern year.',
        synonyms: [
          'typical day',
          'busiest rotation',
          'wish you',
          'intern year',
          'sign-out',
          'first months',
        ],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "This one is for the residents. What does a typical day look like on your busiest rotation, from sign-in to sign-out? And looking back on intern year, what do you wish you'd known before you started? I'm asking because that tells me more than anything on the website about what the first months will really feel like.",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-feedback-evaluation',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt: 'What questions do you have for us? (Practise asking about feedback and evaluation.)',
    alternatives: ALTERNATIVES,
    competencies: ['practice-based-learning', 'professionalism'],
    timeBand: QUICK_BAND,
    whyAsked:
      'How a program gives feedback and helps residents who fall behind says a lot about its culture. Asking shows that you want to improve, not just to pass.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Feedback and remediation',
        guidance:
          'Ask how feedback is given during rotations and how struggling residents are helped.',
        synonyms: [
          'feedback',
          'direct observation',
          'milestone',
          'falling behind',
          'evaluation',
          'improve',
        ],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I learn fastest from frequent, specific feedback, so I'd like to ask how it works here. Could you tell me how residents receive feedback during a rotation, not only at the end, and whether there's direct observation with patients? And if a resident is falling behind on a milestone, how does the program help them improve?",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-research-support',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt: 'What questions do you have for us? (Practise asking about research and QI support.)',
    alternatives: ALTERNATIVES,
    competencies: ['practice-based-learning', 'systems-based-practice'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Scholarly work matters for fellowships and for your own growth, and support for it varies widely. A specific question shows real intent.',
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Practical support',
        guidance:
          'Ask about protected time, matching with faculty projects and funding to present.',
        synonyms: [
          'research',
          'scholarly',
          'protected time',
          'faculty projects',
          'funding',
          'quality-improvement',
        ],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I've enjoyed research and would like to keep doing it. Could you tell me how residents get involved in scholarly work here? For example, is there protected time, help matching residents with faculty projects, or funding to present at conferences? I'd also like to know whether quality-improvement projects count, since that's where most of my experience is.",
    star: false,
    priority: 5,
  },
  {
    id: 'ask-program-direction',
    theme: 'questions-to-ask',
    audience: 'all',
    type: 'ask-program',
    prompt:
      "What questions do you have for us? (Practise asking the program director about the program's future.)",
    alternatives: [
      'Do you have any questions for me?',
      'Is there anything you would like to ask the program director?',
      'What else would help you decide about our program?',
    ],
    competencies: ['systems-based-practice', 'professionalism'],
    timeBand: QUICK_BAND,
    whyAsked:
      "A question about the program's direction invites the director to talk about priorities and pride. It also shows that you think of yourself as someone who would help build the program.",
    talkingPoints: [
      CONTEXT,
      OPEN_QUESTION,
      {
        id: 'topic',
        label: 'Vision and your part in it',
        guidance: 'Ask where the program is heading and how residents contribute.',
        synonyms: ['five years', 'direction', 'most proud', 'grow along', 'plans', 'vision'],
      },
    ],
    pitfalls: ASKING_PITFALLS,
    sampleAnswer:
      "I'd like to ask about the program's direction. Where do you see the program in five years, and what are you most proud of now? I'm asking because I'm looking for a place where I can grow along with the program, and I'd love to hear how residents contribute to those plans.",
    star: false,
    priority: 5,
  },
];
