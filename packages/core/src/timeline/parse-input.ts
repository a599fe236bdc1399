// parseTimelineInput: untrusted JSON (the CLI's P.json and I.json, a season, a date) checked field
// by field into PlanTimelineInput, every problem an Issue whose path names the field. O(n).

import { fail, ok, type Result } from '../shared/result.ts';
import { VISA_NEEDS, type VisaNeed } from '../vocabulary/programs.ts';
import {
  ECFMG_PROGRESS,
  EXAM_PROGRESS,
  OET_PROGRESS,
  PATHWAY_PROGRESS,
  TASK_KINDS,
  TIMELINE_FIRST_SEASON,
  TIMELINE_LAST_SEASON,
} from '../vocabulary/timeline.ts';
import { isObject, Reader } from './input-reader.ts';
import type { PlanTimelineInput } from './plan.ts';
import {
  TIMELINE_APPLICANT_TYPES,
  type TimelineApplicantType,
  type TimelineProfileInput,
  timelineProfileFrom,
} from './profile.ts';
import { isSupportedSeason } from './season-rules.ts';
import type { InterviewInput, PersonalTask } from './tasks.ts';

/** Caps that keep one request or file small; a real season has far fewer. */
export const MAX_INTERVIEWS = 100;
export const MAX_TASKS = 200;

export interface TimelineRawInput {
  readonly profile: unknown;
  readonly season: unknown;
  readonly today: unknown;
  readonly interviews?: unknown;
  readonly tasks?: unknown;
  readonly completed?: unknown;
}

const PROFILE_KEYS = new Set([
  // the program-list profile (programs/profile.ts ApplicantProfile, CLI profile file)
  'applicantType',
  'step2',
  'failedAttempts',
  'graduationYear',
  'visa',
  'step3',
  'usceMonths',
  'researchItems',
  'ecfmgCertified',
  'specialties',
  'states',
  'signaledProgramIds',
  // timeline details, in the stored profile's words
  'step1Status',
  'step2Status',
  'step3Status',
  'ecfmgStatus',
  'pathway',
  'oetStatus',
]);

function readProfile(r: Reader, raw: unknown): TimelineProfileInput | undefined {
  const path = ['profile'];
  if (!isObject(raw)) return r.bad(path, 'invalid-type', 'must be a JSON object');
  for (const key of Object.keys(raw).sort())
    if (!PROFILE_KEYS.has(key)) r.bad([...path, key], 'unknown-field', 'is not a profile field');
  const before = r.issues.length;
  const applicantType = r.choice<TimelineApplicantType>(
    raw,
    'applicantType',
    path,
    TIMELINE_APPLICANT_TYPES,
  );
  if (raw.applicantType === undefined || raw.applicantType === null)
    r.bad(
      [...path, 'applicantType'],
      'required',
      `is required (${TIMELINE_APPLICANT_TYPES.join(', ')})`,
    );
  const visa = r.choice<VisaNeed>(raw, 'visa', path, VISA_NEEDS);
  if (raw.visa === undefined || raw.visa === null)
    r.bad([...path, 'visa'], 'required', `is required (${VISA_NEEDS.join(', ')})`);
  const profile: TimelineProfileInput = {
    applicantType: applicantType ?? 'non-us-img',
    visa: visa ?? 'none',
    step2: r.number(raw, 'step2', path, 1, 300, true) ?? null,
    failedAttempts: r.number(raw, 'failedAttempts', path, 0, 20, true) ?? 0,
    graduationYear: r.number(raw, 'graduationYear', path, 1950, 2100, true),
    step3: r.boolean(raw, 'step3', path),
    usceMonths: r.number(raw, 'usceMonths', path, 0, 240, false),
    researchItems: r.number(raw, 'researchItems', path, 0, 1000, true),
    ecfmgCertified: r.boolean(raw, 'ecfmgCertified', path) ?? null,
    specialties: r.texts(raw, 'specialties', path, 10, 80) ?? [],
    states: r.texts(raw, 'states', path, 60, 2),
    signaledProgramIds: r.texts(raw, 'signaledProgramIds', path, 100, 200),
    step1Status: r.choice(raw, 'step1Status', path, EXAM_PROGRESS),
    step2Status: r.choice(raw, 'step2Status', path, EXAM_PROGRESS),
    step3Status: r.choice(raw, 'step3Status', path, EXAM_PROGRESS),
    ecfmgStatus: r.choice(raw, 'ecfmgStatus', path, ECFMG_PROGRESS),
    pathway: r.choice(raw, 'pathway', path, PATHWAY_PROGRESS),
    oetStatus: r.choice(raw, 'oetStatus', path, OET_PROGRESS),
  };
  return r.issues.length === before ? profile : undefined;
}

