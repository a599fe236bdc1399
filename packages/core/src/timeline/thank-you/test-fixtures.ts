// Labelled thank-you notes for check.test.ts: written for MatchReady, every person and program is
// fictional. `expected` lists the codes checkThankYou() must return, in its order, repeats kept.
import type { ThankYouCheckCode } from '../../vocabulary/timeline.ts';
import type { ThankYouContext } from './check.ts';

export interface LabelledNote {
  readonly id: string;
  readonly context: ThankYouContext;
  readonly note: string;
  readonly expected: readonly ThankYouCheckCode[];
}

const LAKESHORE = {
  program: 'Lakeshore Regional Medical Center',
  interviewers: ['Dr. Amara Okonkwo'],
};
const CEDAR = {
  program: 'Cedar Grove University Hospital',
  interviewers: ['Dr. Tomasz Wierzbicki'],
};
const BRIGHTWATER = { program: 'Brightwater Health', interviewers: ['Dr. Lucía Ferreira'] };
const ALDRIC = { program: 'St. Aldric Medical Center', interviewers: ['Dr. Kenji Matsuda'] };
const NORTHFIELD = {
  program: 'Northfield Community Hospital',
  interviewers: ['Dr. Priya Raghunathan', 'Dr. Samuel Adeyemi'],
};
const PINECREST = { program: 'Pinecrest University Hospital', interviewers: ['Dr. Helen Brandt'] };
const RIVERBEND = { program: 'Riverbend Health System', interviewers: ['Dr. Omar Haddad'] };
const KESTREL = { program: 'Kestrel Bay Medical Center', interviewers: ['Dr. Ingrid Solberg'] };
const WILLOWMERE = { program: 'Willowmere Hospital', interviewers: ['Dr. Rafael Ortiz'] };
const ASHFORD = { program: 'Ashford General Hospital', interviewers: ['Dr. Grace Whitfield'] };
const MARLOW = { program: 'Marlow Valley Medical Center', interviewers: ['Dr. José Núñez'] };

const LONG_MIDDLE =
  'I also wanted to tell you how much I appreciated the chance to see the wards during the ' +
  'afternoon tour, to sit in on the noon conference about sepsis bundles, and to hear the chief ' +
  'residents explain how they build the call schedule so that nobody works more than four nights ' +
  'in a row. The residents I met were candid about the hard months as well as the good ones, and ' +
  'I valued that honesty. I was also glad to learn about the research mentorship scheme that ' +
  'pairs each intern with a faculty member in their first month, the journal club that rotates ' +
  'between the three hospitals, and the wellness afternoons that are protected from pages. ' +
  'Finally, the way the program supports international graduates with their first months in a ' +
  'new country, from housing lists to a buddy system, made a real impression on me. ';

