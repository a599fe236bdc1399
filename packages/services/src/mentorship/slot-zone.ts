import { isKnownTimeZone } from '@matchready/core/mentorship';

export type SlotZoneSource = 'preferences' | 'browser' | 'mentor';

/**
 * The zone a mentee's slot times are shown in (decision 048): their saved preference; else the
 * zone their browser reports (a mentee who never opened preferences still sees their own clock);
 * else, when the browser sent none or one this server does not know, the mentor's. The source is
 * returned so the page can say which zone it shows.
 */
export function slotZone(
  saved: string | undefined,
  browser: string | undefined,
  mentor: string,
): { timeZone: string; source: SlotZoneSource } {
  if (saved !== undefined) return { timeZone: saved, source: 'preferences' };
  if (browser !== undefined && isKnownTimeZone(browser))
    return { timeZone: browser, source: 'browser' };
  return { timeZone: mentor, source: 'mentor' };
}
