/**
 * The layout of an outreach message: greeting line, body paragraphs, sign-off, sentences and
 * words, all as spans (start/end offsets) into the ORIGINAL text so that every quote is verbatim.
 * Matching runs on a same-length copy with typographic variants folded (’ → ', – → -, NBSP →
 * space), so offsets in the copy are offsets in the original. Linear time; never throws.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface MessageLayout {
  /** Same length as the original, with quotes, dashes and spaces folded for matching. */
  readonly folded: string;
  readonly greeting: Span | null;
  readonly signOff: Span | null;
  /** Body paragraphs: between greeting and sign-off, split at blank lines. */
  readonly paragraphs: readonly Span[];
  /** Sentences of the whole message (a line break always ends one), in order. */
  readonly sentences: readonly Span[];
  /** Every word of the whole message (greeting and sign-off included). */
  readonly words: readonly Span[];
}

// One UTF-16 unit in, one out, so offsets stay valid.
const FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\uff07': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
};
const FOLDABLE =
  /[\u2018\u2019\u02bc\u2032\uff07\u201c\u201d\u201e\u2010-\u2014\u2212\u00a0\u2007\u2009\u202f\t\u2028\u2029]/g;

/** Folds typographic variants; CRLF becomes " \n" and a lone CR "\n", keeping the length. */
export function foldText(text: string): string {
  return text
    .replace(/\r\n?/g, (eol) => (eol.length === 2 ? ' \n' : '\n'))
    .replace(FOLDABLE, (ch) => FOLD[ch] ?? ch);
}

const WORD = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

export function wordSpans(folded: string, from = 0, to = folded.length): Span[] {
  const spans: Span[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(folded); m !== null && m.index < to; m = WORD.exec(folded)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans;
}

const countWords = (folded: string, span: Span): number =>
  wordSpans(folded, span.start, span.end).length;

interface Line extends Span {
  readonly index: number;
  readonly blank: boolean;
}

function lines(folded: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i === folded.length || folded[i] === '\n') {
      out.push({ start, end: i, index: out.length, blank: folded.slice(start, i).trim() === '' });
      start = i + 1;
    }
  }
  return out;
}

const SALUTATION =
  /^\s*(?:dear|hi|hello|hey|greetings|good (?:morning|afternoon|evening|day)|to whom|respected|attn|attention)\b/i;
const SUBJECT = /^\s*(?:subject|re|fwd?)\s*:/i;
const CLOSING =
  /^\s*(?:best|kind(?:est)? regards|warm(?:est)? regards|regards|sincerely|yours|respectfully|thank you|thanks|many thanks|with (?:many thanks|thanks|gratitude|appreciation|best wishes)|warm wishes|warmly|cheers|all the best|gratefully|best wishes|gracias|merci|obrigad[oa]|danke)\b/i;

/** Trimmed span of a line (no surrounding spaces). */
function trimmed(folded: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && folded[start] === ' ') start++;
  while (end > start && folded[end - 1] === ' ') end--;
  return { start, end };
}

/**
 * The greeting is the first non-blank line when it opens with a salutation and is short; the
 * sign-off starts at the last short closing line ("Best regards,", "Thank you,") when only short
 * lines (name, title, contact) follow it.
 */
function frame(folded: string, all: readonly Line[]) {
  const content = all.filter(
    (line) => !line.blank && !SUBJECT.test(folded.slice(line.start, line.end)),
  );
  const first = content[0];
  const greetingLine =
    first !== undefined &&
    SALUTATION.test(folded.slice(first.start, first.end)) &&
    countWords(folded, first) <= 12
      ? first
      : null;
  let signOffLine: Line | null = null;
  for (let i = content.length - 1; i >= 0; i--) {
    const line = content[i] as Line;
    if (line === greetingLine || countWords(folded, line) > 8) break;
    if (CLOSING.test(folded.slice(line.start, line.end)) && content.length - i <= 6) {
      signOffLine = line;
      break;
    }
  }
  return { content, greetingLine, signOffLine };
}

/** Splits a span into sentences at . ! ? (not after common abbreviations or initials) and newlines. */
export function sentenceSpans(folded: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  const push = (end: number) => {
    const piece = trimmed(folded, { start, end });
    if (folded.slice(piece.start, piece.end).trim() !== '') out.push(piece);
  };
  for (let i = span.start; i < span.end; i++) {
    const ch = folded[i];
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (ch === '.' || ch === '!' || ch === '?') {
      let j = i;
      while (j + 1 < span.end && /[.!?"')\]]/.test(folded[j + 1] as string)) j++;
      const next = folded[j + 1];
      if (next !== undefined && j + 1 < span.end && next !== ' ' && next !== '\n') continue;
      if (ch === '.' && isAbbreviation(folded, i)) continue;
      push(j + 1);
      start = j + 1;
      i = j;
    }
  }
  push(span.end);
  return out;
}

const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'eg',
  'ie',
  'no',
  'dept',
  'approx',
  'mt',
]);

function isAbbreviation(folded: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}.]/u.test(folded[k - 1] as string)) k--;
  const token = folded.slice(k, dot).replace(/\./g, '').toLowerCase();
  // A single letter is an initial ("A. Okafor"); dotted tokens are "e.g." or "U.S.".
  return ABBREVIATIONS.has(token) || token.length === 1 || folded.slice(k, dot).includes('.');
}

export function layoutMessage(text: string): MessageLayout {
  const folded = foldText(text);
  const all = lines(folded);
  const { content, greetingLine, signOffLine } = frame(folded, all);
  const bodyStart = greetingLine === null ? (content[0]?.start ?? 0) : greetingLine.end;
  const bodyEnd = signOffLine === null ? (content.at(-1)?.end ?? 0) : signOffLine.start;
  const bodyLines = content.filter((line) => line.start >= bodyStart && line.end <= bodyEnd);

  // Blank lines separate paragraphs; a message written without any blank line has one per line.
  const hasBlankSeparators = bodyLines.some(
    (line, i) => i > 0 && line.index > (bodyLines[i - 1] as Line).index + 1,
  );
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  let previousLineIndex = -2;
  for (const line of bodyLines) {
    const index = line.index;
    const adjacent = index === previousLineIndex + 1;
    if (current !== null && adjacent && hasBlankSeparators) {
      current = { start: current.start, end: line.end };
    } else {
      if (current !== null) paragraphs.push(current);
      current = trimmed(folded, line);
    }
    previousLineIndex = index;
  }
  if (current !== null) paragraphs.push(current);

  return {
    folded,
    greeting: greetingLine === null ? null : trimmed(folded, greetingLine),
    signOff:
      signOffLine === null
        ? null
        : trimmed(folded, {
            start: signOffLine.start,
            end: content.at(-1)?.end ?? signOffLine.end,
          }),
    paragraphs,
    sentences: sentenceSpans(folded, { start: 0, end: folded.length }),
    words: wordSpans(folded),
  };
}
