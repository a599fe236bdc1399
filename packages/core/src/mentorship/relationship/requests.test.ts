import { describe, expect, it } from 'vitest';
import type { MentorshipRequest } from '../../vocabulary/mentorship.ts';
import {
  AUTO_DECLINE_NOTES,
  autoDeclines,
  canMoveRequest,
  decideAccept,
  effectiveRequestStatus,
  isNudgeDue,
  openRequestAllowance,
  requestExpiresAt,
} from './requests.ts';

const SENT = '2026-03-01T10:00:00.000Z';
const request = (overrides: Partial<MentorshipRequest> = {}): MentorshipRequest => ({
  id: 'r1',
  menteeId: 'e1',
  mentorId: 'm1',
  status: 'pending',
  createdAt: SENT,
  respondedAt: null,
  nudgedAt: null,
  ...overrides,
});
const at = (iso: string) => new Date(iso);

describe('request expiry', () => {
  it('expires exactly 14 × 24 hours after sending, not a millisecond before', () => {
    expect(requestExpiresAt(request())).toBe('2026-03-15T10:00:00.000Z');
    expect(effectiveRequestStatus(request(), at('2026-03-15T09:59:59.999Z'))).toBe('pending');
    expect(effectiveRequestStatus(request(), at('2026-03-15T10:00:00.000Z'))).toBe('expired');
  });

  it('leaves answered requests as they are', () => {
    const accepted = request({ status: 'accepted', respondedAt: '2026-03-02T10:00:00Z' });
    expect(effectiveRequestStatus(accepted, at('2027-01-01T00:00:00Z'))).toBe('accepted');
  });

  it('refuses a malformed timestamp as a programmer error', () => {
    expect(() => effectiveRequestStatus(request({ createdAt: 'yesterday' }), at(SENT))).toThrow(
      /createdAt/,
    );
  });
});

describe('openRequestAllowance', () => {
  const now = at('2026-03-10T00:00:00Z');
  it('allows up to 3 open requests and says how many remain', () => {
    const two = [request({ id: 'a' }), request({ id: 'b' })];
    expect(openRequestAllowance(two, now)).toEqual({
      open: 2,
      limit: 3,
      remaining: 1,
      allowed: true,
    });
    const three = [...two, request({ id: 'c' })];
    expect(openRequestAllowance(three, now)).toEqual({
      open: 3,
      limit: 3,
      remaining: 0,
      allowed: false,
    });
  });

  it('does not count answered, withdrawn or expired requests', () => {
    const requests = [
      request({ id: 'a', status: 'declined' }),
      request({ id: 'b', status: 'withdrawn' }),
      request({ id: 'c', createdAt: '2026-02-20T00:00:00Z' }), // stored pending, expired at now
      request({ id: 'd' }),
    ];
    expect(openRequestAllowance(requests, now)).toMatchObject({ open: 1, remaining: 2 });
    expect(openRequestAllowance([], now, 5)).toEqual({
      open: 0,
      limit: 5,
      remaining: 5,
      allowed: true,
    });
  });
});

describe('isNudgeDue', () => {
  it('is due from exactly 5 days after sending, once', () => {
    expect(isNudgeDue(request(), at('2026-03-06T09:59:59.999Z'))).toBe(false);
    expect(isNudgeDue(request(), at('2026-03-06T10:00:00.000Z'))).toBe(true);
    expect(
      isNudgeDue(request({ nudgedAt: '2026-03-06T10:00:00Z' }), at('2026-03-08T00:00:00Z')),
    ).toBe(false);
  });

  it('is not due for closed or expired requests', () => {
    expect(isNudgeDue(request({ status: 'accepted' }), at('2026-03-07T00:00:00Z'))).toBe(false);
    expect(isNudgeDue(request(), at('2026-03-15T10:00:00Z'))).toBe(false);
  });
});

describe('request transitions and capacity', () => {
  it('moves only from pending, to a final status', () => {
    expect(canMoveRequest('pending', 'accepted')).toBe(true);
    expect(canMoveRequest('pending', 'expired')).toBe(true);
    expect(canMoveRequest('pending', 'pending')).toBe(false);
    expect(canMoveRequest('accepted', 'declined')).toBe(false);
    expect(canMoveRequest('expired', 'accepted')).toBe(false);
  });

  it('accepts only below capacity, down to the last place', () => {
    expect(decideAccept({ capacity: 2, activeMentees: 1 })).toEqual({
      allowed: true,
      freePlacesAfter: 0,
    });
    expect(decideAccept({ capacity: 2, activeMentees: 2 })).toMatchObject({
      allowed: false,
      reason: 'full',
    });
    expect(decideAccept({ capacity: 1, activeMentees: 3 })).toMatchObject({ allowed: false });
  });

  it('declines open requests politely when a mentor pauses or fills up', () => {
    const now = at('2026-03-05T00:00:00Z');
    const requests = [
      request({ id: 'a' }),
      request({ id: 'b', status: 'accepted' }),
      request({ id: 'c' }),
    ];
    const paused = autoDeclines(
      { capacity: 3, activeMentees: 1, acceptingRequests: false },
      requests,
      now,
    );
    expect(paused?.reason).toBe('paused');
    expect(paused?.note).toBe(AUTO_DECLINE_NOTES.paused);
    expect(paused?.requests.map((r) => r.id)).toEqual(['a', 'c']);
    const full = autoDeclines(
      { capacity: 2, activeMentees: 2, acceptingRequests: true },
      requests,
      now,
    );
    expect(full?.reason).toBe('full');
    expect(
      autoDeclines({ capacity: 3, activeMentees: 2, acceptingRequests: true }, requests, now),
    ).toBeNull();
    expect(
      autoDeclines({ capacity: 1, activeMentees: 1, acceptingRequests: true }, [], now),
    ).toBeNull();
  });
});
