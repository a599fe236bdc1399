import { describe, expect, it } from 'vitest';
import type { InterviewQuestion, RedFlagCode } from '../../vocabulary/interview.ts';
import { RED_FLAG_CODES } from '../../vocabulary/interview.ts';
import { RED_FLAG_DOCS, RED_FLAG_SEVERITY, renderRedFlagDocs } from './red-flag-docs.ts';
import { analyseAnswer } from './report.ts';
import {
  CONFLICT,
  GOOD_ANSWERS,
  LOW_SCORE,
  QUESTIONS_FOR_US,
  VISA,
  WHY_PROGRAM,
  WHY_US,
} from './test-fixtures.ts';

const flagsOf = (question: InterviewQuestion, answer: string, speakingSeconds?: number) =>
  analyseAnswer({ question, answer, speakingSeconds }).redFlags;

/** Asserts the code is raised and its evidence is exactly the offending sentence. */
function expectFlag(
  question: InterviewQuestion,
  answer: string,
  code: RedFlagCode,
  sentence: string,
  speakingSeconds?: number,
): void {
  const hit = flagsOf(question, answer, speakingSeconds).find((flag) => flag.code === code);
  expect(hit, `${code} not raised`).toBeDefined();
  expect(hit?.evidence).toBe(sentence);
  expect(answer).toContain(sentence);
  // The title is the heading; the message never repeats it.
  expect(hit?.message).not.toContain(RED_FLAG_DOCS[code].title);
  expect(hit?.message).toContain(RED_FLAG_DOCS[code].advice);
  expect(hit?.message).not.toMatch(/[.!?]”\./);
}

describe('good answers', () => {
  const cases = GOOD_ANSWERS.map(([question, answer]) => [question.id, question, answer] as const);
  it.each(cases)('%s: no red flags', (_id, question, answer) => {
    expect(flagsOf(question, answer)).toEqual([]);
  });
});

