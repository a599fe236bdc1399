import type { InterviewTheme } from '@matchready/core/interview';

/** How the themes are named in the app (themes A–H; docs/sources.md#aamc-vita, #aamc-svi). */
export const THEME_LABELS: Readonly<Record<InterviewTheme, string>> = {
  opening: 'Opening and your story',
  motivation: 'Motivation and fit',
  img: 'IMG-specific',
  behavioural: 'Behavioural (STAR)',
  situational: 'Situational and ethical',
  academic: 'Academic and clinical',
  'questions-to-ask': 'Questions to ask the program',
  'improper-questions': 'Improper questions drill',
};
