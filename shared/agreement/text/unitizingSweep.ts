/**
 * The pass that fills UnitizingTallies from one continuum's sorted coding boundaries. Several
 * tallies of one text (all codes, and each semantic domain with its codes mapped to its values)
 * are filled in the same pass: each boundary goes to the tallies its code counts in, and a tally
 * adds the stretch since its own previous boundary only when one of its codes has a boundary, so
 * the result is exactly that of a separate pass over each tally's share of the boundaries, without
 * copying the boundaries per tally or reading them again.
 *
 * Between two consecutive boundaries of a tally every coder's value there is constant, and that
 * stretch adds its coincidences. A coder's section closes where its set of values changes, or
 * where a unit of a value ends and another of the same value starts (touching units).
 */
import type { UnitizingEvents, UnitizingTally, ValueOf } from './unitizingTally';

/** An event's payload holds its coder in the low 8 bits and its code index above. */
export const CODER_BITS = 8;
export const CODER_MASK = 0xff;

/** A tally to fill, and the value each code counts as in it (undefined: left out). */
export interface TallyChannel {
  tally: UnitizingTally;
  valueOf: ValueOf;
}

/**
 * Adds the continuum of `events` to every channel's tally. The tallies must share one value space
 * and have events.coderCount coders (the caller checks).
 */
export function sweepIntoTallies(events: UnitizingEvents, channels: readonly TallyChannel[]): void {
  if (channels.length === 0) return;
  new TallySweep(events, channels).run();
  for (const { tally } of channels) tally.length += events.end - events.start;
}

class TallySweep {
  private readonly m: number;
  private readonly tallies: UnitizingTally[];
  /** Number of values in the space: the stride of the per (channel, coder) value counters. */
  private readonly valueCount: number;
  /** Per code index: its routes routeStart[k]..routeStart[k + 1] - 1 (channel and value). */
  private readonly routeStart: Int32Array;
  private readonly routeChannel: Int32Array;
  private readonly routeValue: Int32Array;
  /** Per channel: offset up to which its stretches are added. */
  private readonly previous: Float64Array;
  // Per (channel, coder) at index channel * m + coder:
  /** The current set of values (0: a gap). */
  private readonly localSet: Int32Array;
  /** The set of the open section (0 for a gap), and its slot in the channel's tally (-1). */
  private readonly currentSet: Int32Array;
  private readonly currentSlot: Int32Array;
  private readonly sectionStart: Float64Array;
  private readonly sectionPaired: Float64Array;
  private readonly restarted: Uint8Array;
  private readonly dirty: Uint8Array;

  constructor(
    private readonly events: UnitizingEvents,
    channels: readonly TallyChannel[],
  ) {
    const m = (this.m = events.coderCount);
    this.tallies = channels.map((channel) => channel.tally);
    const space = this.tallies[0]!.space;
    // Values first (they may add names to the space), then the stride.
    const values = channels.map(({ valueOf }) =>
      events.codes.map((code) => {
        const name = valueOf(code);
        return name === undefined ? -1 : space.value(name);
      }),
    );
    this.valueCount = space.valueNames.length;
    const routes: [number, number][][] = events.codes.map((_, k) =>
      channels.flatMap((_channel, c) => (values[c]![k]! < 0 ? [] : [[c, values[c]![k]!]])),
    );
    this.routeStart = new Int32Array(routes.length + 1);
    const flat = routes.flat();
    this.routeChannel = Int32Array.from(flat, ([channel]) => channel);
    this.routeValue = Int32Array.from(flat, ([, value]) => value);
    routes.forEach((list, k) => (this.routeStart[k + 1] = this.routeStart[k]! + list.length));
    const states = channels.length * m;
    this.previous = new Float64Array(channels.length).fill(events.start);
    this.localSet = new Int32Array(states);
    this.currentSet = new Int32Array(states);
    this.currentSlot = new Int32Array(states).fill(-1);
    this.sectionStart = new Float64Array(states).fill(events.start);
    this.sectionPaired = new Float64Array(states);
    this.restarted = new Uint8Array(states);
    this.dirty = new Uint8Array(states);
  }