describe('red flags', () => {
  it('criticises-home-country: sweeping pejoratives about the system back home', () => {
    const bad = 'The health system back home is corrupt and useless.';
    expectFlag(
      WHY_US,
      `I trained in Lagos for six years. ${bad} I want to work well.`,
      'criticises-home-country',
      bad,
    );
  });

  it('criticises-home-country: a clearly negative sentence about "my country"', () => {
    const bad = 'In my country the hospitals are terrible and the doctors are lazy.';
    expectFlag(WHY_US, `${bad} I did an observership in Boston.`, 'criticises-home-country', bad);
  });

  it('overpraises-us: superlatives and comparatives about the US', () => {
    const bad = 'The US has the best healthcare in the world.';
    expectFlag(WHY_US, `${bad} I did an observership in Boston in 2022.`, 'overpraises-us', bad);
    const comparative = 'Training in America is far better than anywhere else.';
    expectFlag(WHY_US, `I trained in Lagos. ${comparative}`, 'overpraises-us', comparative);
  });

  it('money-or-prestige: salary and prestige, or "better opportunities" as the whole answer', () => {
    const bad = 'Honestly the salary is much higher and the programs are prestigious.';
    expectFlag(WHY_US, `${bad} I did an externship in Ohio in 2023.`, 'money-or-prestige', bad);
    const thin = 'I want better opportunities.';
    expectFlag(WHY_US, `${thin} That is the main reason.`, 'money-or-prestige', thin);
  });

  it('money-or-prestige: not raised for "pay attention" or in a behavioural answer about a patient', () => {
    expect(flagsOf(WHY_US, 'I pay attention to feedback from my observership in Boston.')).toEqual(
      [],
    );
    const codes = flagsOf(
      CONFLICT,
      'During my rotation in 2022 the patient could not pay for insulin, so I called the social worker and she found a program. As a result, he got his insulin.',
    ).map((f) => f.code);
    expect(codes).not.toContain('money-or-prestige');
  });

  it('personal-reason-as-main-motive: partner or family in the opening sentences', () => {
    const bad = 'My husband lives in Texas, so I want to move there.';
    expectFlag(
      WHY_US,
      `${bad} I did an observership in Houston in 2022.`,
      'personal-reason-as-main-motive',
      bad,
    );
  });

  it('blames-others: judging a supervisor', () => {
    const bad = 'My attending was rude and incompetent and never helped me.';
    expectFlag(
      CONFLICT,
      `During my internship in 2022 I was on nights. ${bad} The patient recovered.`,
      'blames-others',
      bad,
    );
  });

  it('blames-others: not raised for a neutral account of a disagreement', () => {
    const answer =
      'The attending was wrong about the dose, but I raised my concern respectfully and we agreed.';
    expect(flagsOf(CONFLICT, answer).map((f) => f.code)).not.toContain('blames-others');
  });

  it('excuse-for-scores: unfair, bad luck, not my fault, with no learning', () => {
    const bad = 'I failed Step 1 in 2021 because the exam was unfair and I had bad luck.';
    expectFlag(LOW_SCORE, `${bad} It was not my fault.`, 'excuse-for-scores', bad);
  });

  it('excuse-for-scores: not raised when the answer owns the result and says what changed', () => {
    const answer =
      'I failed Step 1 in 2021; the exam was hard, but I underestimated it. Since then I passed Step 2 CK with 248.';
    expect(flagsOf(LOW_SCORE, answer).map((f) => f.code)).not.toContain('excuse-for-scores');
  });

  it('evasive-about-weakness: a red-flag question answered without naming the issue', () => {
    const first = 'I am a very hard-working person and I love medicine deeply.';
    expectFlag(
      LOW_SCORE,
      `${first} My teachers always praised my dedication.`,
      'evasive-about-weakness',
      first,
    );
  });

  it('generic-answer: no numbers, names or examples', () => {
    const first =
      'I think the training here is good and I have always wanted to help people and learn from a team.';
    const answer = `${first} I am passionate about giving the best care that I can give to every person who comes through the door of the hospital.`;
    expectFlag(WHY_US, answer, 'generic-answer', first);
  });

  it('generic-answer: "why this program" without a name, place or profile keyword', () => {
    const bad = 'I like your program because it has a great reputation and excellent training.';
    expectFlag(WHY_PROGRAM, `${bad} The residents seem happy.`, 'generic-answer', bad);
    const withKeyword = analyseAnswer({
      question: WHY_PROGRAM,
      answer: `${bad} I especially want the global health track.`,
      programKeywords: ['global health track', 'Bronx'],
    });
    expect(withKeyword.redFlags.map((f) => f.code)).not.toContain('generic-answer');
    expect(withKeyword.programFit).toEqual({
      mentioned: ['global health track'],
      missing: ['bronx'],
    });
  });

  it('we-instead-of-i: "we" outnumbers "I" where actions are described', () => {
    const bad = 'We talked to the nurse, we reviewed the chart and we agreed on a plan.';
    const answer = `During my rotation in 2022 there was a disagreement on the ward. ${bad} We then called the family. In the end the patient was safe.`;
    expectFlag(CONFLICT, answer, 'we-instead-of-i', bad);
  });

  it('demanding-visa-talk: demanding phrasing', () => {
    const bad = 'You must sponsor my H-1B visa or I will not come.';
    expectFlag(VISA, `${bad} Thank you.`, 'demanding-visa-talk', bad);
  });

  it('demanding-visa-talk: not raised for a visa answer that only leaves the status out', () => {
    const answer = 'I am hoping to sort that out later once I match. It should be fine.';
    expect(flagsOf(VISA, answer).map((f) => f.code)).not.toContain('demanding-visa-talk');
  });

  it('solicits-rank-information: asking how the program will rank you', () => {
    const bad = 'Could you tell me how you will rank me?';
    expectFlag(QUESTIONS_FOR_US, `${bad} I enjoyed the day.`, 'solicits-rank-information', bad);
  });

  it('sounds-memorised: near-verbatim to the sample answer', () => {
    const first = WHY_US.sampleAnswer.split('. ')[0] as string;
    const report = analyseAnswer({ question: WHY_US, answer: WHY_US.sampleAnswer });
    const hit = report.redFlags.find((f) => f.code === 'sounds-memorised');
    expect(hit?.evidence).toBe(`${first}.`);
    expect(hit?.message).toMatch(/^\d+% of the answer/);
  });

  it('overlong-explanation: a red-flag explanation beyond 90 s quotes where it passes the limit', () => {
    const opening = 'I failed Step 1 in 2021 and since then I changed how I study.';
    const week = (n: number) =>
      `Week ${n} brought long shifts at the clinic near home and my family needed support.`;
    const answer = [opening, ...Array.from({ length: 12 }, (_, k) => week(k + 1))].join(' ');
    // By hand: 14 + 12 × 15 = 194 words in 120 s → 0.6186 s per word. After the opening and
    // k weeks: 8.66 + 9.28k s, which first exceeds 90 s at k = 9.
    const report = analyseAnswer({ question: LOW_SCORE, answer, speakingSeconds: 120 });
    const hit = report.redFlags.find((f) => f.code === 'overlong-explanation');
    expect(report.wordCount).toBe(194);
    expect(hit?.evidence).toBe(week(9));
    expect(hit?.message).toContain('about 120 s (limit 90 s)');
  });

  it("raises a question's own pitfall phrases with the question's guidance", () => {
    const bad = 'I also want to earn in dollars.';
    const hit = flagsOf(WHY_US, `I did an observership in Boston in 2022. ${bad}`).find(
      (flag) => flag.code === 'money-or-prestige',
    );
    expect(hit?.source).toBe('question');
    expect(hit?.evidence).toBe(bad);
    expect(hit?.message).toContain('Earning potential as the reason.');
  });
});

