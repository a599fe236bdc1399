// The analyser against the real question bank (../bank/): stable ids, their talking points,
// pitfalls and sample answers.
import { describe, expect, it } from 'vitest';
import type { InterviewQuestion, RedFlagCode } from '../../vocabulary/interview.ts';
import { findQuestion, QUESTION_BANK } from '../bank/index.ts';
import { analyseAnswer } from './report.ts';

function question(id: string): InterviewQuestion {
  const found = findQuestion(id);
  if (found === undefined) throw new Error(`bank question ${id} is missing`);
  return found;
}

const codes = (id: string, answer: string, speakingSeconds?: number): RedFlagCode[] =>
  analyseAnswer({ question: question(id), answer, speakingSeconds }).redFlags.map((f) => f.code);

function evidenceOf(id: string, answer: string, code: RedFlagCode): string | null | undefined {
  return analyseAnswer({ question: question(id), answer }).redFlags.find((f) => f.code === code)
    ?.evidence;
}

/** Each covers the whole bank (~100 analyses); generous for two shared cores under load. */
const WHOLE_BANK = 30_000;

describe('every bank sample answer', () => {
  it(
    'raises no red flag except "sounds memorised" when read back verbatim',
    () => {
      const problems = QUESTION_BANK.flatMap((q) => {
        const flags = analyseAnswer({ question: q, answer: q.sampleAnswer }).redFlags.map(
          (f) => f.code,
        );
        const unexpected = flags.filter((code) => code !== 'sounds-memorised');
        const memorised = flags.includes('sounds-memorised');
        return unexpected.length > 0 || !memorised ? [`${q.id}: ${flags.join(', ')}`] : [];
      });
      expect(problems).toEqual([]);
    },
    WHOLE_BANK,
  );

  it(
    'covers every talking point of its question, each with a quoted sentence',
    () => {
      const uncovered = QUESTION_BANK.flatMap((q) =>
        analyseAnswer({ question: q, answer: q.sampleAnswer })
          .talkingPoints.filter((p) => !p.covered || p.evidence === null)
          .map((p) => `${q.id}/${p.id}`),
      );
      expect(uncovered).toEqual([]);
    },
    WHOLE_BANK,
  );
});

describe('img-why-us', () => {
  const good =
    'I want residency in the US because I learn best with structured supervision and daily feedback. In Lahore I am proud of how our emergency team handled mass casualties with very few resources, and it taught me calm triage. During my externship in Cleveland in 2023, I presented patients every morning and received written feedback on each note. My long-term goal is a career in pulmonology, and I hope to build a training link with my medical school.';

  it('a specific, respectful answer covers the points and raises nothing', () => {
    const report = analyseAnswer({ question: question('img-why-us'), answer: good });
    expect(report.redFlags).toEqual([]);
    expect(report.talkingPoints.every((p) => p.covered)).toBe(true);
  });

  it('flags criticism of home, money and over-praise of the US', () => {
    const bad =
      'Back home nothing works and the hospitals are useless. I also want to make more money. The US is the best in the world.';
    expect(codes('img-why-us', bad)).toEqual(
      expect.arrayContaining(['criticises-home-country', 'money-or-prestige', 'overpraises-us']),
    );
    expect(evidenceOf('img-why-us', bad, 'criticises-home-country')).toBe(
      'Back home nothing works and the hospitals are useless.',
    );
    expect(evidenceOf('img-why-us', bad, 'money-or-prestige')).toBe(
      'I also want to make more money.',
    );
  });

  it('does not count criticism of home as respect for the home system', () => {
    const bad = 'Back home nothing works and the hospitals are useless. My country is corrupt.';
    const report = analyseAnswer({ question: question('img-why-us'), answer: bad });
    const respect = report.talkingPoints.find((p) => p.id === 'respect-home');
    expect(respect?.covered).toBe(false);
    expect(report.redFlags.map((f) => f.code)).toContain('criticises-home-country');
  });

  it('flags a partner as the opening motive', () => {
    const bad =
      'I mainly want to follow my husband, who works in Dallas. I also like the training.';
    expect(evidenceOf('img-why-us', bad, 'personal-reason-as-main-motive')).toBe(
      'I mainly want to follow my husband, who works in Dallas.',
    );
  });
});

