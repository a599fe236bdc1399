import { describe, expect, it } from 'vitest';
import type { Milestone } from '../vocabulary/timeline.ts';
import { pickNextSteps } from './next-steps.ts';
import { planTimeline } from './plan.ts';
import { timelineProfileFrom } from './profile.ts';

const TODAY = '2027-02-20';

const milestone = (id: string, due: string, over: Partial<Milestone> = {}): Milestone => ({
  id,
  title: id,
  due,
  status: 'upcoming',
  kind: 'action',
  category: 'task',
  dependsOn: [],
  source: null,
  derived: false,
  rule: null,
  detail: '',
  ...over,
});

describe('pickNextSteps', () => {
  it('ranks late and due-today first, then 1–2 days, mentorship, 3–7 days, practice', () => {
    const steps = pickNextSteps({
      today: TODAY,
      limit: 10,
      milestones: [
        milestone('in-5-days', '2027-02-25'),
        milestone('tomorrow', '2027-02-21'),
        milestone('late-3', '2027-02-17', { status: 'late' }),
        milestone('today', '2027-02-20', { status: 'due-soon' }),
        milestone('in-10-days', '2027-03-02'),
        milestone('event-in-3', '2027-02-23', { kind: 'event' }),
        milestone('in-40-days', '2027-04-01'),
      ],
      duePracticeCount: 4,
      overdueMentorship: [{ id: 'm1', title: 'Meet Dr. Solberg', due: '2027-02-10' }],
    });
    expect(steps.map((s) => [s.id, s.reason])).toEqual([
      ['late-3', 'late'],
      ['today', 'due-today'],
      ['tomorrow', 'due-soon'],
      ['m1', 'mentorship-overdue'],
      ['in-5-days', 'due-soon'],
      ['practice', 'practice-due'],
      ['event-in-3', 'coming-up'],
      ['in-10-days', 'due-soon'],
      ['in-40-days', 'upcoming'],
    ]);
    expect(steps.map((s) => s.message)).toEqual([
      'late-3: 3 days overdue (due 17 February).',
      'today: due today.',
      'tomorrow: due tomorrow (21 February).',
      'Meet Dr. Solberg: overdue by 10 days (10 February).',
      'in-5-days: due in 5 days (25 February).',
      '4 practice questions due for review.',
      'event-in-3: in 3 days (23 February).',
      'in-10-days: due in 10 days (2 March).',
      'in-40-days: due 1 April, in 40 days.',
    ]);
  });

  it('returns three by default and puts critical milestones first within a tier', () => {
    const steps = pickNextSteps({
      today: TODAY,
      milestones: [
        milestone('task-cv', '2027-02-24'),
        milestone('rol-deadline', '2027-03-03'),
        milestone('thank-you-x', '2027-02-24'),
      ],
      duePracticeCount: 1,
    });
    expect(steps.map((s) => s.id)).toEqual(['task-cv', 'thank-you-x', 'practice']);
    const tied = pickNextSteps({
      today: TODAY,
      milestones: [
        milestone('task-a', '2027-02-24'),
        milestone('ecfmg-requirements', '2027-02-26'),
      ],
    });
    expect(tied.map((s) => s.id)).toEqual(['ecfmg-requirements', 'task-a']);
  });

  it('leaves out done items, past events and actions late for more than 14 days', () => {
    const steps = pickNextSteps({
      today: TODAY,
      milestones: [
        milestone('done', '2027-02-21', { status: 'done' }),
        milestone('old-event', '2027-02-19', { kind: 'event', status: 'done' }),
        milestone('late-15', '2027-02-05', { status: 'late' }),
        milestone('late-14', '2027-02-06', { status: 'late' }),
      ],
    });
    expect(steps.map((s) => s.id)).toEqual(['late-14']);
  });

  it('is empty when nothing is pending, and never counts negative practice', () => {
    expect(pickNextSteps({ today: TODAY, milestones: [], duePracticeCount: -3 })).toEqual([]);
  });

  it('reads a real plan: a week before the ROL deadline', () => {
    const plan = planTimeline({
      season: 2027,
      today: '2027-02-24',
      profile: timelineProfileFrom({ applicantType: 'non-us-img', visa: 'h1b', step2: 240 }),
      interviews: [{ program: 'Pinecrest University Hospital', date: '2027-02-23' }],
    });
    const steps = pickNextSteps({ today: plan.today, milestones: plan.milestones });
    expect(steps.map((s) => s.id)).toEqual([
      'thank-you-pinecrest-university-hospital-2027-02-23',
      'ecfmg-pathway',
      'ecfmg-requirements',
    ]);
    expect(steps[0]?.message).toBe(
      'Send a thank-you note: Pinecrest University Hospital: due today.',
    );
  });
});
