// What each red-flag check looks for and the advice shown with it. docs/interview-red-flags.md is
// generated from this table (renderRedFlagDocs), so the documentation cannot drift from the code.
import type { RedFlagCode } from '../../vocabulary/interview.ts';

export interface RedFlagDoc {
  /** Short name shown in the report. */
  readonly title: string;
  /** What makes the analyser raise it. */
  readonly trigger: string;
  /** An answer sentence that raises it. */
  readonly example: string;
  /** What to try instead; phrased about the answer, never about the person. */
  readonly advice: string;
}

export const RED_FLAG_DOCS: Readonly<Record<RedFlagCode, RedFlagDoc>> = {
  'criticises-home-country': {
    title: 'Criticism of the home country or its health system',
    trigger:
      'A sentence about home ("back home", "my country", a country name) that is clearly negative (sentence sentiment ≤ −0.5 by default, unless it states hard conditions such as shortages, a crisis or a disease as facts), uses a harsh word (useless, broken, a disgrace…), or denies a virtue ("doctors are not respected"); or a sweeping pejorative (corrupt, backward, third world…) next to a system word (system, government, hospitals…). A negated word ("I am not saying it is corrupt") and a harsh word nearer to a disease or disaster than to the system ("malaria is a terrible problem in my country") do not count.',
    example: 'The health system back home is corrupt and useless.',
    advice:
      'Describe constraints factually and say what they taught you ("with limited imaging, I learned to rely on a careful examination"). Interviewers hear sweeping criticism as a sign of how you may speak about their hospital.',
  },
  'overpraises-us': {
    title: 'Over-praise of the US',
    trigger:
      'Superlatives such as "best in the world", "land of opportunity", "American dream", "everything there is perfect", a superlative with a world scope ("the best healthcare system in the world") about the US or a system other than home, or a comparative ("far better than", "superior to") in a sentence that mentions the US or America. Not when negated ("I do not think the US system is perfect").',
    example: 'The US has the best healthcare in the world and everything is better here.',
    advice:
      'Name the specific features you want to train in (structured feedback, subspecialty exposure, research time) instead of ranking countries.',
  },
  'money-or-prestige': {
    title: 'Money, lifestyle or prestige as the motive',
    trigger:
      'On motivation, IMG and narrative questions: salary, pay, money, income, lifestyle, prestigious, top-ranked… (not in sentences about what patients pay); or "better opportunities" as the core of a short or unspecific answer.',
    example:
      'I want to train in the US because the salary is much higher and the programs are prestigious.',
    advice:
      'Lead with what you want to learn and for whom (patients, clinical skills, research), backed by an experience. If "opportunities" is part of it, say which ones.',
  },
  'personal-reason-as-main-motive': {
    title: 'A personal reason as the main motive',
    trigger:
      'On motivation and IMG questions (not visa questions): a partner or family reason (my husband, my wife, my family lives here, green card…) in the opening sentences.',
    example: 'I am applying here mainly because my husband lives in Chicago.',
    advice:
      'Open with your professional reasons; a family tie to the area can come later as a reason you will stay and thrive.',
  },
  'blames-others': {
    title: 'Blaming supervisors or colleagues',
    trigger:
      'A sentence naming a person (attending, supervisor, colleague, nurse, they…) with a judging or blaming phrase (rude, incompetent, "never helped me", "not my fault", "because of them"…) or, for a named role, a clearly negative sentence (sentiment ≤ −0.5 by default) that is not about a patient or family, not a statement of hard conditions and has no “I” acting in it.',
    example: 'My attending was rude and incompetent and never helped me.',
    advice:
      'Describe the behaviour neutrally, then focus on what you did and what you would do again. Programs listen for how you will talk about their team.',
  },
  'excuse-for-scores': {
    title: 'An excuse for a score or failure',
    trigger:
      'An excuse (unfair, bad luck, "not my fault", "the exam was…", "nobody told me") in a sentence about an exam or score, or anywhere in a red-flag answer, when the answer never says what you learned or changed.',
    example: 'I failed Step 1 because the exam was unfair and I had bad luck.',
    advice:
      'Acknowledge the result in one sentence, own your part, say what you changed (with evidence such as a later score), then pivot forward.',
  },
  'evasive-about-weakness': {
    title: 'The issue is not addressed',
    trigger:
      'A red-flag question (exam failure, gap, low score) answered without naming the issue: none of fail, attempt, score, gap, time off, graduation… nor the content words of the question.',
    example: 'I am a hard-working person and I love medicine very much.',
    advice:
      'Name the issue plainly in the first sentence ("I failed Step 1 on my first attempt in 2021"); interviewers trust an answer that faces it.',
  },
  'generic-answer': {
    title: 'A generic answer',
    trigger:
      'No numbers, names, dates or concrete examples in an answer of 40 words or more; on "why this program" questions, no program name, place or program-profile keyword.',
    example: 'I like your program because it has a great reputation and excellent training.',
    advice:
      'Add one concrete detail: a patient (anonymised), a place, a number, or a named feature of the program and why it matters to you.',
  },
  'we-instead-of-i': {
    title: '"We" instead of "I" in the actions',
    trigger: 'In sentences that describe actions, we/us/our outnumber I/me/my (at least twice).',
    example: 'We called the family, we arranged the transfer and we updated the team.',
    advice:
      'Keep the team in the story, but say what you did yourself: "I called the family and arranged the transfer."',
  },
  'demanding-visa-talk': {
    title: 'Demanding visa talk',
    trigger:
      'Demanding phrasing ("you must sponsor", "I require", "I will only…"), not negated. An answer that leaves the visa status out is not a demand: it misses the "status" talking point instead.',
    example: 'You must sponsor my H-1B or I will not come.',
    advice:
      'State your status and plan calmly in about 30 seconds: "I will need a J-1 visa sponsored through ECFMG, which your program already offers."',
  },
  'solicits-rank-information': {
    title: 'Asking how the program will rank you',
    trigger:
      'Phrases asking about ranking or chances: "how will you rank me", "where do I stand", "will I match here"…',
    example: 'Could you tell me how you will rank me?',
    advice:
      'The NRMP codes of conduct bar soliciting ranking information. Express your own interest instead, and ask about the program.',
  },
  'sounds-memorised': {
    title: 'Close to the sample answer',
    trigger:
      'More than 40% of the answer’s five-word sequences also occur in the question’s sample answer.',
    example: '(an answer that repeats the sample answer nearly word for word)',
    advice:
      'Keep the structure of the sample, but tell it with your own story, words and details so it sounds like you.',
  },
  'overlong-explanation': {
    title: 'A long explanation of a red flag',
    trigger:
      'A red-flag answer longer than 90 seconds (measured, or estimated at 130 words per minute), or the question’s own upper time limit if that is longer.',
    example: '(a five-minute account of every circumstance around an exam attempt)',
    advice:
      'Aim for 45–90 seconds: acknowledge, own, show what changed, and move on to what you offer now.',
  },
};

