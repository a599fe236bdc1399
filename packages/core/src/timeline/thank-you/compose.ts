// composeThankYou: a short, specific first draft of a post-interview thank-you note for the
// applicant to edit. Phrasing varies by a stable hash of the interview, so two notes for two
// interviews read differently while the same interview always gives the same draft. O(n).
import type { ThankYouDraft } from '../../vocabulary/timeline.ts';
import type { CalendarDate } from '../calendar-date.ts';
import { stableHash } from '../stable-hash.ts';

export interface ThankYouInput {
  readonly program: string;
  readonly date: CalendarDate;
  readonly interviewers?: readonly string[];
  /** One thing discussed, as a short phrase: "the night-float schedule". */
  readonly detail?: string;
  readonly applicantName?: string;
}

export interface ComposeOptions {
  /** Pick a phrasing by number (any integer; taken modulo the number of phrasings). */
  readonly variant?: number;
}

/** Shown where the draft needs the applicant's words; checkThankYou() flags any left in. */
export const PLACEHOLDERS = {
  interviewer: "[interviewer's name]",
  detail: '[one thing you discussed]',
  name: '[your name]',
} as const;

type Slot = (x: { program: string; when: string; detail: string }) => string;

const OPENINGS: readonly Slot[] = [
  ({ program, when }) =>
    `Thank you for taking the time to speak with me on ${when} about ${program}.`,
  ({ program, when }) =>
    `Thank you for the conversation on ${when} and for the time you gave me during my interview with ${program}.`,
  ({ program, when }) =>
    `I am grateful for the time you spent with me on ${when} during my interview at ${program}.`,
  ({ program, when }) =>
    `Thank you for meeting with me on ${when}; I valued the chance to learn about ${program} from you.`,
];

const DETAILS: readonly Slot[] = [
  ({ detail }) => `I especially enjoyed our conversation about ${detail}.`,
  ({ detail }) => `Our discussion of ${detail} has stayed with me since.`,
  ({ detail }) => `I keep coming back to what you told me about ${detail}.`,
  ({ detail }) => `Hearing you describe ${detail} was a highlight of my day.`,
];

// Interest, never a statement of how the applicant will rank (docs/thank-you-notes.md).
const INTEREST: readonly Slot[] = [
  ({ program }) => `The day left me even more interested in training at ${program}.`,
  ({ program }) =>
    `I came away more certain that ${program} would be a good place for me to learn and to contribute.`,
  ({ program }) => `Our conversation confirmed my strong interest in ${program}.`,
];

const CLOSINGS = [
  'Thank you again for your time and your advice.',
  'Thank you again for a thoughtful conversation.',
  'Thank you again for making me feel welcome.',
] as const;
const SIGN_OFFS = ['Best regards,', 'Kind regards,', 'With best wishes,'] as const;

const SIZES = [
  OPENINGS.length,
  DETAILS.length,
  INTEREST.length,
  CLOSINGS.length,
  SIGN_OFFS.length,
] as const;
/** How many different phrasings there are. */
export const THANK_YOU_VARIANTS = SIZES.reduce((a, b) => a * b, 1);

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "January 12", as a US reader writes it. */
function usDate(date: CalendarDate): string {
  return `${MONTHS[Number(date.slice(5, 7)) - 1] ?? date} ${Number(date.slice(8, 10))}`;
}

/** "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Strips a trailing full stop so the phrase fits inside a sentence. */
const phrase = (s: string) => clean(s).replace(/[.!]+$/, '');

export function composeThankYou(input: ThankYouInput, options: ComposeOptions = {}): ThankYouDraft {
  const program = clean(input.program);
  const interviewers = (input.interviewers ?? []).map(clean).filter((n) => n !== '');
  const detail = phrase(input.detail ?? '') || PLACEHOLDERS.detail;
  const applicant = clean(input.applicantName) || PLACEHOLDERS.name;
  const when = usDate(input.date);
  const seed = options.variant ?? stableHash(`${program}|${input.date}|${interviewers.join('|')}`);
  const variant =
    ((Math.trunc(seed) % THANK_YOU_VARIANTS) + THANK_YOU_VARIANTS) % THANK_YOU_VARIANTS;
  let rest = variant;
  const pick = (size: number) => {
    const i = rest % size;
    rest = Math.floor(rest / size);
    return i;
  };
  const [o, d, n, c, s] = SIZES.map(pick) as [number, number, number, number, number];
  const slots = { program, when, detail };
  const greeting = `Dear ${interviewers.length > 0 ? joinNames(interviewers) : PLACEHOLDERS.interviewer},`;
  const paragraph = [OPENINGS[o], DETAILS[d], INTEREST[n]].map((f) => (f as Slot)(slots)).join(' ');
  const body = [greeting, '', paragraph, '', CLOSINGS[c], '', SIGN_OFFS[s], applicant].join('\n');
  return { subject: `Thank you: ${program} interview on ${when}`, body, variant };
}
