// STAR-L structure for behavioural answers (docs/sources.md#answer-length-guidance, #aamc-svi):
// each sentence is labelled by markers (learning > result > situation > task > action), unlabelled
// sentences continue the part before them. Reports presence with evidence, I/we balance and rough
// proportions; never a STAR percentage. O(tokens + marker matches).

import type { StarCheck, StarPart, StarReport } from '../../vocabulary/interview.ts';
import { STAR_LEARNING, STAR_RESULT, STAR_SITUATION, STAR_TASK } from './lexicons.ts';
import { findAll, type Lexicon, type TextIndex } from './phrases.ts';
import type { ActionSentence } from './pronouns.ts';
import { quote, sentenceWordCount, spokenSentences } from './text.ts';
import type { Thresholds } from './thresholds.ts';

type Part = 'situation' | 'task' | 'action' | 'result' | 'learning';

const ANCHOR_ENTITIES = new Set(['DATE', 'TIME', 'DURATION']);

function sentencesWith(index: TextIndex, lexicon: Lexicon): Set<number> {
  return new Set(findAll(index, lexicon).map((match) => match.sentence));
}

function share(words: number, total: number): number {
  return total === 0 ? 0 : Math.round((words / total) * 1000) / 1000;
}

export function analyseStar(
  index: TextIndex,
  actions: readonly ActionSentence[],
  thresholds: Thresholds,
): StarReport {
  const { parsed } = index;
  const spoken = spokenSentences(parsed);
  const learning = sentencesWith(index, STAR_LEARNING);
  const result = sentencesWith(index, STAR_RESULT);
  const situation = sentencesWith(index, STAR_SITUATION);
  const task = sentencesWith(index, STAR_TASK);
  for (const entity of parsed.entities) {
    if (!ANCHOR_ENTITIES.has(entity.type)) continue;
    const token = parsed.tokens[entity.start];
    if (token !== undefined) situation.add(token.sentence);
  }
  const narrated = new Set(actions.filter((a) => a.past).map((a) => a.sentence.index));

  const firstOf: Partial<Record<Part, number>> = {};
  const words: Record<Part, number> = { situation: 0, task: 0, action: 0, result: 0, learning: 0 };
  let previous: Part = 'situation';
  let total = 0;
  spoken.forEach((sentence, position) => {
    const early = position < Math.max(1, Math.ceil(spoken.length / 2));
    const s = sentence.index;
    let part: Part | null = null;
    if (learning.has(s)) part = 'learning';
    else if (result.has(s) && position > 0) part = 'result';
    else if (situation.has(s) && early) part = 'situation';
    else if (task.has(s)) part = 'task';
    else if (narrated.has(s)) part = 'action';
    if (part !== null && firstOf[part] === undefined) firstOf[part] = s;
    const label = part ?? previous;
    const count = sentenceWordCount(parsed, sentence);
    words[label] += count;
    total += count;
    previous = label;
  });

  const partOf = (part: Part): StarPart => {
    const s = firstOf[part];
    return s === undefined
      ? { present: false, evidence: null }
      : { present: true, evidence: quote(parsed, s) };
  };
  let iCount = 0;
  let weCount = 0;
  for (const action of actions) {
    iCount += action.iCount;
    weCount += action.weCount;
  }
  const proportions = {
    setup: share(words.situation + words.task, total),
    action: share(words.action, total),
    resultAndLearning: share(words.result + words.learning, total),
  };

  const parts = {
    situation: partOf('situation'),
    task: partOf('task'),
    action: partOf('action'),
    result: partOf('result'),
    learning: partOf('learning'),
  };
  const checks: StarCheck[] = [];
  if (!parts.situation.present) {
    checks.push({
      code: 'no-specific-situation',
      message: 'No specific situation: nothing says when or where it happened.',
      evidence: null,
    });
  }
  if (!parts.result.present) {
    checks.push({
      code: 'no-clear-result',
      message: 'No clear result: nothing says how it ended or what changed.',
      evidence: null,
    });
  }
  if (weCount > iCount && weCount >= 2) {
    const first = actions.find((a) => a.weCount > a.iCount);
    checks.push({
      code: 'mostly-we',
      message: `Mostly "we": ${weCount} we/our against ${iCount} I/my where actions are described.`,
      evidence: first === undefined ? null : quote(parsed, first.sentence.index),
    });
  }
  if (spoken.length >= 3 && proportions.setup > thresholds.starSetupMaxShare) {
    checks.push({
      code: 'long-setup',
      message: `Situation and task take ${Math.round(proportions.setup * 100)}% of the words; aim for about ${Math.round(thresholds.starSetupMaxShare * 100)}% or less.`,
      evidence: null,
    });
  }
  if (parts.action.present && proportions.action < thresholds.starActionMinShare) {
    checks.push({
      code: 'short-action',
      message: `Actions take ${Math.round(proportions.action * 100)}% of the words; the bulk of the answer should be what you did.`,
      evidence: null,
    });
  }
  if (parts.result.present && proportions.resultAndLearning < thresholds.starResultMinShare) {
    checks.push({
      code: 'short-result',
      message: 'The result and what you learned are only touched on; give them a few sentences.',
      evidence: null,
    });
  }
  return {
    ...parts,
    iCount,
    weCount,
    iWeRatio:
      iCount + weCount === 0 ? null : Math.round((iCount / (iCount + weCount)) * 1000) / 1000,
    proportions,
    checks,
  };
}
