import type { ErrorBody, ProfileResponse } from '@matchready/contract';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, signUp, type TestApp } from './test-app.ts';

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(() => t.dispose());

describe('applicant profile', () => {
  it('is empty at first, then saved and read back by its owner only', async () => {
    const me = await signUp(t.app, 'applicant');
    const someone = await signUp(t.app, 'applicant');
    expect((await me.get('/api/profile')).body).toEqual({ profile: null });
    const saved = await me.put('/api/profile', {
      countryOfTraining: 'India',
      graduationYear: 2019,
      step2Score: 248,
      visaNeed: 'h1b',
      specialties: ['Internal Medicine'],
      preferredStates: ['NY', 'IL'],
    });
    expect(saved.status).toBe(200);
    const { profile } = saved.body as ProfileResponse;
    expect(profile).toMatchObject({
      countryOfTraining: 'India',
      graduationYear: 2019,
      step2Score: 248,
      visaNeed: 'h1b',
      step1: null,
      specialties: ['Internal Medicine'],
      preferredStates: ['NY', 'IL'],
      isDemo: false,
    });
    expect((await me.get('/api/profile')).body).toEqual({ profile });
    expect((await someone.get('/api/profile')).body).toEqual({ profile: null });
  });

  it('rejects out-of-range answers with human messages at their paths', async () => {
    const me = await signUp(t.app, 'applicant');
    const reply = await me.put('/api/profile', {
      graduationYear: 1950,
      step2Score: 0,
      preferredStates: ['XX'],
    });
    expect(reply.status).toBe(400);
    expect((reply.body as ErrorBody).error.issues?.map((i) => [i.path, i.message])).toEqual([
      [['graduationYear'], 'Graduation year must be at least 1960'],
      [['step2Score'], 'Step 2 CK score must be at least 1'],
      [['preferredStates', 0], 'Use a two-letter US state code such as NY'],
    ]);
  });

  it('belongs to applicants: mentors cannot save one and read none', async () => {
    const mentor = await signUp(t.app, 'mentor');
    const reply = await mentor.put('/api/profile', { countryOfTraining: 'Chile' });
    expect(reply.status).toBe(403);
    expect((await mentor.get('/api/profile')).body).toEqual({ profile: null });
  });
});
