// Which questions a mock interview asks, and its timers. Pure and deterministic: the questions the
// user has practised least come first, ties broken by the scheduler's priority (IMG core first)
// and then by bank order; multi-theme sets take one question per theme in turn. O(n log n).
import type {
  InterviewQuestion,
  InterviewTheme,
  QuestionProfileFacts,
} from '@matchready/core/interview';
import type { ApplicantProfile } from '../account/account-domain.ts';
import { failedAttempts } from '../programs/program-profile.ts';
import type { MockFormat, MockPlanItem } from './interview-domain.ts';

export interface MockFormatPreset {
  readonly label: string;
  /** Themes in the order an interview would visit them. */
  readonly themes: readonly InterviewTheme[];
  readonly readSeconds: number;
  /** Fixed answer time; null = each question's own upper time band. */
  readonly answerSeconds: number | null;
  readonly hardStop: boolean;
}

/** AAMC SVI/VITA style: 30 s to read, 3 min to answer, no re-record (docs/sources.md#aamc-svi, #aamc-vita). */
export const MOCK_PRESETS: Readonly<Record<MockFormat, MockFormatPreset>> = {
  img: { label: 'IMG set', themes: ['img'], readSeconds: 20, answerSeconds: null, hardStop: false },
  behavioural: {
    label: 'Behavioural set',
    themes: ['behavioural'],
    readSeconds: 20,
    answerSeconds: null,
    hardStop: false,
  },
  aamc: {
    label: 'AAMC-style (30 s to read, 3 min to answer)',
    themes: ['situational', 'behavioural'],
    readSeconds: 30,
    answerSeconds: 180,
    hardStop: true,
  },
  mixed: {
    label: 'Mixed interview',
    themes: ['opening', 'motivation', 'img', 'behavioural', 'situational', 'academic'],
    readSeconds: 20,
    answerSeconds: null,
    hardStop: false,
  },
};

export function planMock(
  bank: readonly InterviewQuestion[],
  attemptsByQuestion: ReadonlyMap<string, number>,
  format: MockFormat,
  count: number,
  /** Leaves out questions that do not fit the applicant (questionFitsProfile); default: all fit. */
  fits: (question: InterviewQuestion) => boolean = () => true,
): MockPlanItem[] {
  const preset = MOCK_PRESETS[format];
  const queues = preset.themes.map((theme) =>
    bank
      .map((question, index) => ({ question, index }))
      .filter(({ question }) => question.theme === theme && fits(question))
      .sort(
        (a, b) =>
          (attemptsByQuestion.get(a.question.id) ?? 0) -
            (attemptsByQuestion.get(b.question.id) ?? 0) ||
          a.question.priority - b.question.priority ||
          a.index - b.index,
      )
      .map(({ question }) => question),
  );
  const picked: InterviewQuestion[] = [];
  for (let round = 0; picked.length < count; round++) {
    const before = picked.length;
    for (const queue of queues) {
      const question = queue[round];
      if (question && picked.length < count) picked.push(question);
    }
    if (picked.length === before) break; // every theme ran out
  }
  return picked.map((question) => ({
    questionId: question.id,
    readSeconds: preset.readSeconds,
    answerSeconds: preset.answerSeconds ?? question.timeBand.maxSeconds,
    hardStop: preset.hardStop,
  }));
}

/** The profile facts that decide which questions fit; unanswered exams leave attempts unknown. */
export function questionFacts(profile: ApplicantProfile): QuestionProfileFacts {
  const examsAnswered =
    profile.step1 !== null || profile.step2Score !== null || profile.step3 !== null;
  return {
    applicantType: profile.applicantType,
    failedAttempts: examsAnswered ? failedAttempts(profile) : null,
    visa: profile.visaNeed,
    graduationYear: profile.graduationYear,
  };
}
