import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render.tsx';
import { OutreachComposer } from './outreach-composer.tsx';
import { draftKey } from './outreach-draft.ts';

const mentor = { id: 'mentor-1', displayName: 'Dr. Okafor' };
const GOOD = [
  'Dear Dr. Okafor,',
  'My name is Amina Yusuf, an international medical graduate from Nigeria applying to internal medicine.',
  'Like you, I trained in Lagos, and I found your profile in the MatchReady mentor directory.',
  'Would you be open to a 15-minute call in the next two or three weeks? I would like to ask how you chose programs. I know your schedule is busy, and I completely understand if now is not a good time.',
  'Thank you for your time,\nAmina',
].join('\n\n');

// jsdom has no FontFaceSet; Mantine's autosize textarea listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  });
}

afterEach(() => window.localStorage.clear());

function renderComposer(onSend = vi.fn(async () => undefined)) {
  renderWithMantine(
    <OutreachComposer
      mentor={mentor}
      menteeName="Amina Yusuf"
      onSend={onSend}
      sending={false}
      error={null}
    />,
  );
  return { onSend, box: screen.getByLabelText('Your message to Dr. Okafor') };
}

// Mantine in jsdom takes seconds per render on the shared 2-core machine.
describe('OutreachComposer', { timeout: 30_000 }, () => {
  it('lists what to fix with the quoted evidence, and says when the message is ready', async () => {
    const { box } = renderComposer();
    fireEvent.change(box, {
      target: {
        value: 'To whom it may concern,\n\nCould you write me a letter of recommendation?',
      },
    });
    const list = await screen.findByRole('list', { name: 'Things to fix' });
    const items = within(list).getAllByRole('listitem');
    const codes = items.map((item) => item.getAttribute('data-code'));
    expect(codes).toContain('generic-greeting');
    expect(codes).toContain('big-first-ask');
    const greeting = items.find((item) => item.getAttribute('data-code') === 'generic-greeting');
    expect(greeting?.querySelector('mark')?.textContent).toBe('To whom it may concern');

    fireEvent.change(box, { target: { value: GOOD } });
    expect(await screen.findByText('Ready to send')).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Things to fix' })).toBeNull();
    expect(screen.getByText(/free\. Never send or ask for money/)).toBeTruthy();
  });

  it('keeps the draft across a remount and clears it once sent', async () => {
    const first = renderComposer();
    fireEvent.change(first.box, { target: { value: GOOD } });
    await waitFor(() => expect(window.localStorage.getItem(draftKey(mentor.id))).not.toBeNull());

    document.body.innerHTML = '';
    const second = renderComposer();
    expect((second.box as HTMLTextAreaElement).value).toBe(GOOD);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    });
    expect(second.onSend).toHaveBeenCalledWith(GOOD);
    await waitFor(() => expect(window.localStorage.getItem(draftKey(mentor.id))).toBeNull());
    expect((second.box as HTMLTextAreaElement).value).toBe('');
  });

  it('keeps the draft when sending fails', async () => {
    const { box } = renderComposer(
      vi.fn(async () => {
        throw new Error('full');
      }),
    );
    fireEvent.change(box, { target: { value: GOOD } });
    await waitFor(() => expect(window.localStorage.getItem(draftKey(mentor.id))).not.toBeNull());
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Send request' }));
    });
    expect((box as HTMLTextAreaElement).value).toBe(GOOD);
    expect(window.localStorage.getItem(draftKey(mentor.id))).not.toBeNull();
  });

  it('writes a starter draft from the answers', async () => {
    const { box } = renderComposer();
    fireEvent.change(screen.getByLabelText('Where you trained'), {
      target: { value: 'University of Lagos in Nigeria' },
    });
    fireEvent.change(screen.getByLabelText('Specialty you are applying to'), {
      target: { value: 'internal medicine' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Write a draft for me' }));
    const value = (box as HTMLTextAreaElement).value;
    expect(value.startsWith('Dear Dr. Okafor,')).toBe(true);
    expect(value).toContain('My name is Amina Yusuf');
    expect(value).toContain('University of Lagos in Nigeria');
  });
});
