// Which of a question's answer paths an answer takes (decision 035): the caller's choice when it
// names one, else the path whose cue the answer states earliest (not negated: "I don't need a
// visa" takes "no visa needed", "I'm not a citizen" does not take it). Without a cue, the
// question's own points. O(cues × occurrences).
import type { AnswerPath, InterviewQuestion, TalkingPoint } from '../../vocabulary/interview.ts';
import { findAll, type TextIndex } from './phrases.ts';

export interface ChosenPath {
  readonly path: AnswerPath | null;
  readonly talkingPoints: readonly TalkingPoint[];
}

export function choosePath(
  index: TextIndex,
  question: InterviewQuestion,
  pathId?: string,
): ChosenPath {
  const paths = question.paths ?? [];
  const named = pathId === undefined ? undefined : paths.find((p) => p.id === pathId);
  if (named !== undefined) return { path: named, talkingPoints: named.talkingPoints };
  let best: { path: AnswerPath; start: number } | null = null;
  for (const path of paths) {
    const first = findAll(index, path.cues).find((m) => !m.negated);
    if (first !== undefined && (best === null || first.start < best.start)) {
      best = { path, start: first.start };
    }
  }
  return best === null
    ? { path: null, talkingPoints: question.talkingPoints }
    : { path: best.path, talkingPoints: best.path.talkingPoints };
}
