import { describe, expect, it } from 'vitest';
import { slotZone } from './slot-zone.ts';

describe('slotZone', () => {
  it('prefers the saved zone over the browser and the mentor', () => {
    expect(slotZone('Asia/Kolkata', 'Europe/Berlin', 'America/Chicago')).toEqual({
      timeZone: 'Asia/Kolkata',
      source: 'preferences',
    });
  });

  it("uses the browser's zone when nothing is saved", () => {
    expect(slotZone(undefined, 'Europe/Berlin', 'America/Chicago')).toEqual({
      timeZone: 'Europe/Berlin',
      source: 'browser',
    });
  });

  it("falls back to the mentor's zone without a usable browser zone", () => {
    expect(slotZone(undefined, undefined, 'America/Chicago')).toEqual({
      timeZone: 'America/Chicago',
      source: 'mentor',
    });
    expect(slotZone(undefined, 'Mars/Olympus_Mons', 'America/Chicago')).toEqual({
      timeZone: 'America/Chicago',
      source: 'mentor',
    });
  });
});
