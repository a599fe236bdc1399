import { describe, expect, it } from 'vitest';
import type { Milestone, TimelinePlan } from '../vocabulary/timeline.ts';
import { type PlanTimelineInput, planTimeline } from './plan.ts';
import { type TimelineProfileInput, timelineProfileFrom } from './profile.ts';
import { suggestedTasks } from './tasks.ts';

/** A non-US IMG as the program-list profile file describes one (no ECFMG certificate yet). */
const NON_US_IMG: TimelineProfileInput = {
  applicantType: 'non-us-img',
  step2: 238,
  failedAttempts: 0,
  graduationYear: 2021,
  visa: 'j1',
  step3: false,
  usceMonths: 4,
  ecfmgCertified: null,
  specialties: ['internal-medicine'],
  states: ['NY'],
};

const plan = (
  profile: Partial<TimelineProfileInput>,
  rest: Partial<PlanTimelineInput> = {},
): TimelinePlan =>
  planTimeline({
    season: 2027,
    today: '2026-12-02',
    profile: timelineProfileFrom({ ...NON_US_IMG, ...profile }),
    ...rest,
  });

const byId = (p: TimelinePlan, id: string): Milestone => {
  const m = p.milestones.find((x) => x.id === id);
  if (m === undefined) throw new Error(`no milestone ${id}`);
  return m;
};
const ids = (p: TimelinePlan) => p.milestones.map((m) => m.id);

describe('planTimeline: the ids other tools rely on', () => {
  const interviews = [
    { program: 'Lakeshore Regional Medical Center', date: '2026-12-10' },
    { program: 'Cedar Grove University Hospital', date: '2027-01-14' },
  ];
  const p = plan({ visa: 'h1b' }, { interviews });

  it('has match-day, rol-deadline, an ecfmg milestone and a step3 milestone for H-1B', () => {
    expect(ids(p)).toEqual(expect.arrayContaining(['match-day', 'rol-deadline']));
    expect(ids(p).some((id) => id.startsWith('ecfmg'))).toBe(true);
    expect(ids(p).filter((id) => id.startsWith('step3'))).toEqual(['step3-h1b']);
  });

  it('has one thank-you per interview, naming the program, due within 48 hours', () => {
    const notes = p.milestones.filter((m) => m.id.startsWith('thank-you'));
    expect(notes.map((m) => [m.title, m.due])).toEqual([
      ['Send a thank-you note: Lakeshore Regional Medical Center', '2026-12-11'],
      ['Send a thank-you note: Cedar Grove University Hospital', '2027-01-15'],
    ]);
    expect(notes.every((m) => m.category === 'thank-you' && m.kind === 'action')).toBe(true);
  });

  it('puts the ECFMG requirements and Step 3 at the rank order list deadline', () => {
    expect(byId(p, 'rol-deadline').due).toBe('2027-03-03');
    expect(byId(p, 'ecfmg-requirements').due).toBe('2027-03-03');
    expect(byId(p, 'step3-h1b')).toMatchObject({
      due: '2027-03-03',
      dependsOn: ['step1', 'step2ck', 'ecfmg-requirements'],
      source: { id: 'visalaw-h1b-step3' },
    });
    expect(byId(p, 'match-day').dependsOn).toEqual(['rol-deadline', 'ecfmg-requirements']);
  });

  it('also has the ERAS, registration, ranking, Match Week, SOAP and start milestones', () => {
    expect(ids(p)).toEqual(
      expect.arrayContaining([
        'eras-opens',
        'eras-submission-opens',
        'eras-submit',
        'nrmp-registration-opens',
        'nrmp-register',
        'ranking-opens',
        'match-week',
        'soap',
        'eras-season-ends',
        'residency-start',
      ]),
    );
  });
});

