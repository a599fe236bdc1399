import type { InterviewTheme, QuestionListResponse } from '@matchready/contract';

/** Theme labels come with the bank listing (the server names them); fall back to the code. */
export function themeLabel(list: QuestionListResponse | undefined, theme: InterviewTheme): string {
  return list?.themes.find((t) => t.theme === theme)?.label ?? theme;
}
