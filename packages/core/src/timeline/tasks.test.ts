import { describe, expect, it } from 'vitest';
import { daysBetween } from './calendar-date.ts';
import { interviewKey, interviewMilestones, slug, taskMilestones } from './tasks.ts';

describe('interview milestones', () => {
  it('makes the interview and its thank-you note, due the next day (inside 48 hours)', () => {
    const [interview, note] = interviewMilestones([
      {
        program: 'Brightwater Health',
        date: '2027-01-31',
        interviewers: ['Dr. Lucía Ferreira'],
        detail: 'the ultrasound curriculum',
      },
    ]);
    expect(interview).toMatchObject({
      id: 'interview-brightwater-health-2027-01-31',
      due: '2027-01-31',
      kind: 'event',
    });
    expect(note).toMatchObject({
      id: 'thank-you-brightwater-health-2027-01-31',
      title: 'Send a thank-you note: Brightwater Health',
      due: '2027-02-01',
      dependsOn: ['interview-brightwater-health-2027-01-31'],
      done: false,
    });
    expect(daysBetween(interview?.due ?? '', note?.due ?? '')).toBe(1);
    expect(note?.detail).toMatch(/within 48 hours/);
    expect(note?.detail).toMatch(/to Dr\. Lucía Ferreira/);
    expect(note?.detail).toMatch(/the ultrasound curriculum/);
    expect(note?.detail).toMatch(/leave out how you will rank/);
  });

  it('uses the caller’s id when there is one, so edits keep the same calendar UID', () => {
    expect(interviewKey({ id: 'IV 42', program: 'X', date: '2027-01-01' })).toBe('iv-42');
    expect(interviewKey({ program: 'St. Aldric Médical', date: '2027-01-01' })).toBe(
      'st-aldric-medical-2027-01-01',
    );
  });

  it('keys a name with no Latin letters by a stable hash', () => {
    const key = interviewKey({ program: '東京病院', date: '2027-01-01' });
    expect(key).toMatch(/^[0-9a-f]{8}-2027-01-01$/);
    expect(interviewKey({ program: '東京病院', date: '2027-01-01' })).toBe(key);
    expect(interviewKey({ program: '大阪病院', date: '2027-01-01' })).not.toBe(key);
  });
});

describe('task milestones', () => {
  it('uses the kind’s title and advice unless the task has its own', () => {
    const [cv, custom] = taskMilestones([
      { id: 'cv', kind: 'cv', due: '2026-08-15' },
      {
        id: 'ask',
        kind: 'custom',
        title: 'Ask Dr. Brandt for a letter',
        due: '2026-07-01',
        done: true,
      },
    ]);
    expect(cv).toMatchObject({
      id: 'task-cv',
      title: 'CV and ERAS experiences ready',
      done: false,
    });
    expect(cv?.detail).toMatch(/experiences section/);
    expect(custom).toMatchObject({
      id: 'task-ask',
      title: 'Ask Dr. Brandt for a letter',
      done: true,
    });
  });
});

describe('slug', () => {
  it('keeps lower-case ASCII words', () => {
    expect(slug('  Riverbend Health — System (IM)  ')).toBe('riverbend-health-system-im');
    expect(slug('Núñez')).toBe('nunez');
    expect(slug('!!!')).toBe('');
    expect(slug('a'.repeat(60)).length).toBe(48);
  });
});