function readList(
  r: Reader,
  raw: unknown,
  key: string,
  max: number,
): readonly unknown[] | undefined {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return r.bad([key], 'invalid-type', 'must be a JSON array');
  if (raw.length > max) return r.bad([key], 'too-many', `has at most ${max} entries`);
  return raw;
}

function readInterviews(r: Reader, raw: unknown): InterviewInput[] {
  const out: InterviewInput[] = [];
  for (const [i, item] of (readList(r, raw, 'interviews', MAX_INTERVIEWS) ?? []).entries()) {
    const path = ['interviews', i];
    if (!isObject(item)) {
      r.bad(path, 'invalid-type', 'must be an object {"program","date"}');
      continue;
    }
    const program = r.text(item, 'program', path, 200);
    if (item.program === undefined || item.program === null)
      r.bad([...path, 'program'], 'required', 'is required');
    const date = r.date(item, 'date', path, true);
    const interviewers = r.texts(item, 'interviewers', path, 10, 120);
    const detail = r.text(item, 'detail', path, 300);
    const id = r.text(item, 'id', path, 100);
    const thankYouSent = r.boolean(item, 'thankYouSent', path);
    if (program === undefined || date === undefined) continue;
    out.push({
      program,
      date,
      ...(id !== undefined ? { id } : {}),
      ...(interviewers !== undefined ? { interviewers } : {}),
      ...(detail !== undefined ? { detail } : {}),
      ...(thankYouSent !== undefined ? { thankYouSent } : {}),
    });
  }
  return out;
}

function readTasks(r: Reader, raw: unknown): PersonalTask[] {
  const out: PersonalTask[] = [];
  const ids = new Set<string>();
  for (const [i, item] of (readList(r, raw, 'tasks', MAX_TASKS) ?? []).entries()) {
    const path = ['tasks', i];
    if (!isObject(item)) {
      r.bad(path, 'invalid-type', 'must be an object {"id","kind","due"}');
      continue;
    }
    const id = r.text(item, 'id', path, 100);
    if (item.id === undefined || item.id === null)
      r.bad([...path, 'id'], 'required', 'is required');
    if (id !== undefined && ids.has(id))
      r.bad([...path, 'id'], 'duplicate-id', `"${id}" is used twice`);
    if (id !== undefined) ids.add(id);
    const kind = r.choice(item, 'kind', path, TASK_KINDS);
    if (item.kind === undefined || item.kind === null)
      r.bad([...path, 'kind'], 'required', `is required (${TASK_KINDS.join(', ')})`);
    const title = r.text(item, 'title', path, 200);
    if (kind === 'custom' && title === undefined && item.title == null)
      r.bad([...path, 'title'], 'required', 'is required for a custom task');
    const due = r.date(item, 'due', path, true);
    const done = r.boolean(item, 'done', path);
    const detail = r.text(item, 'detail', path, 1000);
    if (id === undefined || kind === undefined || due === undefined) continue;
    out.push({
      id,
      kind,
      due,
      ...(title !== undefined ? { title } : {}),
      ...(done !== undefined ? { done } : {}),
      ...(detail !== undefined ? { detail } : {}),
    });
  }
  return out;
}

function readSeason(r: Reader, raw: unknown): number | undefined {
  const season = typeof raw === 'string' && /^\d{4}$/.test(raw.trim()) ? Number(raw) : raw;
  if (isSupportedSeason(season)) return season;
  return r.bad(
    ['season'],
    'invalid-season',
    `must be a Match year from ${TIMELINE_FIRST_SEASON} to ${TIMELINE_LAST_SEASON}, such as 2027`,
  );
}

/** Everything planTimeline() needs, or every problem found, each naming its field. */
export function parseTimelineInput(raw: TimelineRawInput): Result<PlanTimelineInput> {
  const r = new Reader();
  const season = readSeason(r, raw.season);
  const today = r.date({ today: raw.today }, 'today', [], true);
  const profile = readProfile(r, raw.profile);
  const interviews = readInterviews(r, raw.interviews);
  const tasks = readTasks(r, raw.tasks);
  const completed = r.texts({ completed: raw.completed }, 'completed', [], 500, 120) ?? [];
  if (r.issues.length > 0 || season === undefined || today === undefined || profile === undefined)
    return fail(r.issues);
  return ok({
    season,
    today,
    profile: timelineProfileFrom(profile),
    interviews,
    tasks,
    completed,
  });
}
