// Small text helpers for thank-you notes: folding for comparison, words, sentences with their
// verbatim text. Linear in the text length.

/** Lower case, accents removed, curly apostrophes straightened: for comparing, never for quoting. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘`]/g, "'")
    .toLowerCase();
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Folded words without a possessive "'s" ("Dr. O’Neil's" → ["dr", "o'neil"]). */
export function words(text: string): string[] {
  return (fold(text).match(WORD) ?? []).map((w) => w.replace(/'s$/, ''));
}

export function wordCount(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

export interface Sentence {
  /** Verbatim, trimmed. */
  readonly text: string;
  readonly start: number;
}

/** Words whose full stop does not end a sentence ("Dr. Okafor"). */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'mx',
  'prof',
  'st',
  'vs',
  'e.g',
  'i.e',
  'jr',
  'sr',
]);

/** Sentences (and lines) of the text, each a verbatim, trimmed piece of it. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    if (trimmed !== '')
      out.push({ text: trimmed, start: start + raw.length - raw.trimStart().length });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') push(i + 1);
    else if (c === '.' || c === '!' || c === '?') {
      const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(start, i - 6), i))?.[1];
      if (c === '.' && before !== undefined && ABBREVIATIONS.has(before.toLowerCase())) continue;
      let end = i + 1;
      while (end < text.length && /[.!?"'’”)]/.test(text[end] as string)) end++;
      push(end);
      i = end - 1;
    }
  }
  push(text.length);
  return out;
}

/** The sentence of `text` that contains position `index` (verbatim), or the text itself. */
export function sentenceAt(text: string, index: number): string {
  for (const s of sentences(text))
    if (index >= s.start && index < s.start + s.text.length) return s.text;
  return text.trim();
}
