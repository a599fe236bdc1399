import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render.tsx';
import { BookCallCard } from './book-call-card.tsx';
import type { BookableSlot, SlotsZone } from './booking-slots.ts';

const mentor = { id: 'mentor-1', displayName: 'Dr. Okafor' };
const NY = { timeZone: 'America/New_York', utcOffset: '-05:00' } as const;
const UTC = { timeZone: 'UTC', utcOffset: '+00:00' } as const;
const nine: BookableSlot = {
  start: '2027-01-12T14:00:00.000Z',
  end: '2027-01-12T14:20:00.000Z',
  mentor: { ...NY, date: '2027-01-12', time: '09:00', weekday: 'tue' },
  mentee: { ...UTC, date: '2027-01-12', time: '14:00', weekday: 'tue' },
};
const nineTwenty: BookableSlot = {
  start: '2027-01-12T14:20:00.000Z',
  end: '2027-01-12T14:40:00.000Z',
  mentor: { ...NY, date: '2027-01-12', time: '09:20', weekday: 'tue' },
  mentee: { ...UTC, date: '2027-01-12', time: '14:20', weekday: 'tue' },
};

/** The slots answer; "your time" came from saved preferences unless a test says otherwise. */
const slotsBody = (
  slots: BookableSlot[],
  menteeZone: SlotsZone = { timeZone: 'UTC', source: 'preferences' },
) => ({ slots, minutes: 20, menteeZone });

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A stand-in for the server at the fetch boundary: answers in turn, records what was sent. */
function fakeServer(answers: Record<string, Response[]>) {
  const sent: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      const method = init.method ?? 'GET';
      sent.push({ method, url, body: init.body ? JSON.parse(String(init.body)) : undefined });
      const next = answers[`${method} ${url}`]?.shift();
      if (!next) throw new Error(`unexpected ${method} ${url}`);
      return next;
    }),
  );
  return sent;
}

function renderCard() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithMantine(
    <QueryClientProvider client={client}>
      <BookCallCard relationshipId="rel-1" mentor={mentor} />
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Book a call' }));
}

// The browser's zone goes along (vitest runs with TZ=UTC).
const SLOTS = 'GET /api/mentorship/mentors/mentor-1/slots?timeZone=UTC';
const BOOK = 'POST /api/mentorship/relationships/rel-1/meetings';

afterEach(() => vi.unstubAllGlobals());

// Mantine in jsdom takes seconds per render on the shared 2-core machine.
describe('BookCallCard', { timeout: 30_000 }, () => {
  it('says so when the mentor has published no times', async () => {
    fakeServer({
      [SLOTS]: [json(200, slotsBody([]))],
      'GET /api/mentorship/mentors/mentor-1': [
        json(200, { entry: { mentor: { availability: [] } } }),
      ],
    });
    renderCard();
    expect(
      await screen.findByText(/Dr\. Okafor has not published times for a first call yet\./),
    ).toBeTruthy();
    expect(screen.getByText(/Plan a meeting by message instead/)).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
  });

  it('books the picked slot from the availability', async () => {
    const sent = fakeServer({
      [SLOTS]: [json(200, slotsBody([nine, nineTwenty]))],
      [BOOK]: [json(201, { meeting: { id: 'm-1' } })],
    });
    renderCard();
    fireEvent.click(
      await screen.findByRole('radio', { name: '14:20 your time · 09:20 for Dr. Okafor' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Book Tue 12 Jan, 14:20 your time' }));
    expect(
      await screen.findByText(/Tue 12 Jan, 14:20 your time\. It is in your meetings/),
    ).toBeTruthy();
    expect(sent.find((r) => r.method === 'POST')?.body).toEqual({
      scheduledAt: '2027-01-12T14:20:00.000Z',
      minutes: 20,
      fromAvailability: true,
    });
  });

  it("says when the times are in this device's zone (no preferences saved)", async () => {
    fakeServer({
      [SLOTS]: [json(200, slotsBody([nine], { timeZone: 'UTC', source: 'browser' }))],
    });
    renderCard();
    expect(
      await screen.findByText(
        /Times in this device's time zone \(UTC\), with Dr\. Okafor's time \(America\/New_York\) beside them; save a time zone in your mentee preferences/,
      ),
    ).toBeTruthy();
  });

  it('on a conflict, says the time was taken and shows the refreshed list', async () => {
    fakeServer({
      [SLOTS]: [json(200, slotsBody([nine, nineTwenty])), json(200, slotsBody([nineTwenty]))],
      [BOOK]: [json(409, { error: { code: 'conflict', message: 'That slot was just booked' } })],
    });
    renderCard();
    fireEvent.click(
      await screen.findByRole('radio', { name: '14:00 your time · 09:00 for Dr. Okafor' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Book Tue 12 Jan, 14:00 your time' }));
    expect(await screen.findByText('That time was just taken')).toBeTruthy();
    await waitFor(() =>
      expect(
        screen.queryByRole('radio', { name: '14:00 your time · 09:00 for Dr. Okafor' }),
      ).toBeNull(),
    );
    expect(
      screen.getByRole('radio', { name: '14:20 your time · 09:20 for Dr. Okafor' }),
    ).toBeTruthy();
    // Nothing is picked any more, so nothing can be booked by accident.
    expect(screen.getByRole('button', { name: 'Book this time' })).toHaveProperty('disabled', true);
  });
});
