import { describe, expect, it } from 'vitest';
import { signUpRequestSchema } from './auth.schema.ts';
import { errorBodySchema } from './common.schema.ts';
import { createInstanceRequestSchema } from './match.schema.ts';
import { matchProblemSchema } from './match-problem.schema.ts';
import { applicantProfileInputSchema, applicantProfileSchema } from './profile.schema.ts';

const messagesByPath = (issues: readonly { path: PropertyKey[]; message: string }[]) =>
  Object.fromEntries(issues.map((issue) => [issue.path.join('.'), issue.message]));

describe('sign-up', () => {
  const valid = {
    email: '  Amina@Example.ORG ',
    password: 'correct horse battery',
    displayName: ' Amina ',
    role: 'applicant',
  };

  it('trims and lower-cases the email and trims the name', () => {
    expect(signUpRequestSchema.parse(valid)).toMatchObject({
      email: 'amina@example.org',
      displayName: 'Amina',
    });
  });

  it('rejects short passwords, bad emails and the site-admin role with human messages', () => {
    const result = signUpRequestSchema.safeParse({
      ...valid,
      email: 'not-an-email',
      password: 'short',
      role: 'site-admin',
    });
    expect(result.success).toBe(false);
    const messages = messagesByPath(result.error?.issues ?? []);
    expect(messages.email).toBe('Enter a valid email address');
    expect(messages.password).toBe('Passwords need at least 10 characters');
    expect(Object.keys(messages)).toContain('role');
  });

  it('requires an organisation name for organisation admins only', () => {
    const admin = signUpRequestSchema.safeParse({ ...valid, role: 'organisation-admin' });
    expect(messagesByPath(admin.error?.issues ?? []).organisationName).toBe(
      'Organisation admins need an organisation name',
    );
    const withOrg = { ...valid, role: 'organisation-admin', organisationName: 'IMG Bridge' };
    expect(signUpRequestSchema.safeParse(withOrg).success).toBe(true);
    expect(signUpRequestSchema.safeParse({ ...withOrg, role: 'mentor' }).success).toBe(false);
  });
});

describe('applicant profile', () => {
  it('accepts an empty profile and nulls for unanswered fields', () => {
    expect(applicantProfileInputSchema.safeParse({}).success).toBe(true);
    expect(
      applicantProfileInputSchema.safeParse({ step2Score: null, visaNeed: null }).success,
    ).toBe(true);
  });

  it('reports every out-of-range field at its path, in words', () => {
    const result = applicantProfileInputSchema.safeParse({
      graduationYear: 1959,
      step1Attempts: 7,
      step2Score: 301,
      usceMonths: 1.5,
      specialties: ['A', 'B', 'C', 'D', 'E', 'F'],
      preferredStates: ['NY', 'ZZ'],
      visaNeed: 'o1',
    });
    const messages = messagesByPath(result.error?.issues ?? []);
    expect(messages).toMatchObject({
      graduationYear: 'Graduation year must be at least 1960',
      step1Attempts: 'Step 1 attempts must be at most 6',
      step2Score: 'Step 2 CK score must be at most 300',
      usceMonths: 'US clinical experience (months) must be a whole number',
      specialties: 'Choose at most 5 specialties',
      'preferredStates.1': 'Use a two-letter US state code such as NY',
      visaNeed: 'Visa need must be one of: none, j1, h1b',
    });
  });

  it('describes the stored profile with nulls and arrays always present', () => {
    const stored = applicantProfileSchema.safeParse({ specialties: [], preferredStates: [] });
    expect(stored.success).toBe(false);
    expect(Object.keys(messagesByPath(stored.error?.issues ?? []))).toContain('countryOfTraining');
  });
});

describe('match instances', () => {
  it('accepts a small problem with a couple and a no-match entry', () => {
    const problem = {
      programs: [{ id: 'P1', capacity: 1, ranking: ['A1', 'A2'] }],
      applicants: [
        { id: 'A1', ranking: [] },
        { id: 'A2', ranking: [] },
      ],
      couples: [{ id: 'C1', members: ['A1', 'A2'], ranking: [['P1', null]] }],
    };
    expect(matchProblemSchema.parse(problem)).toEqual(problem);
  });

  it('types the problem but leaves its rules to the engine (core parseProblem)', () => {
    // A negative capacity is the engine's to report, with its path (matching/validate.test.ts).
    const ruleBreaking = { programs: [{ id: 'P1', capacity: -1, ranking: [] }], applicants: [] };
    expect(matchProblemSchema.safeParse(ruleBreaking).success).toBe(true);
    for (const notAProblem of [null, [], 'x', { programs: [] }, { programs: [], applicants: {} }]) {
      const result = matchProblemSchema.safeParse(notAProblem);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(
        'Expected a match problem: an object with "programs" and "applicants" lists',
      );
    }
    expect(matchProblemSchema.safeParse({ programs: [], applicants: [], couples: 1 }).success).toBe(
      false,
    );
  });

  it('requires a name, a known format and some content', () => {
    const result = createInstanceRequestSchema.safeParse({ name: ' ', format: 'xml', content: '' });
    expect(messagesByPath(result.error?.issues ?? [])).toEqual({
      name: 'Give the instance a name',
      format: 'Format must be json or csv',
      content: 'The instance file is empty',
    });
  });
});

describe('error body', () => {
  it('accepts only the known codes', () => {
    expect(errorBodySchema.safeParse({ error: { code: 'not-found', message: 'x' } }).success).toBe(
      true,
    );
    expect(errorBodySchema.safeParse({ error: { code: 'teapot', message: 'x' } }).success).toBe(
      false,
    );
  });
});
