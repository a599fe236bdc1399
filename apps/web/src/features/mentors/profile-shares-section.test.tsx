import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithMantine } from '../../test/render.tsx';
import { ProfileSharesSection } from './profile-shares-section.tsx';

const PATH = '/api/mentorship/relationships/rel-1/profile-shares';
const AT = '2027-01-05T10:00:00.000Z';
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

function render(side: 'mentee' | 'mentor') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  renderWithMantine(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <ProfileSharesSection
          relationshipId="rel-1"
          side={side}
          names={{ mentee: 'Amina', mentor: 'Dr. Okafor' }}
          active
        />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const visaShared = {
  side: 'mentee',
  profileSaved: true,
  shared: [{ field: 'visaNeed', sharedAt: AT }],
  profile: { visaNeed: 'h1b' },
  history: [{ field: 'visaNeed', sharedAt: AT, revokedAt: null }],
};

afterEach(() => vi.unstubAllGlobals());

describe('ProfileSharesSection', { timeout: 30_000 }, () => {
  it('shares exactly the ticked fields and shows what the mentor sees', async () => {
    const sent = fakeServer({
      [`GET ${PATH}`]: [
        json(200, visaShared),
        json(200, {
          ...visaShared,
          shared: [
            { field: 'graduationYear', sharedAt: AT },
            { field: 'visaNeed', sharedAt: AT },
          ],
          profile: { graduationYear: 2019, visaNeed: 'h1b' },
        }),
      ],
      [`PUT ${PATH}`]: [json(200, visaShared)],
    });
    render('mentee');
    expect(await screen.findByRole('checkbox', { name: 'Visa need' })).toHaveProperty(
      'checked',
      true,
    );
    expect(screen.getByText('H-1B')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Graduation year' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save what I share' }));
    await waitFor(() => expect(sent.some((r) => r.method === 'PUT')).toBe(true));
    expect(sent.find((r) => r.method === 'PUT')?.body).toEqual({
      fields: ['visaNeed', 'graduationYear'],
    });
  });

  it('revokes every field at once', async () => {
    const sent = fakeServer({
      [`GET ${PATH}`]: [
        json(200, visaShared),
        json(200, { ...visaShared, shared: [], profile: {} }),
      ],
      [`PUT ${PATH}`]: [json(200, { ...visaShared, shared: [], profile: {} })],
    });
    render('mentee');
    fireEvent.click(await screen.findByRole('button', { name: 'Stop sharing all fields' }));
    await waitFor(() => expect(sent.some((r) => r.method === 'PUT')).toBe(true));
    expect(sent.find((r) => r.method === 'PUT')?.body).toEqual({ fields: [] });
  });

  it('shows the mentor the shared values only, without any checkbox', async () => {
    fakeServer({
      [`GET ${PATH}`]: [json(200, { ...visaShared, side: 'mentor', history: [] })],
    });
    render('mentor');
    expect(await screen.findByText('H-1B')).toBeTruthy();
    expect(screen.getByText('Visa need')).toBeTruthy();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByText('Graduation year')).toBeNull();
  });
});
