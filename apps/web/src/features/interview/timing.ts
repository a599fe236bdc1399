/** Pure timer helpers for practice and mock interviews. */

/** 65 → "1:05"; negative values are shown as 0:00. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** 65 → "1 min 5 s", 120 → "2 min", 30 → "30 s" (for labels and screen readers). */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/**
 * What a screen reader hears while the timer runs: only a few moments, never every second
 * (one sparse cue: docs/sources.md#chollet-2022-feedback-timing). Null means "say nothing now".
 */
export function timerAnnouncement(secondsLeft: number, totalSeconds: number): string | null {
  const left = Math.ceil(secondsLeft);
  if (left <= 0) return 'Time is up.';
  if (left === 30 && totalSeconds > 60) return '30 seconds left.';
  if (left === 10 && totalSeconds >= 30) return '10 seconds left.';
  return null;
}

/** "in 10 minutes", "in 3 days", "now" for a due date relative to `now`. */
export function dueIn(dueAt: string, now: number): string {
  const ms = Date.parse(dueAt) - now;
  if (ms <= 0) return 'now';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `in ${Math.max(1, minutes)} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `in ${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `in ${days} day${days === 1 ? '' : 's'}`;
}
