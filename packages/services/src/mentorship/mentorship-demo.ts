import type { MentorRole, MentorType, Weekday } from '@matchready/core/vocabulary';
import type { User } from '../account/account-domain.ts';
import type { UserRepository } from '../account/account-ports.ts';
import type { Clock, IdGenerator } from '../shared/ports.ts';
import type { MentorProfileRecord } from './mentorship-domain.ts';
import type { MentorshipPorts } from './mentorship-ports.ts';

/**
 * Demo mentors for `npm start` (--demo): made-up people, flagged `isDemo` and named "(demo)",
 * so the directory, ranking and tracker have something to show. Idempotent.
 */

type Row = [
  name: string,
  specialties: string[],
  institution: string,
  state: string,
  role: MentorRole,
  types: MentorType[],
  imgCountry: string | null,
  languages: string[],
  timeZone: string,
  capacity: number,
  accepting: boolean,
];

const ROWS: readonly Row[] = [
  [
    'Dr. Amara Okafor (demo)',
    ['Internal Medicine'],
    'Lakeside University Hospital (demo)',
    'IL',
    'attending',
    ['career', 'cultural'],
    'Nigeria',
    ['English', 'Igbo'],
    'America/Chicago',
    3,
    true,
  ],
  [
    'Dr. Rohan Mehta (demo)',
    ['Internal Medicine', 'Cardiology'],
    'Harbor Medical Center (demo)',
    'NY',
    'fellow',
    ['research', 'career'],
    'India',
    ['English', 'Hindi', 'Gujarati'],
    'America/New_York',
    2,
    true,
  ],
  [
    'Dr. Sofia Alvarez (demo)',
    ['Pediatrics'],
    'Sunbelt Children’s Hospital (demo)',
    'TX',
    'attending',
    ['clinical', 'career'],
    'Mexico',
    ['English', 'Spanish'],
    'America/Chicago',
    2,
    true,
  ],
  [
    'Dr. Hannah Brooks (demo)',
    ['Family Medicine'],
    'Prairie Community Health (demo)',
    'KS',
    'program-leadership',
    ['career'],
    null,
    ['English'],
    'America/Chicago',
    4,
    true,
  ],
  [
    'Dr. Youssef Haddad (demo)',
    ['Neurology'],
    'Great Lakes Neuroscience Institute (demo)',
    'MI',
    'attending',
    ['research', 'clinical'],
    'Egypt',
    ['English', 'Arabic', 'French'],
    'America/Detroit',
    1,
    true,
  ],
  [
    'Dr. Mei Lin (demo)',
    ['Psychiatry'],
    'Pacific Behavioral Health (demo)',
    'CA',
    'resident',
    ['cultural', 'career'],
    'China',
    ['English', 'Mandarin'],
    'America/Los_Angeles',
    2,
    true,
  ],
  [
    'Dr. Tomasz Nowak (demo)',
    ['Pathology'],
    'Mountain View Medical (demo)',
    'CO',
    'attending',
    ['research'],
    'Poland',
    ['English', 'Polish'],
    'America/Denver',
    3,
    false,
  ],
  [
    'Dr. Fatima Khan (demo)',
    ['Internal Medicine', 'Nephrology'],
    'Capital Teaching Hospital (demo)',
    'MD',
    'fellow',
    ['clinical', 'cultural'],
    'Pakistan',
    ['English', 'Urdu'],
    'America/New_York',
    2,
    true,
  ],
  [
    'Dr. Grace Mensah (demo)',
    ['Obstetrics and Gynecology'],
    'Southern Women’s Health (demo)',
    'GA',
    'attending',
    ['career', 'clinical'],
    'Ghana',
    ['English', 'Twi'],
    'America/New_York',
    2,
    true,
  ],
  [
    'Dr. Daniel Reyes (demo)',
    ['Emergency Medicine'],
    'Desert Regional Medical (demo)',
    'AZ',
    'resident',
    ['cultural'],
    'Philippines',
    ['English', 'Tagalog'],
    'America/Phoenix',
    3,
    true,
  ],
  [
    'Dr. Laura Becker (demo)',
    ['General Surgery'],
    'Northeast Surgical Associates (demo)',
    'MA',
    'program-leadership',
    ['career', 'research'],
    null,
    ['English', 'German'],
    'America/New_York',
    1,
    true,
  ],
];

/** Demo mentor accounts besides the demo mentor login. */
export const DEMO_MENTOR_COUNT = ROWS.length;

const EVENINGS: { weekday: Weekday; start: string; end: string }[] = [
  { weekday: 'tue', start: '18:00', end: '20:00' },
  { weekday: 'thu', start: '18:00', end: '20:00' },
  { weekday: 'sat', start: '09:00', end: '11:00' },
];