export const LABELLED_NOTES: readonly LabelledNote[] = [
  {
    id: 'clean-qi-clinic',
    context: LAKESHORE,
    note:
      'Dear Dr. Okonkwo,\n\nThank you for speaking with me on Tuesday about the internal medicine ' +
      'program at Lakeshore. I especially enjoyed hearing about the resident-run quality ' +
      'improvement clinic and how it cut readmissions for heart failure patients. I left even ' +
      'more interested in training with your team.\n\nBest regards,\nNadia Rahman',
    expected: [],
  },
  {
    id: 'clean-night-float',
    context: CEDAR,
    note:
      'Dear Dr. Wierzbicki, thank you for the conversation yesterday. Our discussion of the ' +
      'night-float system and the protected teaching half-day helped me picture intern year at ' +
      'Cedar Grove. Thank you again for your time. Kind regards, Arjun Mehta',
    expected: [],
  },
  {
    id: 'clean-ultrasound',
    context: BRIGHTWATER,
    note:
      'Dear Dr. Ferreira,\n\nI am grateful for the time you spent with me on Monday. You ' +
      'described the point-of-care ultrasound curriculum so clearly that I could imagine using ' +
      'it on my first night on call. Brightwater feels like a place where I would grow.\n\n' +
      'With best wishes,\nChiamaka Eze',
    expected: [],
  },
  {
    id: 'clean-advice-step3',
    context: ALDRIC,
    note:
      'Dear Dr. Matsuda,\nThank you for interviewing me for St. Aldric Medical Center. I ' +
      'appreciated your advice on preparing for Step 3 during residency and the story of how ' +
      'you started the sleep research group. I remain very interested in your program.\n' +
      'Sincerely,\nLeila Haddad',
    expected: [],
  },
  {
    id: 'clean-two-interviewers',
    context: NORTHFIELD,
    note:
      'Dear Dr. Raghunathan and Dr. Adeyemi,\n\nThank you both for a thoughtful afternoon at ' +
      'Northfield Community Hospital. Learning about the rural rotation in the lakeside ' +
      'clinics made the program stand out for me. I would be glad to train with you.\n\n' +
      'Best,\nYusuf Demir',
    expected: [],
  },
  {
    id: 'clean-morbidity-conference',
    context: PINECREST,
    note:
      'Dear Dr. Brandt, thank you for Thursday’s interview at Pinecrest. What you shared about ' +
      'the weekly morbidity and mortality conference, where interns present first, stayed with ' +
      'me. Warm regards, Ana Sousa',
    expected: [],
  },
  {
    id: 'clean-proud-to-join',
    context: RIVERBEND,
    note:
      'Dear Dr. Haddad, thank you for showing me the new cardiac intensive care unit at ' +
      'Riverbend. The way your fellows teach bedside echocardiography to interns is the kind of ' +
      'teaching I hope for. Riverbend is a program I would be proud to join. Best regards, Mei Lin',
    expected: [],
  },
  {
    id: 'clean-initials',
    context: KESTREL,
    note:
      'Dear Dr. Solberg, thank you for our conversation about the global health track and the ' +
      'elective in northern Norway. It was a pleasure to learn how KBMC supports residents who ' +
      'want to work abroad. Best wishes, Pedro Alves',
    expected: [],
  },
  {
    id: 'clean-detail-from-context',
    context: { ...WILLOWMERE, detail: 'the addiction medicine consult service' },
    note:
      'Dear Dr. Ortiz, thank you for a great interview at Willowmere. I enjoyed our chat about ' +
      'the addiction consult. Best, Farah Nasser',
    expected: [],
  },
  {
    id: 'clean-first-name-possessive',
    context: ASHFORD,
    note:
      'Dear Grace,\nThank you for your time on Friday. I keep thinking about your point that ' +
      'continuity clinic is where residents learn to own their patients, and Ashford’s ' +
      'four-plus-one schedule seems built for exactly that.\nBest regards,\nTomás Rivera',
    expected: [],
  },
  {
    id: 'clean-accents-folded',
    context: MARLOW,
    note:
      'Dear Dr. Nunez, thank you for walking me through the Marlow Valley stroke pathway and the ' +
      'tele-neurology night coverage. I would be excited to learn from your team. Best, Ravi Iyer',
    expected: [],
  },
  {
    id: 'clean-ranking-word-not-a-statement',
    context: CEDAR,
    note:
      'Dear Dr. Wierzbicki, thank you for explaining how the Cedar Grove hospitalist service ' +
      'splits admitting teams. I will be ranking programs over the next few weeks and will keep ' +
      'our conversation in mind. Best, Arjun Mehta',
    expected: [],
  },
  {
    id: 'clean-residents-rank-highly',
    context: PINECREST,
    note:
      'Dear Dr. Brandt, it was encouraging to hear that your residents rank the teaching ' +
      'conferences highly in their annual survey at Pinecrest. Thank you for your time. Best, Ana',
    expected: [],
  },
  {
    id: 'clean-first-generation',
    context: LAKESHORE,
    note:
      'Dear Dr. Okonkwo, I was the first person in my family to study medicine, so the ' +
      'first-generation mentoring group you described at Lakeshore meant a lot to me. Thank you ' +
      'for your time. Best, Nadia',
    expected: [],
  },
  {
    id: 'clean-top-notch',
    context: RIVERBEND,
    note:
      'Dear Dr. Haddad, your top-notch simulation centre and the monthly code-blue drills you ' +
      'mentioned were a highlight of my visit to Riverbend. Kind regards, Mei Lin',
    expected: [],
  },
  {
    id: 'clean-strong-interest',
    context: KESTREL,
    note:
      'Dear Dr. Solberg, thank you for telling me about the Arctic outreach clinic. Kestrel Bay ' +
      'is one of the programs I am most excited about, and I hope to continue the conversation. ' +
      'Best, Pedro',
    expected: [],
  },
  {
    id: 'generic-form-letter',
    context: LAKESHORE,
    note:
      'Dear Dr. Okonkwo,\nThank you so much for the opportunity to interview with Lakeshore ' +
      'yesterday. I really enjoyed meeting the residents and learning more about the program. I ' +
      'look forward to hearing from you.\nBest regards,\nNadia',
    expected: ['no-specific-detail'],
  },
  {
    id: 'rank-first',
    context: CEDAR,
    note:
      'Dear Dr. Wierzbicki, thank you for discussing the cardiology research block with me. I ' +
      'want you to know that I will be ranking Cedar Grove first. Best, Arjun',
    expected: ['ranking-statement'],
  },
  {
    id: 'you-are-my-number-one',
    context: BRIGHTWATER,
    note:
      'Dear Dr. Ferreira, thank you for describing the wellness half-days and the peer support ' +
      'rota at Brightwater. You are my #1! Best, Chiamaka',
    expected: ['ranking-statement'],
  },
  {
    id: 'my-top-choice',
    context: PINECREST,
    note:
      'Dear Dr. Brandt, thank you for telling me about the Pinecrest transplant hepatology ' +
      'elective. Pinecrest is my top choice program. Warm regards, Ana',
    expected: ['ranking-statement'],
  },
  {
    id: 'plan-to-rank-highly',
    context: ALDRIC,
    note:
      'Dear Dr. Matsuda, thank you for explaining the St. Aldric palliative care consult ' +
      'rotation. I plan to rank you highly. Sincerely, Leila',
    expected: ['ranking-statement'],
  },
  {
    id: 'top-of-my-rank-list',
    context: RIVERBEND,
    note:
      'Dear Dr. Haddad, the cardiac rehabilitation research you described was fascinating. ' +
      'Riverbend will be at the top of my rank list. Best regards, Mei Lin',
    expected: ['ranking-statement'],
  },
  {
    id: 'promise-to-accept',
    context: WILLOWMERE,
    note:
      'Dear Dr. Ortiz, thank you for explaining the Willowmere addiction consult service and its ' +
      'bridge clinic. If I match at Willowmere, I will definitely accept. Best, Farah',
    expected: ['ranking-statement'],
  },
  {
    id: 'my-number-one-no-dot',
    context: RIVERBEND,
    note:
      'Dear Dr. Haddad, the echocardiography teaching you showed me was superb, and Riverbend is ' +
      'my No. 1 program. Best, Mei',
    expected: ['ranking-statement'],
  },
  {
    id: 'number-one-choice',
    context: KESTREL,
    note:
      'Dear Dr. Solberg, hearing about the Arctic outreach clinic and the telehealth pilot made ' +
      'Kestrel Bay my number one choice. Best, Pedro',
    expected: ['ranking-statement'],
  },
  {
    id: 'asks-how-you-rank-me',
    context: NORTHFIELD,
    note:
      'Dear Dr. Adeyemi, thank you for telling me about the Northfield rural rotation and the ' +
      'lakeside clinics. Could you let me know how your program plans to rank me? Best, Yusuf',
    expected: ['asks-for-commitment'],
  },
  {
    id: 'asks-will-i-be-ranked',
    context: ASHFORD,
    note:
      'Dear Dr. Whitfield, thank you for describing the Ashford continuity clinic and its ' +
      'four-plus-one schedule. Will I be ranked to match? Best, Tomás',
    expected: ['asks-for-commitment'],
  },
  {
    id: 'asks-where-on-list',
    context: MARLOW,
    note:
      'Dear Dr. Núñez, thank you for explaining the Marlow Valley stroke pathway. I would love to ' +
      'know where I will be on your rank list. Best, Ravi',
    expected: ['asks-for-commitment'],
  },
  {
    id: 'draft-with-placeholders',
    context: LAKESHORE,
    note:
      "Dear [interviewer's name],\n\nThank you for taking the time to speak with me on January 12 " +
      'about Lakeshore Regional Medical Center. I especially enjoyed our conversation about [one ' +
      'thing you discussed]. The day left me even more interested in training at Lakeshore ' +
      'Regional Medical Center.\n\nThank you again for your time and your advice.\n\nBest ' +
      'regards,\n[your name]',
    expected: [
      'placeholder-left',
      'placeholder-left',
      'placeholder-left',
      'no-interviewer-name',
      'no-specific-detail',
    ],
  },
  {
    id: 'curly-placeholders',
    context: PINECREST,
    note:
      'Dear Dr. Brandt, thank you for the interview at Pinecrest. I enjoyed hearing about ' +
      '{{detail}}. Best, [Your Name]',
    expected: ['placeholder-left', 'placeholder-left', 'no-specific-detail'],
  },
  {
    id: 'no-interviewer-name',
    context: PINECREST,
    note:
      'Dear Program Director, thank you for explaining the Pinecrest transplant hepatology ' +
      'elective and the liver clinic. Warm regards, Ana',
    expected: ['no-interviewer-name'],
  },
  {
    id: 'no-program-name',
    context: ALDRIC,
    note:
      'Dear Dr. Matsuda, thank you for explaining the palliative care consult rotation and the ' +
      'home visits with the hospice team. Sincerely, Leila',
    expected: ['no-program-name'],
  },
  {
    id: 'wrong-program-pasted',
    context: RIVERBEND,
    note:
      'Dear Dr. Haddad, thank you for showing me the cardiac intensive care unit. I would be ' +
      'proud to train at Cedar Grove. Best, Mei',
    expected: ['no-program-name'],
  },
  {
    id: 'too-long',
    context: LAKESHORE,
    note: `Dear Dr. Okonkwo,\n\nThank you for a wonderful day at Lakeshore. ${LONG_MIDDLE}${LONG_MIDDLE}Thank you again.\n\nBest regards,\nNadia`,
    expected: ['too-long'],
  },
  {
    id: 'everything-wrong',
    context: NORTHFIELD,
    note:
      'Dear Sir or Madam, Thank you for the interview. You are my first choice and I will rank ' +
      'you first. Sincerely, Ali',
    expected: ['ranking-statement', 'no-interviewer-name', 'no-program-name', 'no-specific-detail'],
  },
  {
    id: 'ranking-and-asking',
    context: BRIGHTWATER,
    note:
      'Dear Dr. Ferreira, thank you for describing the Brightwater ultrasound curriculum. I am ' +
      'ranking you first. Please rank me highly too. Best, Chiamaka',
    expected: ['ranking-statement', 'asks-for-commitment'],
  },
  {
    id: 'first-interview-of-season',
    context: MARLOW,
    note:
      'Dear Dr. Núñez, you were my first interviewer of the season, and your explanation of the ' +
      'Marlow Valley stroke pathway set a high bar. Best, Ravi',
    expected: [],
  },
  {
    id: 'youre-my-number-one',
    context: WILLOWMERE,
    note:
      'Dear Dr. Ortiz, the bridge clinic you described at Willowmere is exactly the work I want ' +
      'to do. You’re my number one. Best, Farah',
    expected: ['ranking-statement'],
  },
  {
    id: 'plan-on-ranking-very-highly',
    context: ASHFORD,
    note:
      'Dear Dr. Whitfield, thank you for explaining the Ashford continuity clinic. I plan on ' +
      'ranking Ashford very highly. Best, Tomás',
    expected: ['ranking-statement'],
  },
  {
    id: 'asks-if-ranked-to-match',
    context: KESTREL,
    note:
      'Dear Dr. Solberg, thank you for describing the Kestrel Bay telehealth pilot. Please let me ' +
      'know if I am ranked to match. Best, Pedro',
    expected: ['asks-for-commitment'],
  },
];