describe('planTimeline: the profile decides the milestones', () => {
  it('has no Step 3 milestone for a J-1 plan, no visa, or Step 3 already passed', () => {
    for (const p of [
      plan({ visa: 'j1' }),
      plan({ visa: 'none' }),
      plan({ visa: 'h1b', step3: true }),
    ])
      expect(ids(p).filter((id) => id.startsWith('step3'))).toEqual([]);
  });

  it('gives a US graduate no ECFMG or Step milestones, unless H-1B needs Step 3', () => {
    const us = plan({ applicantType: 'us-grad', visa: 'none' });
    expect(ids(us).filter((id) => /^(ecfmg|step)/.test(id))).toEqual([]);
    expect(byId(us, 'match-day').dependsOn).toEqual(['rol-deadline']);
    const h1b = plan({ applicantType: 'us-grad', visa: 'h1b' });
    expect(
      ids(h1b)
        .filter((id) => /^(ecfmg|step)/.test(id))
        .sort(),
    ).toEqual(['step1', 'step2ck', 'step3-h1b']);
    expect(byId(h1b, 'step3-h1b').dependsOn).toEqual(['step1', 'step2ck']);
  });

  it('treats a US-citizen IMG like any IMG for ECFMG', () => {
    const p = plan({ applicantType: 'us-img', visa: 'none' });
    expect(ids(p)).toEqual(
      expect.arrayContaining(['step1', 'step2ck', 'ecfmg-pathway', 'ecfmg-requirements']),
    );
  });

  it('marks exams and ECFMG done from the profile', () => {
    const open = plan({ step2: null });
    expect(byId(open, 'step1').status).toBe('upcoming');
    expect(byId(open, 'step2ck').status).toBe('upcoming');
    expect(byId(open, 'ecfmg-requirements').status).toBe('upcoming');
    const scored = plan({ step2: 238 });
    expect(byId(scored, 'step2ck').status).toBe('done');
    const failing = plan({ step2: 205 });
    expect(byId(failing, 'step2ck').status).toBe('upcoming');
    const certified = plan({ ecfmgCertified: true });
    expect(ids(certified)).not.toContain('ecfmg-pathway');
    for (const id of ['step1', 'step2ck', 'ecfmg-requirements'])
      expect(byId(certified, id).status).toBe('done');
  });

  it('marks ECFMG requirements done when every part is done', () => {
    const p = plan({
      step1Status: 'passed',
      step2: 240,
      pathway: 'completed',
      oetStatus: 'passed',
    });
    expect(byId(p, 'ecfmg-pathway').status).toBe('done');
    expect(byId(p, 'ecfmg-requirements').status).toBe('done');
    const noPathway = plan({ step1Status: 'passed', step2: 240, pathway: 'not-needed' });
    expect(ids(noPathway)).not.toContain('ecfmg-pathway');
    expect(byId(noPathway, 'ecfmg-requirements')).toMatchObject({
      status: 'done',
      dependsOn: ['step1', 'step2ck'],
    });
  });

  it('mentions failed attempts in the exam milestones', () => {
    expect(byId(plan({ failedAttempts: 2 }), 'step1').detail).toMatch(/2 failed attempts/);
    expect(byId(plan({ failedAttempts: 0 }), 'step1').detail).not.toMatch(/failed attempt/);
  });
});

describe('planTimeline: dates equal the published seasons', () => {
  const at = (season: number, today = '2020-01-01') => plan({}, { season, today });

  it('2026: the NRMP and AAMC dates', () => {
    const p = at(2026);
    expect(byId(p, 'match-day')).toMatchObject({
      due: '2026-03-20',
      derived: false,
      rule: null,
      source: { id: 'nrmp-match-week-2026' },
    });
    expect(byId(p, 'match-week').due).toBe('2026-03-16');
    expect(byId(p, 'soap').due).toBe('2026-03-16');
    expect(byId(p, 'nrmp-registration-opens').due).toBe('2025-09-15');
    expect(byId(p, 'eras-opens')).toMatchObject({ due: '2025-06-04', derived: false });
    expect(byId(p, 'eras-submission-opens').due).toBe('2025-09-03');
    expect(byId(p, 'eras-submit').due).toBe('2025-09-24');
    expect(byId(p, 'eras-season-ends').due).toBe('2026-05-31');
    expect(byId(p, 'rol-deadline')).toMatchObject({ due: '2026-03-04', derived: true });
  });

  it('2023 to 2025: ranking, ROL deadline and Match Day', () => {
    expect([byId(at(2023), 'ranking-opens').due, byId(at(2023), 'rol-deadline').due]).toEqual([
      '2023-02-01',
      '2023-03-01',
    ]);
    expect(byId(at(2023), 'match-day').due).toBe('2023-03-17');
    expect(byId(at(2024), 'rol-deadline')).toMatchObject({ due: '2024-02-28', derived: false });
    expect(byId(at(2024), 'match-day').due).toBe('2024-03-15');
    expect(byId(at(2025), 'match-day')).toMatchObject({ due: '2025-03-21', derived: false });
  });

  it('labels the derived 2027 dates with their rule', () => {
    const p = at(2027);
    expect(byId(p, 'match-day')).toMatchObject({ due: '2027-03-19', derived: true });
    expect(byId(p, 'match-day').rule).toMatch(/Third Friday of March/);
    expect(byId(p, 'ecfmg-requirements').rule).toMatch(/rank order list deadline/);
    for (const m of p.milestones) if (m.derived) expect(m.rule).toEqual(expect.any(String));
  });
});

