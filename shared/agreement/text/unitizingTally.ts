/**
 * The sufficient statistics of Krippendorff's unitizing alphas uα and cuα (Krippendorff,
 * Mathet, Bouvry & Widlöcher 2016; Krippendorff 2019, sec. 12.6) for m coders on a continuum.
 *
 * Each coder cuts the continuum into sections: units, which carry a value, and gaps (φ). The
 * observed coincidence of values c and k is the length of text where one coder's c-section meets
 * another coder's k-section, summed over ordered coder pairs and divided by m - 1; the expected
 * coincidences come from the marginals, less the pairs a unit would make with itself (ℓ² for a
 * unit of length ℓ, ℓ for a gap, whose characters are separate). Everything alpha needs is a sum
 * over values of a few numbers, so tallies of separate continua (the sources of a project) add up
 * to the tally of those continua laid end to end: `merge`.
 *
 * Concord's codings may overlap, which the published definitions do not allow (a coder's sections
 * partition the continuum). Here a coder's section is a stretch between two consecutive boundaries
 * of that coder's units, and its value is the set of values covering it: codings of one value that
 * overlap are merged first, touching ones stay two units, and text coded a and b at once has the
 * value {a, b}, which agrees only with {a, b}. Without overlaps this is exactly the published data.
 *
 * Cost: one radix sort of the coding boundaries and one sweep, O(n log n) in the codings (linear
 * when offsets fit in 32 bits), independent of the text length.
 */
import { invalidInput } from '../types';
import { sortKeysWithPayload } from './sortOffsets';
import { validateSpans, type CodedSpan } from './spans';
import type { Continuum } from './unitizingAlpha2004';
import { CODER_BITS, CODER_MASK, sweepIntoTallies } from './unitizingSweep';

/** The value a code stands for, or undefined to leave its codings out. */
export type ValueOf = (code: string) => string | undefined;

const identity: ValueOf = (code) => code;

/**
 * The values a tally compares, shared by the tallies of one report so that they can be merged
 * by index: value names by index, and every set of values met (a coder's text coded with several
 * codes at once), with the cached transitions "this set plus or minus value v". After the first
 * sources a coder's set changes by one numeric lookup per coding boundary.
 */
export class UnitizingValueSpace {
  readonly valueNames: string[] = [];
  /** Sorted value indices of each set; set 0 is the empty set (a gap). */
  readonly setMembers: number[][] = [[]];
  private readonly valueIndex = new Map<string, number>();
  private readonly setIndex = new Map<string, number>([['', 0]]);
  /** The cached transitions (set, value * 2 + add) -> set, in a typed open-addressing table. */
  private readonly transitions = new TransitionTable();

  /** The index of a value name, added when new. */
  value(name: string): number {
    let index = this.valueIndex.get(name);
    if (index === undefined) {
      index = this.valueNames.length;
      if (index >= 0x100000) throw invalidInput('Unitizing alpha: more than 2^20 values.');
      this.valueIndex.set(name, index);
      this.valueNames.push(name);
    }
    return index;
  }

  /** The set of `members` (value indices, any order), added when new. */
  setOf(members: readonly number[]): number {
    const sorted = [...new Set(members)].sort((x, y) => x - y);
    const key = sorted.join(',');
    let set = this.setIndex.get(key);
    if (set === undefined) {
      set = this.setMembers.length;
      this.setIndex.set(key, set);
      this.setMembers.push(sorted);
    }
    return set;
  }

  /** `set` with `value` added or removed. */
  transition(set: number, value: number, add: boolean): number {
    const change = value * 2 + (add ? 1 : 0);
    let next = this.transitions.get(set, change);
    if (next < 0) {
      const members = this.setMembers[set]!.filter((member) => member !== value);
      if (add) members.push(value);
      next = this.setOf(members);
      this.transitions.set(set, change, next);
    }
    return next;
  }
}

/**
 * (set, change) -> set with linear probing over typed arrays: a project's codings can make 10^5
 * sets of codes, and a Map per set would make every coding boundary chase pointers.
 */
class TransitionTable {
  private sets = new Int32Array(1024).fill(-1);
  private changes = new Int32Array(1024);
  private targets = new Int32Array(1024);
  private size = 0;