  run(): void {
    const { m, valueCount, routeStart, routeChannel, routeValue, previous, localSet } = this;
    const { restarted, dirty } = this;
    const { start, end, keys, payload } = this.events;
    const space = this.tallies[0]!.space;
    const channelCount = this.tallies.length;
    const eventCount = keys.length;
    const depth = new Int32Array(channelCount * m * valueCount);
    const endedAt = new Float64Array(channelCount * m * valueCount).fill(-1);
    const dirtyList: number[] = [];

    let e = 0;
    while (e < eventCount) {
      const offset = (keys[e]! >>> 1) + start;
      for (; e < eventCount; e++) {
        const key = keys[e]!;
        if ((key >>> 1) + start !== offset) break;
        const code = payload[e]!;
        const coder = code & CODER_MASK;
        const codeIndex = code >>> CODER_BITS;
        for (let r = routeStart[codeIndex]!; r < routeStart[codeIndex + 1]!; r++) {
          const channel = routeChannel[r]!;
          const value = routeValue[r]!;
          if (offset > previous[channel]!) {
            this.stretch(channel, offset - previous[channel]!);
            previous[channel] = offset;
          }
          const state = channel * m + coder;
          const counter = state * valueCount + value;
          if (key & 1) {
            if (depth[counter]!++ === 0) {
              localSet[state] = space.transition(localSet[state]!, value, true);
              if (endedAt[counter] === offset) restarted[state] = 1;
            }
          } else if (--depth[counter]! === 0) {
            localSet[state] = space.transition(localSet[state]!, value, false);
            endedAt[counter] = offset;
          }
          if (!dirty[state]) {
            dirty[state] = 1;
            dirtyList.push(state);
          }
        }
      }
      for (let d = 0; d < dirtyList.length; d++) {
        const state = dirtyList[d]!;
        const set = localSet[state]!;
        if (set !== this.currentSet[state] || restarted[state]) {
          this.closeSection(state, offset);
          this.currentSet[state] = set;
          this.currentSlot[state] = set === 0 ? -1 : this.tallies[(state / m) | 0]!.slot(set);
        }
        dirty[state] = 0;
        restarted[state] = 0;
      }
      dirtyList.length = 0;
    }
    for (let channel = 0; channel < channelCount; channel++) {
      if (end > previous[channel]!) this.stretch(channel, end - previous[channel]!);
      previous[channel] = end;
      for (let coder = 0; coder < m; coder++) this.closeSection(channel * m + coder, end);
    }
  }

  /** Adds the coincidences of a stretch of `length` where each coder's value is currentSet. */
  private stretch(channel: number, length: number): void {
    const { m, currentSlot, sectionPaired } = this;
    const tally = this.tallies[channel]!;
    const base = channel * m;
    let units = 0;
    for (let i = 0; i < m; i++) if (currentSlot[base + i]! >= 0) units++;
    const gaps = m - units;
    tally.gapAgreeing += (length * gaps * (gaps - 1)) / (m - 1);
    if (units === 0) return;
    for (let i = 0; i < m; i++) {
      const value = currentSlot[base + i]!;
      if (value < 0) continue;
      let same = 0;
      for (let j = 0; j < m; j++) if (j !== i && currentSlot[base + j] === value) same++;
      tally.agreeing[value]! += (length * same) / (m - 1);
      if (units >= 2) {
        tally.paired[value]! += length;
        tally.pairedAgreeing[value]! += (length * same) / (units - 1);
        sectionPaired[base + i]! += length;
      }
    }
  }

  private closeSection(state: number, at: number): void {
    const value = this.currentSlot[state]!;
    if (value >= 0) {
      const tally = this.tallies[(state / this.m) | 0]!;
      const length = at - this.sectionStart[state]!;
      const paired = this.sectionPaired[state]!;
      tally.unitLength[value]! += length;
      tally.unitSquares[value]! += length * length;
      tally.pairedSquares[value]! += paired * paired;
    }
    this.sectionStart[state] = at;
    this.sectionPaired[state] = 0;
  }
}