describe('img-why-abroad', () => {
  it('flags blaming admissions as unfair', () => {
    const bad =
      'US admissions were rigged against me, so I went to a Caribbean school. I passed Step 1.';
    expect(evidenceOf('img-why-abroad', bad, 'excuse-for-scores')).toBe(
      'US admissions were rigged against me, so I went to a Caribbean school.',
    );
  });
});

describe('img-home-health-system', () => {
  it('a fair comparison raises nothing', () => {
    const good =
      'In Egypt the government runs public hospitals where care is cheap, while private clinics charge fees. Community health workers reach villages well. Compared with the US, there is less imaging, whereas the US has more specialists but higher costs. I learned to ask about cost early.';
    expect(codes('img-home-health-system', good)).toEqual([]);
  });

  it('flags contempt for the home system', () => {
    const bad = 'Honestly my country is a third world mess and the system is primitive.';
    expect(
      evidenceOf('img-home-health-system', `${bad} The US is better.`, 'criticises-home-country'),
    ).toBe(bad);
  });
});

describe('img-visa-status', () => {
  it('a calm 30-second answer raises nothing and names the status', () => {
    const good =
      'I will need a J-1 visa, which ECFMG sponsors, and I am ECFMG certified. I am flexible and happy with whichever visa your program supports.';
    const report = analyseAnswer({ question: question('img-visa-status'), answer: good });
    expect(report.redFlags).toEqual([]);
    expect(report.talkingPoints.find((p) => p.id === 'status')?.covered).toBe(true);
  });

  it('flags demands; a missing status is a missing talking point, not a demand (issue 13)', () => {
    expect(
      evidenceOf('img-visa-status', 'You have to sponsor my H-1B. Thanks.', 'demanding-visa-talk'),
    ).toBe('You have to sponsor my H-1B.');
    const vague = 'I will sort the paperwork out after the match.';
    expect(codes('img-visa-status', vague)).not.toContain('demanding-visa-talk');
    const report = analyseAnswer({ question: question('img-visa-status'), answer: vague });
    expect(report.talkingPoints.find((p) => p.id === 'status')?.covered).toBe(false);
  });
});

describe('why-this-program', () => {
  it('flags generic praise with the question pitfall phrase', () => {
    const bad = 'You have a great reputation and excellent training.';
    const report = analyseAnswer({
      question: question('why-this-program'),
      answer: `${bad} I would fit well.`,
    });
    const hit = report.redFlags.find((f) => f.code === 'generic-answer');
    expect(hit?.evidence).toBe(bad);
  });

  it('reports program-profile keywords mentioned and missing', () => {
    const answer =
      'Your immigrant health track and the refugee clinic fit my work in a hypertension clinic in Enugu. I spoke with two residents about the block schedule.';
    const report = analyseAnswer({
      question: question('why-this-program'),
      answer,
      programKeywords: ['immigrant health track', 'refugee clinic', 'global health'],
    });
    expect(report.programFit).toEqual({
      mentioned: ['immigrant health track', 'refugee clinic'],
      missing: ['global health'],
    });
    expect(report.redFlags.map((f) => f.code)).not.toContain('generic-answer');
  });
});

describe('img-low-score-or-gap', () => {
  const good =
    'My Step 2 CK score of 219 is lower than I wanted, and that was my responsibility: I relied on reading instead of timed practice. Since then I changed my approach, and I passed Step 3 on my first attempt. Today I feel ready for residency.';

  it('an owned, brief answer raises nothing and covers the core points', () => {
    const report = analyseAnswer({ question: question('img-low-score-or-gap'), answer: good });
    expect(report.redFlags).toEqual([]);
    expect(report.talkingPoints.filter((p) => !p.optional).every((p) => p.covered)).toBe(true);
    expect(report.checklist.missingCoreTalkingPoints).toBe(0);
  });

  it('flags excuses, evasion and an overlong explanation', () => {
    const excuse = 'The exam was unfair and it was not my fault.';
    expect(evidenceOf('img-low-score-or-gap', `${excuse} Anyway.`, 'excuse-for-scores')).toBe(
      excuse,
    );
    const evasive = 'I am a dedicated and hard-working person.';
    expect(
      evidenceOf('img-low-score-or-gap', `${evasive} I love medicine.`, 'evasive-about-weakness'),
    ).toBe(evasive);
    const long = `${good} ${'My family situation at the time was complicated for many reasons. '.repeat(14)}`;
    expect(codes('img-low-score-or-gap', long)).toContain('overlong-explanation');
  });
});
