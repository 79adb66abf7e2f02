import {
  cuAlphaOfTally,
  uAlphaOfTally,
  unitizingAlphaOfUnits,
  type PreparedText,
  type UnitizingCategoryAlpha,
  type UnitizingTally,
} from '../agreement';
import type { Id } from '../domain/types';
import type { SemanticDomains } from './semantic-domains';

// The unitizing figures of agreement rows: the u-alpha family and |u-alpha per code.

/** The u-alpha family figures of one row; null where the row does not report them. */
export interface UnitizingFamily {
  uAlpha: number | null;
  cuAlpha: number | null;
  domainCuAlpha: number | null;
}

export const NO_UNITIZING_FAMILY: UnitizingFamily = {
  uAlpha: null,
  cuAlpha: null,
  domainCuAlpha: null,
};

/** u-alpha and cu-alpha of a tally pooling all codes. */
export function pooledFamily(tally: UnitizingTally | undefined): UnitizingFamily {
  if (!tally) return NO_UNITIZING_FAMILY;
  return {
    uAlpha: uAlphaOfTally(tally).alpha,
    cuAlpha: cuAlphaOfTally(tally).alpha,
    domainCuAlpha: null,
  };
}

/** Cu-alpha of a semantic domain's tally (null for a code without subcodes). */
export function domainFamily(tally: UnitizingTally | undefined): UnitizingFamily {
  return tally
    ? { uAlpha: null, cuAlpha: null, domainCuAlpha: cuAlphaOfTally(tally).alpha }
    : NO_UNITIZING_FAMILY;
}

/** The semantic domains each code belongs to (a code is in the domain of every ancestor). */
export function domainsByCode(domains: SemanticDomains): Map<Id, Id[]> {
  const byCode = new Map<Id, Id[]>();
  for (const [domain, members] of domains) {
    for (const code of members.keys()) {
      const list = byCode.get(code);
      if (list) list.push(domain);
      else byCode.set(code, [domain]);
    }
  }
  return byCode;
}

/** |uα of each code of one text (unitizingAlphaByCategory over its prepared codings). */
export function unitizingAlphaPerCode(prepared: PreparedText): Map<Id, UnitizingCategoryAlpha> {
  const alphas = new Map<Id, UnitizingCategoryAlpha>();
  prepared.codes.forEach((code, index) => {
    alphas.set(
      code,
      unitizingAlphaOfUnits(
        prepared.tracks.map((tracks) => tracks[index]!.units),
        { start: 0, end: prepared.length },
      ),
    );
  });
  return alphas;
}
