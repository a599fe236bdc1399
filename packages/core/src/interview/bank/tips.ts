// Advice that applies to every question, shown with each one (issue 14). Our own words.

export interface AnswerTip {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export const ANSWER_TIPS: readonly AnswerTip[] = [
  {
    id: 'pause-first',
    title: 'Pause before you answer',
    text: 'Take a breath and a few seconds to collect your thoughts before you start. A short, calm pause reads as thoughtful, not slow, and it is better than filling the silence with "um".',
  },
  {
    id: 'own-words',
    title: 'Use your own words',
    text: 'Know your points, not a script. The sample answer shows one way to cover them; yours should sound like you, with your own examples.',
  },
];
