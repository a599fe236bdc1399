import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkOutreach } from './check.ts';
import {
  type ComposeOutreachInput,
  composeOutreach,
  OUTREACH_CONNECTION_KINDS,
} from './compose.ts';

const FC = process.env.CI ? { seed: Number(process.env.FC_SEED ?? 42) } : {};

const AMINA: ComposeOutreachInput = {
  mentee: {
    name: 'Amina Yusuf',
    trainedAt: 'Ahmadu Bello University in Nigeria',
    applyingTo: 'internal medicine',
    matchYear: 2027,
    currentlyDoing: 'doing an observership in Houston',
  },
  mentor: { name: 'Dr. Okafor' },
  connection: {
    kind: 'their-work',
    detail: 'article on returning to clinical training after a gap.',
  },
  ask: { kind: 'call', minutes: 20, topic: 'how you chose programs to apply to' },
};

describe('composeOutreach', () => {
  it('writes three short paragraphs between a named greeting and a sign-off', () => {
    const draft = composeOutreach(AMINA);
    expect(draft.subject).toBe('A 20-minute call about how you chose programs to apply to?');
    expect(draft.text).toBe(`Dear Dr. Okafor,

My name is Amina Yusuf, and I am an international medical graduate from Ahmadu Bello University in Nigeria, applying to internal medicine for the 2027 Match. I am currently doing an observership in Houston.

I came across your article on returning to clinical training after a gap, and it stayed with me as I plan my own path.

Would you be open to a 20-minute call in the next two or three weeks? I would like to ask you about how you chose programs to apply to. I know your schedule is busy, so I am happy to work around it, and I completely understand if now is not a good time.

Thank you for your time,
Amina Yusuf`);
    const report = checkOutreach(draft.text);
    expect(report.issues).toEqual([]);
    expect(report.paragraphs).toBe(3);
  });

  it('passes the checker for every connection kind and both asks', () => {
    for (const kind of OUTREACH_CONNECTION_KINDS) {
      for (const ask of ['call', 'questions'] as const) {
        const draft = composeOutreach({
          ...AMINA,
          connection: { kind, detail: kind === 'referral' ? 'Dr. Mensah' : 'Nigeria' },
          ask: { kind: ask, topic: 'interview preparation' },
        });
        expect([kind, ask, checkOutreach(draft.text).issues]).toEqual([kind, ask, []]);
      }
    }
  });

  it('fills empty fields with placeholders and still gives a complete draft', () => {
    const draft = composeOutreach({
      mentee: { name: ' ', trainedAt: '', applyingTo: '' },
      mentor: { name: '' },
      connection: { kind: 'referral', detail: '' },
      ask: { kind: 'questions', topic: '' },
    });
    expect(draft.text).toContain("Dear [mentor's name],");
    expect(draft.text).toContain('My name is [your name]');
    expect(draft.text).toContain('[who referred you] suggested that I reach out to you.');
    expect(draft.subject).toBe('Two short questions about [your question]');
    expect(checkOutreach(draft.text).issues).toEqual([]);
  });

  it('does not hide a big ask the mentee writes into it', () => {
    const draft = composeOutreach({
      ...AMINA,
      ask: { kind: 'call', topic: 'whether you could write me a letter of recommendation' },
    });
    expect(checkOutreach(draft.text).issues.map((i) => i.code)).toEqual(['big-first-ask']);
  });

  it('passes the checker for any reasonable facts (property)', () => {
    const word = fc.constantFrom(
      'Lagos',
      'Karachi',
      'Cairo',
      'Manila',
      'Kerala',
      'pediatrics',
      'neurology',
      'Nair',
      'Okoro',
      'family',
      'medicine',
      'research',
      'interviews',
      'programs',
      'Step',
      'the',
      'Ibadan',
      'Mumbai',
      'São',
      'Paulo',
      'Ngozi',
      'Ahmed',
      'María',
      'Đặng',
    );
    const phrase = fc.array(word, { minLength: 1, maxLength: 8 }).map((w) => w.join(' '));
    const input = fc.record({
      mentee: fc.record({
        name: phrase,
        trainedAt: phrase,
        applyingTo: phrase,
        matchYear: fc.option(fc.integer({ min: 2025, max: 2035 }), { nil: undefined }),
        currentlyDoing: fc.option(phrase, { nil: undefined }),
      }),
      mentor: fc.record({ name: phrase.map((p) => `Dr. ${p}`) }),
      connection: fc.record({
        kind: fc.constantFrom(...OUTREACH_CONNECTION_KINDS),
        detail: phrase,
      }),
      ask: fc.record({
        kind: fc.constantFrom('call' as const, 'questions' as const),
        minutes: fc.option(fc.constantFrom(15 as const, 20 as const), { nil: undefined }),
        topic: phrase,
      }),
    });
    fc.assert(
      fc.property(input, (facts) => {
        expect(checkOutreach(composeOutreach(facts).text).issues).toEqual([]);
      }),
      FC,
    );
  });
});
