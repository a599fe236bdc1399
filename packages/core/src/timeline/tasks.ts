// Personal tasks (letters, personal statement, CV, signals, custom) and interviews, each interview
// with its thank-you note due inside 48 hours. O(n) in the number of tasks and interviews.
import {
  INTERVIEW_ID_PREFIX,
  TASK_ID_PREFIX,
  type TaskKind,
  THANK_YOU_ID_PREFIX,
} from '../vocabulary/timeline.ts';
import { addDays, type CalendarDate, formatLongDate } from './calendar-date.ts';
import { seasonCalendar } from './season-rules.ts';
import { stableHash } from './stable-hash.ts';
import type { DraftMilestone } from './status.ts';

export interface InterviewInput {
  /** The caller's id (e.g. a database id); gives the milestones stable ids. */
  readonly id?: string;
  readonly program: string;
  readonly date: CalendarDate;
  readonly interviewers?: readonly string[];
  /** One thing discussed, as a short phrase ("the night-float schedule"). */
  readonly detail?: string;
  readonly thankYouSent?: boolean;
}

export interface PersonalTask {
  readonly id: string;
  readonly kind: TaskKind;
  /** Defaults to the kind's title; required for `custom`. */
  readonly title?: string;
  readonly due: CalendarDate;
  readonly done?: boolean;
  readonly detail?: string;
}

/**
 * Due the day after the interview: any moment of that day is less than 48 hours after any moment
 * of the interview day, so an all-day date cannot overshoot the 48 hours.
 */
export const THANK_YOU_DUE_DAYS = 1;

/** Tasks that have to be ready before the ERAS application goes out. */
export const APPLICATION_TASK_KINDS: readonly TaskKind[] = [
  'letters-of-recommendation',
  'personal-statement',
  'cv',
  'program-signals',
];

const TASK_TEXT: Readonly<Record<TaskKind, { title: string; detail: string }>> = {
  'letters-of-recommendation': {
    title: 'Letters of recommendation in ERAS',
    detail:
      'Ask your letter writers early, give them your CV and personal statement, and check that ' +
      'each letter has arrived in ERAS before you apply.',
  },
  'personal-statement': {
    title: 'Personal statement ready',
    detail:
      'In your own words; write one version per specialty if you apply to more than one, and ' +
      'have someone you trust read it.',
  },
  cv: {
    title: 'CV and ERAS experiences ready',
    detail:
      'Fill in the experiences section carefully: dates, roles and what you did, the same ' +
      'as on your CV.',
  },
  'program-signals': {
    title: 'Program signals chosen',
    detail:
      'Signals go with your ERAS application: choose programs you would attend where you meet ' +
      'the stated requirements (visa, graduation year, scores).',
  },
  custom: { title: 'Task', detail: 'A task you added to your timeline.' },
};

export const defaultTaskTitle = (kind: TaskKind): string => TASK_TEXT[kind].title;

/** Lower-case ASCII words joined by hyphens; empty when nothing usable is left. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
}

const hexKey = (text: string): string => stableHash(text).toString(16).padStart(8, '0');

/** Unique keys in input order: a repeated key gets -2, -3 … */
function uniqueKeys(keys: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return keys.map((k) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return n === 1 ? k : `${k}-${n}`;
  });
}

export function interviewKey(interview: InterviewInput): string {
  if (interview.id !== undefined && slug(interview.id) !== '') return slug(interview.id);
  return `${slug(interview.program) || hexKey(interview.program)}-${interview.date}`;
}

const names = (list: readonly string[] | undefined) => (list ?? []).filter((n) => n.trim() !== '');

/** Two drafts per interview: the interview (an event) and its thank-you note (an action). */
export function interviewMilestones(interviews: readonly InterviewInput[]): DraftMilestone[] {
  const keys = uniqueKeys(interviews.map(interviewKey));
  return interviews.flatMap((iv, i) => {
    const key = keys[i] as string;
    const who = names(iv.interviewers);
    const withWhom = who.length > 0 ? ` with ${who.join(', ')}` : '';
    const due = addDays(iv.date, THANK_YOU_DUE_DAYS);
    const about =
      iv.detail !== undefined && iv.detail.trim() !== ''
        ? ` Mention what you discussed: ${iv.detail.trim().replace(/[.!]+$/, '')}.`
        : ' Mention one specific thing you discussed.';
    const interview: DraftMilestone = {
      id: `${INTERVIEW_ID_PREFIX}${key}`,
      title: `Interview: ${iv.program}`,
      due: iv.date,
      kind: 'event',
      category: 'interview',
      dependsOn: [],
      source: null,
      derived: false,
      rule: null,
      detail: `Interview with ${iv.program}${withWhom} on ${formatLongDate(iv.date)}.`,
      done: false,
    };
    const thankYou: DraftMilestone = {
      id: `${THANK_YOU_ID_PREFIX}${key}`,
      title: `Send a thank-you note: ${iv.program}`,
      due,
      kind: 'action',
      category: 'thank-you',
      dependsOn: [interview.id],
      source: null,
      derived: false,
      rule: null,
      detail:
        `Send it within 48 hours of the interview (by ${formatLongDate(due)})` +
        `${who.length > 0 ? `, to ${who.join(', ')}` : ''}.` +
        `${about} Say you are interested if you are; leave out how you will rank the program.`,
      done: iv.thankYouSent === true,
    };
    return [interview, thankYou];
  });
}

export function taskMilestones(tasks: readonly PersonalTask[]): DraftMilestone[] {
  const keys = uniqueKeys(tasks.map((t) => slug(t.id) || hexKey(t.id)));
  return tasks.map((t, i) => {
    const text = TASK_TEXT[t.kind];
    return {
      id: `${TASK_ID_PREFIX}${keys[i]}`,
      title: t.title?.trim() || text.title,
      due: t.due,
      kind: 'action',
      category: 'task',
      dependsOn: [],
      source: null,
      derived: false,
      rule: null,
      detail: t.detail?.trim() || text.detail,
      done: t.done === true,
    };
  });
}

/** The four application tasks, due the day ERAS first accepts applications for the season. */
export function suggestedTasks(season: number): PersonalTask[] {
  const due = seasonCalendar(season).dates.erasSubmissionOpens.date;
  return APPLICATION_TASK_KINDS.map((kind) => ({ id: kind, kind, due, done: false }));
}
