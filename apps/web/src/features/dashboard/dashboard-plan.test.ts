import { describe, expect, it } from 'vitest';
import { DASHBOARD_CARDS, PROFILE_ENOUGH, recommendedStep } from './dashboard-plan.ts';

describe('recommendedStep', () => {
  it('sends an applicant to the profile, then the program list, then practice', () => {
    const applicant = { role: 'applicant' as const, savedPrograms: 0 };
    expect(recommendedStep({ ...applicant, profileCompleteness: 0 })?.to).toBe('/profile');
    expect(recommendedStep({ ...applicant, profileCompleteness: PROFILE_ENOUGH - 1 })?.to).toBe(
      '/profile',
    );
    expect(recommendedStep({ ...applicant, profileCompleteness: PROFILE_ENOUGH })?.to).toBe(
      '/programs',
    );
    expect(recommendedStep({ ...applicant, profileCompleteness: 100, savedPrograms: 4 })?.to).toBe(
      '/interview',
    );
  });

  it('waits for what it depends on instead of guessing', () => {
    expect(recommendedStep({ role: 'applicant', savedPrograms: 0 })).toBeNull();
    expect(recommendedStep({ role: 'mentor', hasMentorProfile: true })).toBeNull();
  });

  it('sends a mentor to the profile first, then to waiting requests (counted), then mentees', () => {
    expect(
      recommendedStep({ role: 'mentor', hasMentorProfile: false, pendingRequests: 2 })?.to,
    ).toBe('/mentors?tab=profile');
    const waiting = recommendedStep({ role: 'mentor', hasMentorProfile: true, pendingRequests: 1 });
    expect(waiting).toMatchObject({
      to: '/mentors?tab=requests',
      title: 'Answer 1 mentorship request',
    });
    expect(
      recommendedStep({ role: 'mentor', hasMentorProfile: true, pendingRequests: 3 })?.title,
    ).toBe('Answer 3 mentorship requests');
    expect(
      recommendedStep({ role: 'mentor', hasMentorProfile: true, pendingRequests: 0 })?.to,
    ).toBe('/mentors?tab=mentees');
  });

  it('sends organisation admins to their mentorship programs', () => {
    expect(recommendedStep({ role: 'organisation-admin' })?.to).toBe('/mentorship-programs');
  });
});

describe('DASHBOARD_CARDS', () => {
  it('never shows the applicant path to mentors or organisations, and puts the match lab last', () => {
    for (const role of ['mentor', 'organisation-admin', 'site-admin'] as const) {
      expect(DASHBOARD_CARDS[role]).not.toContain('mentors');
      expect(DASHBOARD_CARDS[role]).not.toContain('profile');
    }
    for (const cards of Object.values(DASHBOARD_CARDS)) expect(cards.at(-1)).toBe('match-lab');
  });
});
