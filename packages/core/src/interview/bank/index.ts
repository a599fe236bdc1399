import type { InterviewQuestion } from '../../vocabulary/interview.ts';
import { ACADEMIC_QUESTIONS } from './academic.ts';
import { BEHAVIOURAL_QUESTIONS } from './behavioural.ts';
import { IMG_QUESTIONS } from './img.ts';
import { IMPROPER_QUESTIONS } from './improper-questions.ts';
import { MOTIVATION_QUESTIONS } from './motivation.ts';
import { OPENING_QUESTIONS } from './opening.ts';
import { QUESTIONS_TO_ASK } from './questions-to-ask.ts';
import { SITUATIONAL_QUESTIONS } from './situational.ts';

export { GAP_PATHS, VISA_PATHS } from './answer-paths.ts';
export {
  type QuestionProfileFacts,
  questionFitsProfile,
  YEARS_AGO_THRESHOLD,
} from './audience.ts';
export {
  BEHAVIOURAL_BAND,
  NARRATIVE_BAND,
  QUICK_BAND,
  RED_FLAG_BAND,
  SITUATIONAL_BAND,
} from './time-bands.ts';
export { ANSWER_TIPS, type AnswerTip } from './tips.ts';
export {
  ACADEMIC_QUESTIONS,
  BEHAVIOURAL_QUESTIONS,
  IMG_QUESTIONS,
  IMPROPER_QUESTIONS,
  MOTIVATION_QUESTIONS,
  OPENING_QUESTIONS,
  QUESTIONS_TO_ASK,
  SITUATIONAL_QUESTIONS,
};

/**
 * The whole bank, themes in `INTERVIEW_THEMES` order and, within a theme, the most common
 * phrasing first. The scheduler introduces new questions by priority and then by this order.
 */
export const QUESTION_BANK: readonly InterviewQuestion[] = [
  ...OPENING_QUESTIONS,
  ...MOTIVATION_QUESTIONS,
  ...IMG_QUESTIONS,
  ...BEHAVIOURAL_QUESTIONS,
  ...SITUATIONAL_QUESTIONS,
  ...ACADEMIC_QUESTIONS,
  ...QUESTIONS_TO_ASK,
  ...IMPROPER_QUESTIONS,
];

const BY_ID: ReadonlyMap<string, InterviewQuestion> = new Map(QUESTION_BANK.map((q) => [q.id, q]));

export function findQuestion(id: string): InterviewQuestion | undefined {
  return BY_ID.get(id);
}
