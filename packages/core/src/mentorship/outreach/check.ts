/**
 * Offline checker for a first message to a mentor (issue 9; structure from ECFMG's advisor network,
 * docs/sources.md#ecfmg-ian, and docs/outreach-issues.md: who you are; how you found them; one small specific ask; respect
 * for their time; 2–3 short paragraphs). Rule-based and deterministic; every quote is a verbatim
 * substring of the input, or null when the issue is something missing. Decision 020 says why
 * this is plain TypeScript rather than wink-nlp. O(length of the text).
 */
import type { OutreachIssueCode } from '../../vocabulary/mentorship.ts';
import {
  ADVICE_FRAME,
  BIG_ASKS,
  type BigAskKind,
  CLAUSE_BREAK,
  CONNECTION,
  CONVERSATION,
  GENERIC_GREETING,
  INTRODUCTION,
  NEGATION,
  REQUEST_CUE,
  SPECIFIC_ASK,
  TIME_RESPECT,
  VAGUE_ASK,
} from './patterns.ts';
import { layoutMessage, type MessageLayout, type Span } from './text.ts';

export interface OutreachIssue {
  readonly code: OutreachIssueCode;
  readonly message: string;
  /** Verbatim from the message, or null when the issue is an absence. */
  readonly evidence: string | null;
}

export interface OutreachReport {
  /** Words in the whole message, greeting and sign-off included. */
  readonly wordCount: number;
  /** Body paragraphs: the greeting line and the sign-off are not counted. */
  readonly paragraphs: number;
  readonly sentences: number;
  /** No issues: ready to send. */
  readonly ready: boolean;
  /** In OUTREACH_ISSUE_CODES order. */
  readonly issues: readonly OutreachIssue[];
}

/** Lengths for a first message (MatchReady's reading of "2–3 short paragraphs"). */
export const OUTREACH_LIMITS = Object.freeze({
  maxWords: 200,
  maxParagraphs: 4,
  maxParagraphWords: 120,
});

const BIG_ASK_MESSAGES: Readonly<Record<BigAskKind, string>> = {
  letter:
    'A first message should not ask for a letter of recommendation: letters come from people who have seen your work. Ask for a short call now; a letter may come later.',
  job: 'A first message should not ask for a job or a place in a program: it puts the mentor in an awkward spot. Ask for their advice on your applications instead.',
  research:
    'A first message should not ask for a research position: ask how they found research opportunities, and let an offer come from the relationship.',
  visa: 'A first message should not ask for visa sponsorship: a mentor cannot arrange it. Ask how the IMGs they know handled visas instead.',
};

/** True when `pattern` matches inside a clause that is neither negated nor a request for advice. */
function assertedIn(sentence: string, pattern: RegExp): boolean {
  const breaks = [...sentence.matchAll(CLAUSE_BREAK)].map((m) => (m.index ?? 0) + m[0].length);
  const global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  for (const match of sentence.matchAll(global)) {
    const at = match.index ?? 0;
    const clauseStart = breaks.filter((end) => end <= at).at(-1) ?? 0;
    const before = sentence.slice(clauseStart, at);
    if (!NEGATION.test(before) && !ADVICE_FRAME.test(before)) return true;
  }
  return false;
}

function isSpecificAsk(sentence: string): boolean {
  const cue = REQUEST_CUE.test(sentence);
  const conversation = CONVERSATION.test(sentence);
  if (cue && conversation) return true;
  return (
    SPECIFIC_ASK.some((p) => p.test(sentence)) &&
    (cue || conversation || sentence.trimEnd().endsWith('?'))
  );
}

