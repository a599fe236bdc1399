/**
 * Validators for the `matchready mentors rank` files (and any other untrusted mentee/mentor JSON):
 * every problem is reported with the path of the field, e.g. `mentors[3].timeZone`, so the CLI can
 * exit 2 naming it. Unknown extra fields are ignored (a full directory profile is accepted).
 */
import { fail, ok, type Result } from '../shared/result.ts';
import {
  MENTOR_TYPES,
  type MenteeRankingInput,
  type MentorRankingInput,
} from '../vocabulary/mentorship.ts';
import {
  checkBoolean,
  checkCount,
  checkObject,
  checkText,
  checkTextList,
  checkTimeZone,
  createIssueList,
  describeValue,
  type IssueList,
  isRecord,
  type Path,
} from './input-checks.ts';

/** Far above any real mentor; stops a typo such as 1e9 from meaning "never full". */
export const MAX_MENTOR_CAPACITY = 100;

function readMentee(value: unknown, path: Path, out: IssueList): MenteeRankingInput | null {
  const record = checkObject(value, path, out);
  if (record === null) return null;
  const at = (field: string): Path => [...path, field];
  const id = checkText(record.id, at('id'), 'the mentee id', out);
  const specialties = checkTextList(record.specialties, at('specialties'), 'specialties', out);
  const mentorTypes = checkTextList(
    record.mentorTypes,
    at('mentorTypes'),
    'mentor types',
    out,
    MENTOR_TYPES,
  );
  const country = checkText(record.country, at('country'), 'the country of training', out);
  const languages = checkTextList(record.languages, at('languages'), 'languages', out);
  const timeZone = checkTimeZone(record.timeZone, at('timeZone'), out);
  const wantsImgMentor = checkBoolean(
    record.wantsImgMentor,
    at('wantsImgMentor'),
    'wantsImgMentor',
    out,
  );
  if (
    id === null ||
    specialties === null ||
    mentorTypes === null ||
    country === null ||
    languages === null ||
    timeZone === null ||
    wantsImgMentor === null
  )
    return null;
  return { id, specialties, mentorTypes, country, languages, timeZone, wantsImgMentor };
}

function readMentor(value: unknown, path: Path, out: IssueList): MentorRankingInput | null {
  const record = checkObject(value, path, out);
  if (record === null) return null;
  const at = (field: string): Path => [...path, field];
  const id = checkText(record.id, at('id'), 'the mentor id', out);
  const specialties = checkTextList(record.specialties, at('specialties'), 'specialties', out);
  const mentorTypes = checkTextList(
    record.mentorTypes,
    at('mentorTypes'),
    'mentor types',
    out,
    MENTOR_TYPES,
  );
  let imgCountry: string | null | undefined;
  if (record.imgCountry === null) imgCountry = null;
  else {
    const text = checkText(
      record.imgCountry,
      at('imgCountry'),
      'imgCountry (the country of training, or null for a US or Canadian graduate)',
      out,
    );
    imgCountry = text ?? undefined;
  }
  const languages = checkTextList(record.languages, at('languages'), 'languages', out);
  const timeZone = checkTimeZone(record.timeZone, at('timeZone'), out);
  const capacity = checkCount(
    record.capacity,
    at('capacity'),
    'capacity',
    out,
    MAX_MENTOR_CAPACITY,
  );
  const activeMentees = checkCount(
    record.activeMentees,
    at('activeMentees'),
    'activeMentees',
    out,
    MAX_MENTOR_CAPACITY * 10,
  );
  const acceptingRequests = checkBoolean(
    record.acceptingRequests,
    at('acceptingRequests'),
    'acceptingRequests',
    out,
  );
  if (
    id === null ||
    specialties === null ||
    mentorTypes === null ||
    imgCountry === undefined ||
    languages === null ||
    timeZone === null ||
    capacity === null ||
    activeMentees === null ||
    acceptingRequests === null
  )
    return null;
  return {
    id,
    specialties,
    mentorTypes,
    imgCountry,
    languages,
    timeZone,
    capacity,
    activeMentees,
    acceptingRequests,
  };
}

/** Validates one mentee; issue paths start with `path` (default `mentee`). */
export function parseMenteeInput(
  value: unknown,
  path: Path = ['mentee'],
): Result<MenteeRankingInput> {
  const out = createIssueList();
  const mentee = readMentee(value, path, out);
  return mentee === null || out.issues.length > 0 ? fail(out.issues) : ok(mentee);
}

/** Validates one mentor; issue paths start with `path` (default `mentor`). */
export function parseMentorInput(
  value: unknown,
  path: Path = ['mentor'],
): Result<MentorRankingInput> {
  const out = createIssueList();
  const mentor = readMentor(value, path, out);
  return mentor === null || out.issues.length > 0 ? fail(out.issues) : ok(mentor);
}

/**
 * Validates a mentors file: a JSON array, or an object with a `mentors` array. Issues are at
 * `mentors[i].field`; ids must be unique. All-or-nothing: any issue fails the whole list.
 */
export function parseMentorList(value: unknown): Result<MentorRankingInput[]> {
  const out = createIssueList();
  const list = Array.isArray(value) ? value : isRecord(value) ? value.mentors : undefined;
  if (!Array.isArray(list)) {
    out.add(
      'invalid-type',
      ['mentors'],
      `Expected a list of mentors (a JSON array, or {"mentors": [...]}), got ${describeValue(value)}.`,
    );
    return fail(out.issues);
  }
  const mentors: MentorRankingInput[] = [];
  const firstIndexById = new Map<string, number>();
  list.forEach((item: unknown, i) => {
    const mentor = readMentor(item, ['mentors', i], out);
    if (mentor === null) return;
    const first = firstIndexById.get(mentor.id);
    if (first !== undefined) {
      out.add(
        'duplicate-id',
        ['mentors', i, 'id'],
        `Mentor id ${JSON.stringify(mentor.id)} already appears at mentors[${first}].`,
      );
      return;
    }
    firstIndexById.set(mentor.id, i);
    mentors.push(mentor);
  });
  return out.issues.length > 0 ? fail(out.issues) : ok(mentors);
}