  get(set: number, change: number): number {
    const mask = this.sets.length - 1;
    for (let i = hashPair(set, change) & mask; ; i = (i + 1) & mask) {
      const at = this.sets[i]!;
      if (at < 0) return -1;
      if (at === set && this.changes[i] === change) return this.targets[i]!;
    }
  }

  set(set: number, change: number, target: number): void {
    if (2 * (this.size + 1) > this.sets.length) this.grow();
    const mask = this.sets.length - 1;
    let i = hashPair(set, change) & mask;
    while (this.sets[i]! >= 0) i = (i + 1) & mask;
    this.sets[i] = set;
    this.changes[i] = change;
    this.targets[i] = target;
    this.size++;
  }

  private grow(): void {
    const { sets, changes, targets } = this;
    this.sets = new Int32Array(sets.length * 2).fill(-1);
    this.changes = new Int32Array(sets.length * 2);
    this.targets = new Int32Array(sets.length * 2);
    this.size = 0;
    for (let i = 0; i < sets.length; i++) {
      if (sets[i]! >= 0) this.set(sets[i]!, changes[i]!, targets[i]!);
    }
  }
}

function hashPair(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
}

export class UnitizingTally {
  /** Summed length L of the continua added. */
  length = 0;
  /**
   * The value (a set of values in the space) of each slot. The counts below are per slot, dense,
   * so a tally holds only the values its continua have, however many the space knows.
   */
  readonly sets: number[] = [];
  /** Per slot: summed unit lengths n_c (the marginals of uα). */
  readonly unitLength: number[] = [];
  /** Per slot: summed squared unit lengths (the self-pairs uα's expectation leaves out). */
  readonly unitSquares: number[] = [];
  /** Per slot: observed coincidences l_cc of uα (pair weight 1 / (m - 1)). */
  readonly agreeing: number[] = [];
  /** Per slot: length of its units where another coder has a unit too (the marginal of cuα). */
  readonly paired: number[] = [];
  /** Per slot: summed squares of each unit's paired length (the self-pairs of cuα). */
  readonly pairedSquares: number[] = [];
  /** Per slot: observed coincidences of cuα (pair weight 1 / (coders with a unit there - 1)). */
  readonly pairedAgreeing: number[] = [];
  private readonly slotOfSet = new Map<number, number>();
  /** Observed coincidences of two gaps (uα). */
  gapAgreeing = 0;

  constructor(
    readonly coderCount: number,
    readonly space: UnitizingValueSpace = new UnitizingValueSpace(),
  ) {
    if (!Number.isInteger(coderCount) || coderCount < 2) {
      throw invalidInput(`Unitizing alpha needs at least two coders, got ${coderCount}.`);
    }
  }

  /**
   * Adds one continuum: `coders[i]` holds coder i's codings, every one inside the continuum.
   * `valueOf` maps codes to the values compared (default: each code is its own value).
   */
  add(
    coders: readonly (readonly CodedSpan[])[],
    continuum: Continuum,
    valueOf: ValueOf = identity,
  ): this {
    return this.addEvents(unitizingEvents(coders, continuum), valueOf);
  }

  /**
   * Adds one continuum from its sorted events (unitizingEvents), so that several tallies of one
   * text (all codes, each semantic domain) share one sort.
   */
  addEvents(events: UnitizingEvents, valueOf: ValueOf = identity): this {
    if (events.coderCount !== this.coderCount) {
      throw invalidInput(
        `Unitizing alpha: expected codings of ${this.coderCount} coders, got ${events.coderCount}.`,
      );
    }
    sweepIntoTallies(events, [{ tally: this, valueOf }]);
    return this;
  }

  /** Adds another tally of the same number of coders (continua laid end to end). */
  merge(other: UnitizingTally): this {
    if (other.coderCount !== this.coderCount) {
      throw invalidInput(
        `Unitizing alpha: cannot merge tallies of ${other.coderCount} and ${this.coderCount} coders.`,
      );
    }
    this.length += other.length;
    this.gapAgreeing += other.gapAgreeing;
    const sameSpace = other.space === this.space;
    for (let from = 0; from < other.sets.length; from++) {
      const set = other.sets[from]!;
      const into = this.slot(
        sameSpace
          ? set
          : this.space.setOf(
              other.space.setMembers[set]!.map((v) => this.space.value(other.space.valueNames[v]!)),
            ),
      );
      this.unitLength[into]! += other.unitLength[from]!;
      this.unitSquares[into]! += other.unitSquares[from]!;
      this.agreeing[into]! += other.agreeing[from]!;
      this.paired[into]! += other.paired[from]!;
      this.pairedSquares[into]! += other.pairedSquares[from]!;
      this.pairedAgreeing[into]! += other.pairedAgreeing[from]!;
    }
    return this;
  }