/**
 * Severity order, most serious first: what an interviewer is most likely to hold against the
 * applicant (attitude, honesty, professionalism) before form (specificity, delivery). Priorities
 * and the report list follow this order.
 */
export const RED_FLAG_SEVERITY: readonly RedFlagCode[] = [
  'criticises-home-country',
  'blames-others',
  'excuse-for-scores',
  'evasive-about-weakness',
  'solicits-rank-information',
  'demanding-visa-talk',
  'money-or-prestige',
  'personal-reason-as-main-motive',
  'overpraises-us',
  'overlong-explanation',
  'generic-answer',
  'we-instead-of-i',
  'sounds-memorised',
];

/** The markdown of docs/interview-red-flags.md. */
export function renderRedFlagDocs(): string {
  const lines = [
    '# Interview red-flag checks',
    '',
    '<!-- Generated from packages/core/src/interview/analyse/red-flag-docs.ts by',
    '     `node --import tsx scripts/interview-red-flags-doc.ts` (add `--check` to verify). Do not edit by hand. -->',
    '',
    'The offline answer analyser (`analyseAnswer`, `@matchready/core/interview`) raises these checks',
    'as **"check this"** notes with the sentence that triggered them, never as verdicts. A bank',
    'question can add its own phrases for any code through its `pitfalls`. Thresholds are defaults',
    'and can be overridden (`DEFAULT_THRESHOLDS`).',
    '',
    'The report leads with one or two priorities, chosen in this order: red flags (most serious',
    'first, as listed below), missing talking points, STAR gaps (no situation, no result), time',
    'band, red then amber pace and fillers, hedging, repeated words. With nothing to work on, it',
    'shows one positive note.',
    '',
  ];
  for (const code of RED_FLAG_SEVERITY) {
    const doc = RED_FLAG_DOCS[code];
    lines.push(
      `## \`${code}\`: ${doc.title}`,
      '',
      `- **Trigger:** ${doc.trigger}`,
      `- **Example:** ${doc.example}`,
      `- **Advice shown:** ${doc.advice}`,
      '',
    );
  }
  return lines.join('\n');
}
