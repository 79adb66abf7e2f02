/**
 * The units of each code (touching units kept apart) of every coder over the sources of a report
 * laid end to end, for the unitizing alpha of each code over the whole selection. Sources add
 * their prepared units shifted by where they start, so the project's codings are never copied,
 * re-sorted or merged again; units of one source never reach the next, so the concatenation is
 * what merging the whole continuum would give.
 */
import { unitizingAlphaOfUnits, type CodeTrack, type UnitizingCategoryAlpha } from '../agreement';
import type { Id } from '../domain/types';

export class UnitsContinuum {
  /** Per code: per coder, flat [start0, end0, start1, end1, ...] on the continuum. */
  private readonly byCode = new Map<Id, number[][]>();

  constructor(private readonly coderCount: number) {}

  /** Adds the units of `code` (index `index` of `tracks`) of a source starting at `offset`. */
  add(code: Id, tracks: readonly (readonly CodeTrack[])[], index: number, offset: number): void {
    let perCoder = this.byCode.get(code);
    if (!perCoder) {
      perCoder = Array.from({ length: this.coderCount }, () => []);
      this.byCode.set(code, perCoder);
    }
    tracks.forEach((coderTracks, coder) => {
      const units = coderTracks[index]!.units;
      const into = perCoder[coder]!;
      for (let i = 0; i < units.length; i++) into.push(units[i]! + offset);
    });
  }

  /** |uα of every code added, over a continuum of `length` characters. */
  alphas(length: number): Map<Id, UnitizingCategoryAlpha> {
    const alphas = new Map<Id, UnitizingCategoryAlpha>();
    if (length <= 0) return alphas;
    for (const [code, perCoder] of this.byCode) {
      alphas.set(
        code,
        unitizingAlphaOfUnits(
          perCoder.map((units) => Float64Array.from(units)),
          { start: 0, end: length },
        ),
      );
    }
    return alphas;
  }
}