  /** The slot of a set of values (not the gap), added with zero counts when new. */
  slot(set: number): number {
    let slot = this.slotOfSet.get(set);
    if (slot === undefined) {
      slot = this.sets.length;
      this.slotOfSet.set(set, slot);
      this.sets.push(set);
      this.unitLength.push(0);
      this.unitSquares.push(0);
      this.agreeing.push(0);
      this.paired.push(0);
      this.pairedSquares.push(0);
      this.pairedAgreeing.push(0);
    }
    return slot;
  }
}

/** One continuum's coding boundaries, sorted: what a UnitizingTally sweeps. */
export interface UnitizingEvents {
  start: number;
  end: number;
  coderCount: number;
  /** The codes, by index. */
  codes: string[];
  /** 2 * (offset - start) + 1 for a start, ascending: ends come before starts at one offset. */
  keys: Uint32Array;
  /** (code index << 8) | coder. */
  payload: Uint32Array;
}

/**
 * Checks the codings of `coders` (m >= 2) on the continuum and sorts their boundaries. With
 * `checked`, the codings were checked already (prepareCodedText) and are not checked again.
 */
export function unitizingEvents(
  coders: readonly (readonly CodedSpan[])[],
  continuum: Continuum,
  { checked = false }: { checked?: boolean } = {},
): UnitizingEvents {
  const { start, end } = continuum;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw invalidInput(`Unitizing alpha: the continuum [${start}, ${end}) must be non-empty.`);
  }
  if (2 * (end - start) + 1 > 0xffffffff) {
    throw invalidInput(`Unitizing alpha: the continuum [${start}, ${end}) is too long.`);
  }
  const m = coders.length;
  if (m < 2) throw invalidInput(`Unitizing alpha needs at least two coders, got ${m}.`);
  if (m > CODER_MASK + 1) throw invalidInput(`Unitizing alpha takes at most 256 coders, got ${m}.`);
  let eventCount = 0;
  coders.forEach((spans, i) => {
    if (!checked) {
      validateSpans(spans, end, `Coder ${i + 1}`);
      if (spans.some((span) => span.start < start)) {
        throw invalidInput(
          `Coder ${i + 1}: a coding starts before the continuum [${start}, ${end}).`,
        );
      }
    }
    eventCount += 2 * spans.length;
  });
  const codeIndex = new Map<string, number>();
  const codes: string[] = [];
  const keys = new Uint32Array(eventCount);
  const payload = new Uint32Array(eventCount);
  let at = 0;
  for (let coder = 0; coder < m; coder++) {
    const spans = coders[coder]!;
    for (let i = 0; i < spans.length; i++) {
      const span = spans[i]!;
      let code = codeIndex.get(span.code);
      if (code === undefined) {
        code = codes.length;
        codeIndex.set(span.code, code);
        codes.push(span.code);
      }
      keys[at] = 2 * (span.start - start) + 1;
      keys[at + 1] = 2 * (span.end - start);
      payload[at] = payload[at + 1] = (code << CODER_BITS) | coder;
      at += 2;
    }
  }
  sortKeysWithPayload(keys, payload);
  return { start, end, coderCount: m, codes, keys, payload };
}

/** The events of the codes `keep` accepts, still sorted (a semantic domain's share of a text). */
export function filterEvents(
  events: UnitizingEvents,
  keep: (code: string) => boolean,
): UnitizingEvents {
  const kept = Uint8Array.from(events.codes, (code) => (keep(code) ? 1 : 0));
  let count = 0;
  for (let e = 0; e < events.payload.length; e++) {
    count += kept[events.payload[e]! >>> CODER_BITS]!;
  }
  const keys = new Uint32Array(count);
  const payload = new Uint32Array(count);
  let at = 0;
  for (let e = 0; e < events.payload.length; e++) {
    const code = events.payload[e]!;
    if (kept[code >>> CODER_BITS]) {
      keys[at] = events.keys[e]!;
      payload[at++] = code;
    }
  }
  return { ...events, keys, payload };
}