export interface MentorshipDemoDeps {
  readonly users: UserRepository;
  readonly mentorship: MentorshipPorts;
  readonly clock: Clock;
  readonly ids: IdGenerator;
}

const profileOf = (userId: string, row: Row, now: string): MentorProfileRecord => ({
  userId,
  specialties: row[1],
  institution: row[2],
  state: row[3],
  role: row[4],
  mentorTypes: row[5],
  imgCountry: row[6],
  languages: row[7],
  timeZone: row[8],
  capacity: row[9],
  acceptingRequests: row[10],
  helpsWith:
    'Demo profile: a made-up mentor for trying MatchReady. Happy to talk about applications, interviews and life as an IMG in training.',
  availability: EVENINGS,
  verifiedBy: null,
  verifiedAt: null,
  lastActiveAt: now,
  createdAt: now,
  updatedAt: now,
});

/**
 * Seeds the demo mentors, a profile for the demo mentor account (capacity 1, so it shows as
 * full) and an active relationship between the demo applicant and the demo mentor.
 */
export async function seedMentorshipDemo(
  deps: MentorshipDemoDeps,
  accounts: { applicant?: User | undefined; mentor?: User | undefined; passwordHash: string },
): Promise<void> {
  const now = deps.clock.now().toISOString();
  for (const [i, row] of ROWS.entries()) {
    const email = `demo-mentor-${String(i + 1).padStart(2, '0')}@matchready.local`;
    let user = (await deps.users.findCredentials(email))?.user;
    if (!user) {
      const created = await deps.users.create({
        id: deps.ids.newId(),
        email,
        displayName: row[0],
        role: 'mentor',
        createdAt: now,
        isDemo: true,
        passwordHash: accounts.passwordHash,
      });
      if (created === 'email-taken') continue;
      user = created;
    }
    if (!(await deps.mentorship.mentors.find(user.id)))
      await deps.mentorship.mentors.save(profileOf(user.id, row, now));
  }
  const { applicant, mentor } = accounts;
  if (!mentor) return;
  if (!(await deps.mentorship.mentors.find(mentor.id)))
    await deps.mentorship.mentors.save(
      profileOf(
        mentor.id,
        [
          'Demo Mentor',
          ['Internal Medicine', 'Family Medicine'],
          'Demo Teaching Hospital (demo)',
          'PA',
          'attending',
          ['career', 'cultural'],
          'Nigeria',
          ['English', 'Yoruba'],
          'America/New_York',
          1,
          true,
        ],
        now,
      ),
    );
  if (!applicant) return;
  const existing = await deps.mentorship.relationships.listByMentee(applicant.id);
  if (existing.some((r) => r.mentorId === mentor.id)) return;
  if (!(await deps.mentorship.mentees.findPreferences(applicant.id)))
    await deps.mentorship.mentees.savePreferences({
      userId: applicant.id,
      specialties: ['Internal Medicine', 'Family Medicine'],
      mentorTypes: ['career', 'cultural'],
      country: 'Nigeria',
      languages: ['English', 'Yoruba'],
      timeZone: 'Africa/Lagos',
      wantsImgMentor: true,
      challenges: ['No US clinical letters yet', 'Unsure how many programs to apply to'],
      updatedAt: now,
    });
  const relationshipId = deps.ids.newId();
  const started = await deps.mentorship.relationships.createWithinCapacity({
    id: relationshipId,
    menteeId: applicant.id,
    mentorId: mentor.id,
    status: 'active',
    cadenceWeeks: 6,
    startedAt: now,
    nextMeetingAt: null,
    source: 'request',
    programId: null,
    endedAt: null,
    endedBy: null,
    exitNote: null,
    updatedAt: now,
  });
  if (started !== 'created') return;
  const goalId = deps.ids.newId();
  await deps.mentorship.mentees.createGoal({
    id: goalId,
    menteeId: applicant.id,
    text: 'Two US letters of recommendation (demo)',
    status: 'in-progress',
    targetOn: null,
    createdAt: now,
    updatedAt: now,
  });
  await deps.mentorship.meetings.create({
    id: deps.ids.newId(),
    relationshipId,
    scheduledAt: now,
    minutes: 20,
    agenda: 'Demo agenda: introductions, my timeline for ERAS, which programs to shortlist.',
    sharedNotes: 'Demo notes: agreed to meet every 6 weeks; start with a list of 60 programs.',
    menteePrivateNotes: '',
    mentorPrivateNotes: '',
    heldAt: now,
    thankedAt: null,
    dismissedAt: null,
    sequence: 0,
    createdBy: applicant.id,
    createdAt: now,
  });
  await deps.mentorship.actionItems.create({
    id: deps.ids.newId(),
    relationshipId,
    owner: 'mentee',
    text: 'Ask my observership supervisor for a letter (demo)',
    dueOn: null,
    doneAt: null,
    goalId,
    createdAt: now,
  });
}