describe('RED_FLAG_DOCS', () => {
  it('documents every red-flag code with a title, trigger, example and advice', () => {
    for (const code of RED_FLAG_CODES) {
      const doc = RED_FLAG_DOCS[code];
      expect(doc.title.length, code).toBeGreaterThan(0);
      expect(doc.trigger.length, code).toBeGreaterThan(0);
      expect(doc.example.length, code).toBeGreaterThan(0);
      expect(doc.advice.length, code).toBeGreaterThan(0);
    }
    expect(Object.keys(RED_FLAG_DOCS).sort()).toEqual([...RED_FLAG_CODES].sort());
  });

  it('orders every code exactly once by severity (the report and priorities follow it)', () => {
    expect([...RED_FLAG_SEVERITY].sort()).toEqual([...RED_FLAG_CODES].sort());
    expect(new Set(RED_FLAG_SEVERITY).size).toBe(RED_FLAG_CODES.length);
  });

  it('renders a markdown section per code', () => {
    const markdown = renderRedFlagDocs();
    for (const code of RED_FLAG_CODES) {
      expect(markdown).toContain(`## \`${code}\`: ${RED_FLAG_DOCS[code].title}`);
      expect(markdown).toContain(RED_FLAG_DOCS[code].advice);
    }
  });

  it('each documented example sentence (where it is a sentence) trips its own check', () => {
    const byCode: Partial<Record<RedFlagCode, InterviewQuestion>> = {
      'criticises-home-country': WHY_US,
      'overpraises-us': WHY_US,
      'money-or-prestige': WHY_US,
      'personal-reason-as-main-motive': WHY_US,
      'blames-others': CONFLICT,
      'excuse-for-scores': LOW_SCORE,
      'evasive-about-weakness': LOW_SCORE,
      'generic-answer': WHY_PROGRAM,
      'we-instead-of-i': CONFLICT,
      'demanding-visa-talk': VISA,
      'solicits-rank-information': QUESTIONS_FOR_US,
    };
    for (const [code, question] of Object.entries(byCode) as [RedFlagCode, InterviewQuestion][]) {
      const example = RED_FLAG_DOCS[code].example;
      expect(
        flagsOf(question, example).map((f) => f.code),
        code,
      ).toContain(code);
    }
  });
});