describe('planTimeline: status relative to today (2026-12-02, season 2027)', () => {
  it('events that passed are done; actions that passed are late unless ticked off', () => {
    const p = plan({});
    expect(byId(p, 'eras-opens').status).toBe('done');
    expect(byId(p, 'eras-submit')).toMatchObject({ due: '2026-09-23', status: 'late' });
    expect(byId(plan({}, { completed: ['eras-submit'] }), 'eras-submit').status).toBe('done');
    expect(byId(p, 'nrmp-register')).toMatchObject({ due: '2027-01-31', status: 'upcoming' });
  });

  it('is due-soon from 14 days before through the day itself', () => {
    const status = (date: string) =>
      byId(plan({}, { interviews: [{ id: 'x', program: 'P', date }] }), 'thank-you-x').status;
    expect(status('2026-12-15')).toBe('due-soon'); // due 12-16: 14 days ahead
    expect(status('2026-12-16')).toBe('upcoming'); // due 12-17: 15 days ahead
    expect(status('2026-12-01')).toBe('due-soon'); // due today
    expect(status('2026-11-30')).toBe('late'); // due yesterday
    expect(
      byId(
        plan(
          {},
          { interviews: [{ id: 'x', program: 'P', date: '2026-11-30', thankYouSent: true }] },
        ),
        'thank-you-x',
      ).status,
    ).toBe('done');
  });

  it('ignores ticks on events', () => {
    expect(byId(plan({}, { completed: ['match-day'] }), 'match-day').status).toBe('upcoming');
  });
});

describe('planTimeline: tasks, order and calendar fields', () => {
  const tasks = [
    ...suggestedTasks(2027),
    {
      id: 'visa-lawyer',
      kind: 'custom' as const,
      title: 'Book a call with a visa lawyer',
      due: '2027-01-10',
    },
  ];
  const interviews = [
    {
      program: 'Pinecrest University Hospital',
      date: '2027-01-14',
      interviewers: ['Dr. Helen Brandt'],
    },
    { program: 'Pinecrest University Hospital', date: '2027-01-14' },
  ];
  const p = plan({ visa: 'h1b' }, { tasks, interviews });

  it('adds the application tasks, which the ERAS submission waits for', () => {
    expect(suggestedTasks(2027).map((t) => [t.kind, t.due])).toEqual([
      ['letters-of-recommendation', '2026-09-02'],
      ['personal-statement', '2026-09-02'],
      ['cv', '2026-09-02'],
      ['program-signals', '2026-09-02'],
    ]);
    expect(byId(p, 'eras-submit').dependsOn).toEqual([
      'eras-submission-opens',
      'task-letters-of-recommendation',
      'task-personal-statement',
      'task-cv',
      'task-program-signals',
    ]);
    expect(byId(p, 'task-visa-lawyer')).toMatchObject({
      title: 'Book a call with a visa lawyer',
      status: 'upcoming',
      category: 'task',
    });
  });

  it('keeps two interviews on the same day apart', () => {
    expect(ids(p).filter((id) => id.startsWith('thank-you'))).toEqual([
      'thank-you-pinecrest-university-hospital-2027-01-14',
      'thank-you-pinecrest-university-hospital-2027-01-14-2',
    ]);
  });

  it('sorts by due date, then id, with unique ids and known dependencies', () => {
    const keys = p.milestones.map((m) => `${m.due} ${m.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(ids(p)).size).toBe(p.milestones.length);
    const known = new Set(ids(p));
    for (const m of p.milestones) for (const d of m.dependsOn) expect(known).toContain(d);
  });

  it('carries what a calendar needs: id, all-day date, title, description, source URL', () => {
    for (const m of p.milestones) {
      expect(m.id).toMatch(/^[a-z0-9-]+$/);
      expect(m.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(m.title.length).toBeGreaterThan(0);
      expect(m.detail.length).toBeGreaterThan(0);
      if (m.source === null) expect(['interview', 'thank-you', 'task']).toContain(m.category);
      else expect(m.source.url).toMatch(/^https?:\/\//);
    }
  });

  it('is deterministic', () => {
    expect(plan({ visa: 'h1b' }, { tasks, interviews })).toEqual(p);
  });

  it('refuses an unsupported season or a malformed today (callers parse first)', () => {
    expect(() => plan({}, { season: 2022 })).toThrow(/unsupported season/);
    expect(() => plan({}, { today: '2026-12-32' })).toThrow(/not a calendar date/);
  });
});
