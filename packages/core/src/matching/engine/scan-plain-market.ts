/**
 * A fast path from the bytes of a JSON instance file straight to the engine's integer form, for
 * the common large input: a plain market (programs with id, capacity and ranking; applicants with
 * id and ranking). JSON.parse of a 40,000 × 5,000 instance builds about a million short strings
 * and indexProblem then hashes each one again; this reads every id once, as bytes, into a symbol
 * table, so a list entry never becomes a string (decision 050).
 *
 * It never decides validity on its own. Anything outside the strict subset below makes it return
 * undefined, and the caller takes the general path (JSON.parse, checkShape, indexProblem), which
 * also words every error: couples, supplemental lists, reversions (even empty), any other key, a
 * key given twice, an id with an escape, a space, a control or non-ASCII character, a capacity
 * that is not a plain non-negative integer, malformed JSON. What it accepts has exactly the
 * meaning JSON.parse gives it; a differential test holds the two paths to the same outcome.
 */
import { type IndexedProblem, UNKNOWN_ID } from './indexed-problem.ts';
import {
  type IntList,
  newSection,
  problemView,
  type Section,
  SymbolTable,
} from './scan-symbols.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const MAX_CAPACITY_DIGITS = 9;
/** FNV-1a 32-bit offset basis as a signed 32-bit integer, so the hash never leaves int32. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/** The keys of the subset; key() answers a key's index in KEYS. */
const KEY_ID = 0;
const KEY_CAPACITY = 1;
const KEY_RANKING = 2;
const KEY_PROGRAMS = 3;
const KEY_APPLICANTS = 4;
const KEYS = ['id', 'capacity', 'ranking', 'programs', 'applicants'].map((name) =>
  Uint8Array.from(name, (c) => c.charCodeAt(0)),
);

/** Thrown only inside this module to unwind to scanPlainMarket, which answers undefined. */
class OutsideSubset extends Error {}

class Scanner {
  at = 0;
  readonly symbols: SymbolTable;
  constructor(private readonly bytes: Uint8Array) {
    this.symbols = new SymbolTable(bytes);
    // A UTF-8 byte order mark, as readJsonFile strips it.
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) this.at = 3;
  }

  space(): void {
    const { bytes } = this;
    for (;;) {
      const c = bytes[this.at];
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) this.at++;
      else return;
    }
  }

  expect(byte: number): void {
    this.space();
    if (this.bytes[this.at] !== byte) throw new OutsideSubset();
    this.at++;
  }

  /** After a value inside a container: true when another item follows. */
  more(close: number): boolean {
    this.space();
    const c = this.bytes[this.at];
    this.at++;
    if (c === COMMA) return true;
    if (c === close) return false;
    throw new OutsideSubset();
  }

  /** Opens a container; true when it is empty (and already closed). */
  open(openByte: number, close: number): boolean {
    this.expect(openByte);
    this.space();
    if (this.bytes[this.at] !== close) return false;
    this.at++;
    return true;
  }

  /**
   * A key of the subset, compared byte by byte against the five names it knows (no string is made:
   * a large file has about 135,000 keys). Anything else is outside the subset.
   */
  key(): number {
    this.expect(QUOTE);
    const { bytes } = this;
    const from = this.at;
    for (let k = 0; k < KEYS.length; k++) {
      const name = KEYS[k] as Uint8Array;
      if (bytes[from + name.length] !== QUOTE) continue;
      let same = true;
      for (let i = 0; i < name.length && same; i++) same = bytes[from + i] === name[i];
      if (!same) continue;
      this.at = from + name.length + 1;
      this.expect(COLON);
      return k;
    }
    throw new OutsideSubset();
  }

  /** An id: printable ASCII without space, quote or backslash, at least one character. */
  id(): number {
    this.expect(QUOTE);
    const { bytes } = this;
    const from = this.at;
    let hash = FNV_OFFSET;
    let head = 0;
    let tail = 0;
    for (;;) {
      const c = bytes[this.at] as number | undefined;
      if (c === QUOTE) break;
      if (c === undefined || c <= 0x20 || c >= 0x7f || c === BACKSLASH) throw new OutsideSubset();
      hash = Math.imul(hash ^ c, 0x01000193);
      const k = this.at - from;
      if (k < 4) head |= c << (8 * k);
      else if (k < 8) tail |= c << (8 * (k - 4));
      this.at++;
    }
    if (this.at === from) throw new OutsideSubset();
    const symbol = this.symbols.intern(from, this.at, hash, head, tail);
    this.at++;
    return symbol;
  }

  /** A plain non-negative integer: 0 or [1-9][0-9]*, then a delimiter. */
  capacity(): number {
    this.space();
    const { bytes } = this;
    const from = this.at;
    let value = 0;
    while ((bytes[this.at] as number) >= 0x30 && (bytes[this.at] as number) <= 0x39) {
      value = value * 10 + ((bytes[this.at] as number) - 0x30);
      this.at++;
    }
    const digits = this.at - from;
    if (digits === 0 || digits > MAX_CAPACITY_DIGITS || (digits > 1 && bytes[from] === 0x30)) {
      throw new OutsideSubset();
    }
    const next = bytes[this.at];
    if (next === 0x2e || next === 0x65 || next === 0x45) throw new OutsideSubset();
    return value;
  }

  /**
   * A ranking: the hot loop (about a million ids in a large instance), so whitespace, the id's
   * bytes and its hash are handled on locals here rather than through the helpers above.
   */
  idList(into: IntList): void {
    if (this.open(OPEN_BRACKET, CLOSE_BRACKET)) return;
    const { bytes, symbols } = this;
    let at = this.at;
    for (;;) {
      let c = bytes[at] as number;
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++at] as number;
      if (c !== QUOTE) throw new OutsideSubset();
      const from = ++at;
      let hash = FNV_OFFSET;
      let head = 0;
      let tail = 0;
      c = bytes[at] as number;
      while (c > 0x20 && c < 0x7f && c !== QUOTE && c !== BACKSLASH) {
        hash = Math.imul(hash ^ c, 0x01000193);
        const k = at - from;
        if (k < 4) head |= c << (8 * k);
        else if (k < 8) tail |= c << (8 * (k - 4));
        c = bytes[++at] as number;
      }
      if (c !== QUOTE || at === from) throw new OutsideSubset();
      into.push(symbols.intern(from, at, hash, head, tail));
      c = bytes[++at] as number;
      while (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) c = bytes[++at] as number;
      at++;
      if (c === COMMA) continue;
      if (c === CLOSE_BRACKET) break;
      throw new OutsideSubset();
    }
    this.at = at;
  }

  /** One program ({id, capacity, ranking}) or applicant ({id, ranking}), keys in any order. */
  record(section: Section, withCapacity: boolean): void {
    let id = -1;
    let capacity = -1;
    let ranked = false;
    if (this.open(OPEN_BRACE, CLOSE_BRACE)) throw new OutsideSubset();
    do {
      const key = this.key();
      if (key === KEY_ID && id === -1) id = this.id();
      else if (key === KEY_CAPACITY && withCapacity && capacity === -1) capacity = this.capacity();
      else if (key === KEY_RANKING && !ranked) {
        this.idList(section.list);
        ranked = true;
      } else throw new OutsideSubset();
    } while (this.more(CLOSE_BRACE));
    if (id === -1 || !ranked || (withCapacity && capacity === -1)) throw new OutsideSubset();
    section.ids.push(id);
    section.capacities.push(capacity);
    section.listStart.push(section.list.length);
  }

  section(section: Section, withCapacity: boolean): void {
    if (this.open(OPEN_BRACKET, CLOSE_BRACKET)) return;
    do this.record(section, withCapacity);
    while (this.more(CLOSE_BRACKET));
  }

  end(): void {
    this.space();
    if (this.at !== this.bytes.length) throw new OutsideSubset();
  }
}

