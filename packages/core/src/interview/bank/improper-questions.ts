import type { InterviewQuestion, Pitfall, TalkingPoint } from '../../vocabulary/interview.ts';
import { QUICK_BAND } from './time-bands.ts';

// Theme H: handling improper questions. The NRMP Match codes of conduct
// (docs/sources.md#nrmp-match-codes-of-conduct) bar programs from asking where else you applied
// (programs, specialties or locations) or soliciting how you will rank them, and require notice, an
// opt-out and written consent before recording. Equal-employment guidance
// (#eeoc-prohibited-practices) treats marital and family status, pregnancy, age, religion, national
// origin and disability as improper topics in hiring; work authorisation may be asked. The drill is
// a calm, polite redirect, never a confrontation. Original text.

const CALM: TalkingPoint = {
  id: 'calm',
  label: 'Calm and courteous',
  guidance: 'Respond warmly and assume the question was meant kindly; the tone keeps rapport.',
  synonyms: [
    'thank you',
    'i appreciate',
    "that's kind",
    'happy to',
    'good question',
    'of course',
    'it means a lot',
  ],
};

const BOUNDARY: TalkingPoint = {
  id: 'boundary',
  label: 'A gentle boundary',
  guidance: 'Decline the specific detail briefly, without lecturing the interviewer about rules.',
  synonyms: [
    "i'd rather",
    "i'd prefer",
    'keep that private',
    'private',
    'personal',
    'not able to',
    'separate from',
  ],
};

const CONFRONTATION: Pitfall = {
  code: 'blames-others',
  description:
    'Accusing the interviewer in the room; a calm redirect works better, and you can report a concern to the NRMP or your school afterwards.',
  phrases: [
    "that's illegal",
    "you can't ask that",
    'you are not allowed',
    "i'll report you",
    'discrimination',
  ],
};

