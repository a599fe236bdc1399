import type { MatchExplanation } from '@matchready/contract';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithMantine } from '../../test/render.tsx';
import { ExplanationView } from './explanation-view.tsx';

const explanation: MatchExplanation = {
  runId: 'run-1',
  applicantId: 'daniela-rojas',
  matchedProgram: 'mercy-general-im',
  matchedRank: 2,
  summary: 'Matched at your 2nd choice, mercy-general-im.',
  entries: [
    {
      rank: 1,
      programId: 'northside-radiology-adv',
      verdict: 'filled-with-preferred',
      message: 'Its one position went to chen-wei, whom it ranked higher.',
    },
    { rank: 2, programId: 'mercy-general-im', verdict: 'matched', message: 'You matched here.' },
  ],
};

describe('ExplanationView', () => {
  it('states the outcome and walks the rank list in order with a verdict for each program', () => {
    renderWithMantine(<ExplanationView explanation={explanation} />);
    expect(screen.getByText('Matched at mercy-general-im')).toBeTruthy();
    expect(screen.getByText(explanation.summary)).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Rank list of daniela-rojas' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('1st choice: northside-radiology-adv');
    expect(items[0]?.textContent).toContain('Filled with preferred');
    expect(items[0]?.textContent).toContain('whom it ranked higher');
    expect(items[1]?.textContent).toContain('2nd choice: mercy-general-im');
    expect(items[1]?.textContent).toContain('Matched');
  });

  it('says plainly when the applicant did not match', () => {
    renderWithMantine(
      <ExplanationView
        explanation={{
          ...explanation,
          matchedProgram: null,
          matchedRank: null,
          summary: 'Not matched.',
          entries: [],
        }}
      />,
    );
    expect(screen.getByText('Not matched')).toBeTruthy();
    expect(screen.getByText(/ranked no programs/)).toBeTruthy();
  });
});
