import { describe, expect, it } from 'vitest';
import { checkThankYou } from './check.ts';
import {
  composeThankYou,
  PLACEHOLDERS,
  THANK_YOU_VARIANTS,
  type ThankYouInput,
} from './compose.ts';

const INTERVIEW: ThankYouInput = {
  program: 'Lakeshore Regional Medical Center',
  date: '2027-01-12',
  interviewers: ['Dr. Amara Okonkwo'],
  detail: 'the resident-run quality improvement clinic.',
  applicantName: 'Nadia Rahman',
};

describe('composeThankYou', () => {
  it('writes a short note that names the interviewer, the program, the day and the detail', () => {
    const draft = composeThankYou(INTERVIEW, { variant: 0 });
    expect(draft.subject).toBe(
      'Thank you: Lakeshore Regional Medical Center interview on January 12',
    );
    expect(draft.body).toBe(
      [
        'Dear Dr. Amara Okonkwo,',
        '',
        'Thank you for taking the time to speak with me on January 12 about Lakeshore Regional ' +
          'Medical Center. I especially enjoyed our conversation about the resident-run quality ' +
          'improvement clinic. The day left me even more interested in training at Lakeshore ' +
          'Regional Medical Center.',
        '',
        'Thank you again for your time and your advice.',
        '',
        'Best regards,',
        'Nadia Rahman',
      ].join('\n'),
    );
  });

  it('passes its own checks in every phrasing', () => {
    for (let variant = 0; variant < THANK_YOU_VARIANTS; variant++) {
      const draft = composeThankYou(INTERVIEW, { variant });
      expect(draft.variant).toBe(variant);
      expect(checkThankYou(draft.body, INTERVIEW)).toEqual([]);
      expect(checkThankYou(draft.body, { program: INTERVIEW.program })).toEqual([]);
    }
  });

  it('varies the phrasing between interviews and keeps it for the same interview', () => {
    const first = composeThankYou(INTERVIEW);
    expect(composeThankYou(INTERVIEW)).toEqual(first);
    const bodies = new Set(
      ['2027-01-12', '2027-01-13', '2027-01-14', '2027-01-15', '2027-01-18'].map((date) =>
        composeThankYou({ ...INTERVIEW, date }).body.replace(/January \d+/g, ''),
      ),
    );
    expect(bodies.size).toBeGreaterThan(1);
  });

  it('takes any integer as a variant', () => {
    expect(composeThankYou(INTERVIEW, { variant: -1 }).variant).toBe(THANK_YOU_VARIANTS - 1);
    expect(composeThankYou(INTERVIEW, { variant: THANK_YOU_VARIANTS + 2 }).variant).toBe(2);
  });

  it('greets several interviewers together', () => {
    const draft = composeThankYou({
      ...INTERVIEW,
      interviewers: ['Dr. Priya Raghunathan', ' Dr. Samuel Adeyemi ', '', 'Dr. Helen Brandt'],
    });
    expect(draft.body.split('\n')[0]).toBe(
      'Dear Dr. Priya Raghunathan, Dr. Samuel Adeyemi and Dr. Helen Brandt,',
    );
  });

  it('leaves bracketed gaps where it lacks the facts, and the checker flags them', () => {
    const draft = composeThankYou({ program: 'Cedar Grove', date: '2027-02-01' }, { variant: 0 });
    for (const gap of Object.values(PLACEHOLDERS)) expect(draft.body).toContain(gap);
    const codes = checkThankYou(draft.body, { program: 'Cedar Grove' }).map((i) => i.code);
    expect(codes).toEqual([
      'placeholder-left',
      'placeholder-left',
      'placeholder-left',
      'no-specific-detail',
    ]);
  });
});