function tooLong(layout: MessageLayout, quote: (span: Span) => string): OutreachIssue | null {
  const { words, paragraphs, sentences } = layout;
  const sentenceAt = (offset: number): Span | undefined =>
    sentences.find((s) => s.start <= offset && offset < s.end);
  const firstSentenceOf = (paragraph: Span): Span => sentenceAt(paragraph.start) ?? paragraph;
  if (words.length > OUTREACH_LIMITS.maxWords) {
    const over = words[OUTREACH_LIMITS.maxWords] as Span;
    const span = sentenceAt(over.start) ?? over;
    return {
      code: 'too-long',
      message: `The message has ${words.length} words. Keep a first message to ${OUTREACH_LIMITS.maxWords} words or fewer (2–3 short paragraphs); the quote is where it passes the limit.`,
      evidence: quote(span),
    };
  }
  if (paragraphs.length > OUTREACH_LIMITS.maxParagraphs) {
    const extra = paragraphs[OUTREACH_LIMITS.maxParagraphs] as Span;
    return {
      code: 'too-long',
      message: `The message has ${paragraphs.length} paragraphs. Two or three short ones are enough: who you are, why this mentor, and your ask.`,
      evidence: quote(firstSentenceOf(extra)),
    };
  }
  for (const paragraph of paragraphs) {
    const count = words.filter((w) => w.start >= paragraph.start && w.end <= paragraph.end).length;
    if (count > OUTREACH_LIMITS.maxParagraphWords) {
      return {
        code: 'too-long',
        message: `A paragraph has ${count} words. Split it or cut it to ${OUTREACH_LIMITS.maxParagraphWords} words or fewer so it can be read at a glance.`,
        evidence: quote(firstSentenceOf(paragraph)),
      };
    }
  }
  return null;
}

export function checkOutreach(text: string): OutreachReport {
  const layout = layoutMessage(text);
  const { folded, sentences } = layout;
  const quote = (span: Span): string => text.slice(span.start, span.end);
  const sentenceTexts = sentences.map((s) => folded.slice(s.start, s.end));
  const issues: OutreachIssue[] = [];
  const empty = folded.trim() === '';

  const greetingSpan = layout.greeting ?? sentences[0];
  if (greetingSpan !== undefined) {
    const match = GENERIC_GREETING.exec(folded.slice(greetingSpan.start, greetingSpan.end));
    if (match !== null) {
      const start = greetingSpan.start + match.index;
      const evidence = text.slice(start, start + match[0].length);
      issues.push({
        code: 'generic-greeting',
        message: `"${evidence}" could be sent to anyone. Greet the mentor by name, e.g. "Dear Dr. Okafor,".`,
        evidence,
      });
    }
  }

  if (empty || !INTRODUCTION.some((p) => p.test(folded))) {
    issues.push({
      code: 'no-introduction',
      message:
        'Say who you are in the first lines: your name, where you trained and what you are applying for.',
      evidence: null,
    });
  }

  if (empty || !CONNECTION.some((p) => p.test(folded))) {
    issues.push({
      code: 'no-connection',
      message:
        'Say how you found this mentor or what you share (their article or talk, your country or school of training, who referred you), so they know why you chose them.',
      evidence: null,
    });
  }

  if (!sentenceTexts.some(isSpecificAsk)) {
    const vague = sentenceTexts.findIndex((s) => VAGUE_ASK.some((p) => p.test(s)));
    const span = sentences[vague];
    issues.push({
      code: 'no-specific-ask',
      message:
        span === undefined
          ? 'Ask for one small, specific thing, such as a 15–20 minute call in the next few weeks.'
          : 'This ask is open-ended, which leaves the mentor to work out what you need. Ask for one small, specific thing, such as a 15–20 minute call.',
      evidence: span === undefined ? null : quote(span),
    });
  }

  for (const { kind, pattern } of BIG_ASKS) {
    const index = sentenceTexts.findIndex(
      (s) => REQUEST_CUE.test(s) && pattern.test(s) && assertedIn(s, pattern),
    );
    const span = sentences[index];
    if (span !== undefined) {
      issues.push({
        code: 'big-first-ask',
        message: BIG_ASK_MESSAGES[kind],
        evidence: quote(span),
      });
    }
  }

  if (empty || !TIME_RESPECT.some((p) => p.test(folded))) {
    issues.push({
      code: 'no-time-respect',
      message:
        'Acknowledge their time: thank them, offer to fit around their schedule, and make it easy to say no.',
      evidence: null,
    });
  }

  const long = tooLong(layout, quote);
  if (long !== null) issues.push(long);

  return {
    wordCount: layout.words.length,
    paragraphs: layout.paragraphs.length,
    sentences: sentences.length,
    ready: issues.length === 0,
    issues,
  };
}
