/**
 * What the plain-market scanner stores (scan-plain-market.ts, decision 050): growable Int32Arrays,
 * a symbol table of ids held as byte ranges of the input, the sections of programs and applicants,
 * and the MatchProblem view read back from them. Pure; an id becomes a string only when asked.
 */
import type { MatchProblem } from '../../vocabulary/matching.ts';

/** A growable Int32Array: the scan does not know the sizes in advance. */
export class IntList {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * MurmurHash3's finaliser: FNV-1a leaves ids that differ only in their last characters (A00001,
 * A00002…) clustered in the low bits, which linear probing turns into long runs.
 */
function spread(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * Distinct ids as byte ranges of the input, by open addressing. The slot array holds only symbol
 * numbers; each symbol's hash and first eight bytes (zero-padded) sit in arrays by symbol, so the
 * whole table stays small enough for the CPU cache. An id shorter than eight bytes — ids hold no
 * zero byte — is compared exactly there, without reading the input again (that random read, once
 * per list entry, was the scan's main cost); an id of eight bytes or more is also compared by
 * length and the rest of its bytes from its first occurrence.
 */
export class SymbolTable {
  private slots = new Int32Array(1 << 16).fill(-1);
  private readonly hashes = new IntList();
  private readonly heads = new IntList();
  private readonly tails = new IntList();
  readonly starts = new IntList();
  readonly ends = new IntList();
  constructor(private readonly bytes: Uint8Array) {}

  get size(): number {
    return this.starts.length;
  }

  /** `head` and `tail` are the id's bytes 0–3 and 4–7 (little-endian, zero-padded). */
  intern(start: number, end: number, hash: number, head: number, tail: number): number {
    const { slots } = this;
    const mask = slots.length - 1;
    for (let slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      const symbol = slots[slot] as number;
      if (symbol === -1) {
        const created = this.starts.length;
        slots[slot] = created;
        this.hashes.push(hash);
        this.heads.push(head);
        this.tails.push(tail);
        this.starts.push(start);
        this.ends.push(end);
        if (created * 2 >= slots.length) this.grow();
        return created;
      }
      if (
        this.hashes.data[symbol] === hash &&
        this.heads.data[symbol] === head &&
        this.tails.data[symbol] === tail &&
        (end - start < 8 || this.sameTail(symbol, start, end))
      ) {
        return symbol;
      }
    }
  }

  /** The id as a string; ids are printable ASCII, so one byte is one UTF-16 unit. */
  text(symbol: number): string {
    const from = this.starts.data[symbol] as number;
    const to = this.ends.data[symbol] as number;
    let out = '';
    for (let i = from; i < to; i++) out += String.fromCharCode(this.bytes[i] as number);
    return out;
  }

  /** Same length, and the same bytes after the first eight (already compared in the slot). */
  private sameTail(symbol: number, start: number, end: number): boolean {
    const from = this.starts.data[symbol] as number;
    if ((this.ends.data[symbol] as number) - from !== end - start) return false;
    for (let i = 8; i < end - start; i++) {
      if (this.bytes[from + i] !== this.bytes[start + i]) return false;
    }
    return true;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2).fill(-1);
    const mask = slots.length - 1;
    for (let symbol = 0; symbol < this.starts.length; symbol++) {
      let slot = spread(this.hashes.data[symbol] as number) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = symbol;
    }
    this.slots = slots;
  }
}

/** One kind of record (programs or applicants): id symbols and rankings as symbol lists. */
export interface Section {
  readonly ids: IntList;
  readonly capacities: IntList;
  readonly listStart: IntList;
  readonly list: IntList;
}

/** `entries` is a guess at the list entries, so the list rarely has to grow and be copied. */
export const newSection = (entries: number): Section => {
  const listStart = new IntList();
  listStart.push(0);
  return { ids: new IntList(), capacities: new IntList(), listStart, list: new IntList(entries) };
};

/** Decodes one ranking of a section to id strings. */
function rankingOf(symbols: SymbolTable, section: Section, i: number): string[] {
  const out: string[] = [];
  const to = section.listStart.data[i + 1] as number;
  for (let e = section.listStart.data[i] as number; e < to; e++) {
    out.push(symbols.text(section.list.data[e] as number));
  }
  return out;
}

/**
 * A program or applicant of the problem view: id (and capacity) are plain fields; the ranking
 * becomes strings only if something reads it (the blocking-pair checker, a CSV writer), never on
 * the solver's path. A prototype getter keeps construction cheap and objects in fast mode; the
 * ranking is therefore not an own property (a spread copy would drop it: read it by name).
 */
class ScannedEntry {
  #ranking: string[] | undefined;
  constructor(
    readonly id: string,
    private readonly symbols: SymbolTable,
    private readonly section: Section,
    private readonly position: number,
  ) {}
  get ranking(): readonly string[] {
    this.#ranking ??= rankingOf(this.symbols, this.section, this.position);
    return this.#ranking;
  }
}

class ScannedProgram extends ScannedEntry {
  readonly capacity: number;
  constructor(id: string, symbols: SymbolTable, section: Section, position: number) {
    super(id, symbols, section, position);
    this.capacity = section.capacities.data[position] as number;
  }
}

/** The MatchProblem the outcome is read against, meaning exactly what the file says. */
export function problemView(
  symbols: SymbolTable,
  programIds: readonly string[],
  applicantIds: readonly string[],
  programs: Section,
  applicants: Section,
): MatchProblem {
  return {
    programs: programIds.map((id, p) => new ScannedProgram(id, symbols, programs, p)),
    applicants: applicantIds.map((id, a) => new ScannedEntry(id, symbols, applicants, a)),
  };
}
