/**
 * The outreach composer's pure parts: where the checker's quotes sit in the message (for the
 * highlighted preview), and the draft kept in localStorage so a reload or a closed tab does not
 * lose a half-written first message.
 */

export interface QuotedIssue {
  readonly code: string;
  readonly evidence: string | null;
}

/** A run of the message: plain text, or text one issue quotes (the issue's index in the list). */
export interface MessagePart {
  readonly text: string;
  readonly issue: number | null;
}

/**
 * Splits the message into runs so each quote can be marked. The checker's quotes are verbatim
 * substrings; the first occurrence is the one it means (it quotes the first offending sentence).
 * A quote overlapping one already placed is left unmarked: the issue list still shows it.
 */
export function splitByEvidence(text: string, issues: readonly QuotedIssue[]): MessagePart[] {
  const spans: { start: number; end: number; issue: number }[] = [];
  issues.forEach((issue, index) => {
    if (issue.evidence === null || issue.evidence === '') return;
    const start = text.indexOf(issue.evidence);
    if (start < 0) return;
    const end = start + issue.evidence.length;
    if (spans.some((span) => start < span.end && span.start < end)) return;
    spans.push({ start, end, issue: index });
  });
  spans.sort((a, b) => a.start - b.start);
  const parts: MessagePart[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start > at) parts.push({ text: text.slice(at, span.start), issue: null });
    parts.push({ text: text.slice(span.start, span.end), issue: span.issue });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), issue: null });
  return parts;
}

/** The part of Web Storage the draft needs, so tests can pass a Map-backed one. */
export interface DraftStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutreachDraftState {
  readonly text: string;
  /** ISO timestamp of the last save, shown as "saved at". */
  readonly savedAt: string;
}

const DRAFT_VERSION = 1;

export const draftKey = (mentorId: string): string => `matchready:outreach-draft:${mentorId}`;

/** The saved draft, or null when there is none or what is stored is not ours (never throws). */
export function loadDraft(storage: DraftStorage, mentorId: string): OutreachDraftState | null {
  let raw: string | null;
  try {
    raw = storage.getItem(draftKey(mentorId));
  } catch {
    return null;
  }
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      'v' in value &&
      value.v === DRAFT_VERSION &&
      'text' in value &&
      typeof value.text === 'string' &&
      'savedAt' in value &&
      typeof value.savedAt === 'string'
    ) {
      return { text: value.text, savedAt: value.savedAt };
    }
  } catch {
    // Not JSON: someone else's value under our key; treat as no draft.
  }
  return null;
}

/**
 * Saves the draft; an empty message removes it. Returns false when the browser refuses (private
 * mode, quota), so the composer can say the draft is not kept.
 */
export function saveDraft(
  storage: DraftStorage,
  mentorId: string,
  text: string,
  savedAt: string,
): boolean {
  try {
    if (text.trim() === '') storage.removeItem(draftKey(mentorId));
    else storage.setItem(draftKey(mentorId), JSON.stringify({ v: DRAFT_VERSION, text, savedAt }));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage, mentorId: string): void {
  try {
    storage.removeItem(draftKey(mentorId));
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