export const IMPROPER_QUESTIONS: readonly InterviewQuestion[] = [
  {
    id: 'improper-other-programs',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'Where else have you applied or interviewed?',
    alternatives: [
      'Which other programs in this city are you interviewing at?',
      'What other specialties did you apply to?',
      'Who else is interviewing you this season?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Under the NRMP Match codes of conduct, programs may not ask you to name the programs, specialties or locations you have applied to. Interviewers sometimes ask anyway, often casually, so a calm redirect protects your privacy without making the moment awkward.',
    talkingPoints: [
      CALM,
      BOUNDARY,
      {
        id: 'redirect',
        label: 'Redirect to this program',
        guidance: 'Pivot to why you are interested in this program.',
        synonyms: [
          'what i can tell you',
          'very interested',
          'why i',
          'your program',
          'fit exactly',
        ],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'overlong-explanation',
        description: 'Listing other programs you are not obliged to disclose.',
        phrases: ['i applied to', 'i also interviewed at', 'my other interviews are'],
      },
    ],
    sampleAnswer:
      "Thank you for asking. I've applied fairly broadly, as most international graduates do, but I'd rather keep the specific programs private, as I understand the Match guidelines intend. What I can tell you is why I'm very interested in yours: your continuity clinic at the county hospital and your global health track fit exactly what I want from training.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-how-will-you-rank',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'How are you going to rank our program?',
    alternatives: [
      'Where are we on your list?',
      'Are we in your top three?',
      'Would you rank us highly?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'NRMP rules say programs may not ask how you intend to rank them, although either side may volunteer interest. A warm, non-committal reply lets you show enthusiasm without making a ranking statement under pressure.',
    talkingPoints: [
      CALM,
      {
        id: 'not-yet',
        label: 'No statement under pressure',
        guidance: 'Say honestly that your list is not final, and make no promise you may not keep.',
        synonyms: [
          "haven't decided",
          'final list',
          'still deciding',
          'after my interviews',
          'too early',
          'reflect',
        ],
      },
      {
        id: 'interest',
        label: 'Genuine interest',
        guidance: 'Show specific, sincere interest in the program.',
        synonyms: [
          'strengthened my interest',
          'very interested',
          'see myself training here',
          'exactly what',
          'your residents',
        ],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'solicits-rank-information',
        description: 'Turning it round to ask how they will rank you.',
        phrases: [
          'how will you rank me',
          'will you rank me',
          'where will i be',
          'will i match here',
        ],
      },
    ],
    sampleAnswer:
      "I appreciate the question. I haven't made my final list yet, because I want to reflect on every program once my interviews are finished. What I can say honestly is that today has strengthened my interest: your residents' teaching sessions and the ambulatory block are exactly what I've been looking for, and I can see myself training here.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-rank-us-first',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'If we rank you to match, will you commit to ranking us first?',
    alternatives: [
      "We only rank applicants who tell us we're their first choice. Are we?",
      "Can you email us to say we're your number one?",
      'Will you promise to come here if we rank you highly?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Asking an applicant to commit to a rank position is the kind of pressure the NRMP codes forbid; programs may express interest but may not solicit commitments. The safest reply is friendly and honest, with no promise you might not keep.',
    talkingPoints: [
      CALM,
      {
        id: 'no-commitment',
        label: 'No commitment',
        guidance: 'Decline to commit, politely and without citing rules at them.',
        synonyms: [
          'not able to make a commitment',
          'commitment',
          'promise',
          'at this stage',
          'before i',
        ],
      },
      {
        id: 'interest',
        label: 'Sincere interest',
        guidance: 'Say what genuinely appeals to you about the program.',
        synonyms: ['enjoyed today', 'strong fit', 'very seriously', 'your program', 'sincerely'],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'solicits-rank-information',
        description: 'Bargaining for a ranking in return.',
        phrases: ['if you rank me first', 'will you rank me', 'how will you rank me'],
      },
    ],
    sampleAnswer:
      "Thank you, it means a lot that you'd consider ranking me. I'm not able to make a commitment about my list at this stage, and I'd never want to promise something before I've finished my interviews. What I can say sincerely is that I've really enjoyed today, your program is a strong fit for my goals, and I'll be considering it very seriously.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-marital-status',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'Are you married, or do you have a partner?',
    alternatives: [
      'Is your spouse coming with you?',
      'What does your husband or wife do?',
      'Will your partner be able to move here?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Marital status has no bearing on your ability to train, and equal-employment guidance treats questions about it as improper in hiring. Many interviewers ask out of friendliness, so a light answer that steers back to relevant ground usually works best; sharing is your choice.',
    talkingPoints: [
      CALM,
      BOUNDARY,
      {
        id: 'redirect',
        label: 'Back to what matters',
        guidance:
          'Reassure them about what they may legitimately care about: you will settle and focus.',
        synonyms: ['support network', 'ready to move', 'settle in', 'focus', 'what i can say'],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'overlong-explanation',
        description:
          'Sharing more of your private life than you want to; keep it brief if you do share.',
        phrases: ['my husband', 'my wife', 'my fiancé', 'my fiance', 'we are planning'],
      },
    ],
    sampleAnswer:
      "That's kind of you to ask. I tend to keep my personal life separate from my applications, so I'd rather not go into that. What I can say is that I have a good support network, I'm ready to move for residency, and if I matched here I'd be able to settle in quickly and focus completely on training.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-children-pregnancy',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'Do you have children, or are you planning to start a family during residency?',
    alternatives: [
      "Who will look after your children when you're on call?",
      'Are you planning to get pregnant in the next few years?',
      'How will you manage night shifts with a family?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Questions about pregnancy, children or family plans are improper in hiring under equal-employment guidance and can disadvantage applicants, especially women. A calm answer that speaks to reliability rather than to your family keeps the focus where it belongs.',
    talkingPoints: [
      CALM,
      BOUNDARY,
      {
        id: 'reliability',
        label: 'Reliability',
        guidance: 'Reassure them that you understand the demands of training and will meet them.',
        synonyms: [
          'call schedule',
          'demands',
          'reliable',
          'commitments',
          'fully available',
          'arranged',
        ],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'overlong-explanation',
        description: 'Explaining family arrangements you do not have to disclose.',
        phrases: ['my kids', 'my children', 'pregnant', 'my husband', 'my wife'],
      },
    ],
    sampleAnswer:
      "I appreciate you asking, but I'd prefer to keep my family plans private. What I can tell you is that I understand the call schedule and the demands of intern year, and I've always arranged my life so that I can meet my commitments at work. I'm confident I'll be fully available and reliable as a resident here.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-age',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'How old are you?',
    alternatives: [
      'When were you born?',
      "Aren't you a bit older than most applicants?",
      'How many more years do you plan to work?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Age is a protected characteristic, and asking about it in hiring is improper. For international graduates, who are often older than US graduates, the question may hide a concern about energy or how recent your training is, which you can address without giving your age.',
    talkingPoints: [
      CALM,
      BOUNDARY,
      {
        id: 'concern',
        label: 'Address the real concern',
        guidance: 'Speak to recency of training, energy and what your experience adds.',
        synonyms: [
          'skills are current',
          'recent',
          'up to date',
          'maturity',
          'bring to your team',
          'experience',
        ],
      },
    ],
    pitfalls: [CONFRONTATION],
    sampleAnswer:
      "Thank you for asking. I'd rather keep the focus on my training than on my age, if that's all right. What I can tell you is that my clinical skills are current: I finished a hands-on externship this spring and passed Step 3 last month. My years of practice at home also give me maturity with sick patients and families, which I think I'd bring to your team.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-religion',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'What is your religion? Will you need time off for religious holidays?',
    alternatives: ['Are you religious?', 'Will fasting affect your work?', 'Do you go to church?'],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Religion is a protected characteristic, and questions about it are improper in hiring. If you do need an accommodation, that is a conversation for after the Match with the GME or human resources office, not something you must discuss at interview.',
    talkingPoints: [
      CALM,
      BOUNDARY,
      {
        id: 'reliability',
        label: 'Reliability',
        guidance: 'Reassure them that you share weekend and holiday work fairly.',
        synonyms: [
          'weekends and holidays',
          'swapping shifts',
          'count on me',
          'reliable',
          'schedules fairly',
        ],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'overlong-explanation',
        description: 'Explaining beliefs you do not have to disclose.',
        phrases: ['my religion', 'i pray', 'i fast', 'my faith'],
      },
    ],
    sampleAnswer:
      "Thank you for asking. I consider my beliefs a private matter, so I'd rather not go into them. What I can say is that I understand residency means working weekends and holidays, and I've always worked out schedules fairly with my colleagues, including swapping shifts to cover for others. You can count on me to be reliable, like any resident on the team.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-national-origin',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'Are you a US citizen? Where are your parents from?',
    alternatives: [
      'What is your nationality?',
      'Where were you born?',
      'Where is your accent from?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Questions about citizenship, nationality or ancestry are improper under equal-employment guidance; what a program may lawfully ask is whether you are authorised to work in the US or will need visa sponsorship. Answering that lawful question calmly gives the program what it needs.',
    talkingPoints: [
      CALM,
      {
        id: 'lawful',
        label: 'Answer the lawful question',
        guidance: 'State your work authorisation or the visa you will need.',
        synonyms: [
          'work authorisation',
          'work authorization',
          'authorised to work',
          'authorized to work',
          'sponsorship',
          'j-1',
          'green card',
        ],
      },
      {
        id: 'asset',
        label: 'Background as an asset, if you choose',
        guidance: 'Share as much of your background as you wish, framed as a strength.',
        synonyms: ['my background', 'languages', 'as an asset', 'connect with', 'perspective'],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'demanding-visa-talk',
        description: 'Answering the visa part as a demand.',
        phrases: ['you must sponsor', 'you have to sponsor'],
      },
    ],
    sampleAnswer:
      "I think the practical question for the program is work authorisation, so let me answer that: I'll need J-1 sponsorship through ECFMG, and I'm already ECFMG certified. Beyond that, I'm happy to talk about my background as an asset. I grew up speaking three languages, and that has helped me connect with many patients during my rotations.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-disability-health',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: 'Do you have any health problems or disabilities we should know about?',
    alternatives: [
      'Are you on any medications?',
      'Have you ever been treated for depression?',
      'Is there anything physical that would stop you doing this job?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'US disability law generally bars employers from asking about disabilities or medical history before a job offer; they may ask whether you can perform the essential duties, with or without accommodation. Knowing this helps you answer calmly and keep health information private.',
    talkingPoints: [
      CALM,
      BOUNDARY,
      {
        id: 'duties',
        label: 'Ability to do the job',
        guidance: 'Speak to your ability to perform the duties of a resident.',
        synonyms: ['able to perform', 'duties', 'overnight call', 'long shifts', 'proper process'],
      },
    ],
    pitfalls: [
      CONFRONTATION,
      {
        code: 'overlong-explanation',
        description: 'Disclosing medical details you are not required to share.',
        phrases: ['my diagnosis', 'i was treated for', 'my medication'],
      },
    ],
    sampleAnswer:
      "Thank you for checking. I'd prefer to keep my personal health information private, as most people would. What I can say with confidence is that I'm able to perform all the duties of a resident, including overnight call and long shifts, and I've done so throughout my internship and my US rotations. If that ever changed, I'd work with the GME office through the proper process.",
    star: false,
    priority: 5,
  },
  {
    id: 'improper-recording-without-notice',
    theme: 'improper-questions',
    audience: 'all',
    type: 'improper',
    prompt: "We're going to record this interview for the committee. That's fine, isn't it?",
    alternatives: [
      'Do you mind if we record this?',
      "We'll record your answers for other faculty to review.",
      'Is it all right if I start recording now?',
    ],
    competencies: ['professionalism', 'interpersonal-communication'],
    timeBand: QUICK_BAND,
    whyAsked:
      'Under the NRMP codes, a program that wants to record interviews must say so before offering the interview, let applicants opt out and obtain written consent; it may not require recording. If it comes up unannounced, you can ask how the recording will be used and decide calmly without harming rapport.',
    talkingPoints: [
      CALM,
      {
        id: 'clarify',
        label: 'Ask about use and consent',
        guidance: 'Ask how the recording will be used and stored and who will see it.',
        synonyms: [
          'how the recording',
          'used and stored',
          'who will see',
          'consent form',
          'in advance',
        ],
      },
      {
        id: 'choice',
        label: 'Your decision, politely',
        guidance: 'State your preference and that you are glad to continue either way.',
        synonyms: ['more comfortable', 'without recording', 'opt out', 'either way', 'go ahead'],
      },
    ],
    pitfalls: [CONFRONTATION],
    sampleAnswer:
      "Thank you for letting me know. Could you tell me how the recording will be used and stored, and who will see it? I wasn't told about it in advance, so I'd be more comfortable continuing without recording today, if that's possible. If the program needs it, I'd want to see the consent form first. Either way, I'm very happy to go ahead with the interview.",
    star: false,
    priority: 5,
  },
];