/** Symbol → first position in the section (UNKNOWN_ID elsewhere), and repeated positions. */
function positions(
  section: Section,
  symbols: number,
): { bySymbol: Int32Array; duplicates: number[] } {
  const bySymbol = new Int32Array(symbols).fill(UNKNOWN_ID);
  const duplicates: number[] = [];
  const ids = section.ids.data;
  for (let i = 0; i < section.ids.length; i++) {
    const symbol = ids[i] as number;
    if (bySymbol[symbol] === UNKNOWN_ID) bySymbol[symbol] = i;
    else duplicates.push(i);
  }
  return { bySymbol, duplicates };
}

function translate(list: IntList, bySymbol: Int32Array): Int32Array {
  const out = new Int32Array(list.length);
  const data = list.data;
  for (let i = 0; i < out.length; i++) out[i] = bySymbol[data[i] as number] as number;
  return out;
}

/** The indexed problem for a plain-market file, or undefined when the general path must read it. */
export function scanPlainMarket(bytes: Uint8Array): IndexedProblem | undefined {
  const scanner = new Scanner(bytes);
  // A list entry takes at least four bytes ("X",); most files split their entries about evenly.
  const guess = Math.max(1024, Math.ceil(bytes.length / 16));
  const programs = newSection(guess);
  const applicants = newSection(guess);
  try {
    let seenPrograms = false;
    let seenApplicants = false;
    if (scanner.open(OPEN_BRACE, CLOSE_BRACE)) return undefined;
    do {
      const key = scanner.key();
      if (key === KEY_PROGRAMS && !seenPrograms) {
        scanner.section(programs, true);
        seenPrograms = true;
      } else if (key === KEY_APPLICANTS && !seenApplicants) {
        scanner.section(applicants, false);
        seenApplicants = true;
      } else return undefined;
    } while (scanner.more(CLOSE_BRACE));
    scanner.end();
    if (!seenPrograms || !seenApplicants) return undefined;
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }

  const { symbols } = scanner;
  const programAt = positions(programs, symbols.size);
  const applicantAt = positions(applicants, symbols.size);
  const programIds = Array.from(programs.ids.view(), (s) => symbols.text(s));
  const applicantIds = Array.from(applicants.ids.view(), (s) => symbols.text(s));
  const none = new Int32Array(0);
  return {
    problem: problemView(symbols, programIds, applicantIds, programs, applicants),
    nPrograms: programIds.length,
    nApplicants: applicantIds.length,
    nCouples: 0,
    duplicatePrograms: programAt.duplicates,
    duplicateApplicants: applicantAt.duplicates,
    programStart: programs.listStart.view(),
    programList: translate(programs.list, applicantAt.bySymbol),
    applicantStart: applicants.listStart.view(),
    applicantList: translate(applicants.list, programAt.bySymbol),
    supplemental: new Array(applicantIds.length),
    coupleMembers: none,
    pairStart: new Int32Array(1),
    pairList: none,
    reversionStart: new Int32Array(programIds.length + 1),
    reversionTo: none,
    reversionPositions: new Float64Array(0),
  };
}
