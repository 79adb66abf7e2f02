/**
 * Inter-coder agreement of a set of coders over coded texts: the figures computeAgreement reports
 * per source, per code, per coder pair and for the whole group. Every statistic comes from
 * shared/agreement; this module only cuts the codings into the inputs those functions take and
 * pools the results.
 *
 * - Character level: characterAgreement per pair (2 x 2 tables per code, pooled over sources by
 *   adding the tables; a group reports the mean of its pairs).
 * - Segment level: segmentAgreement per pair at the minimum overlap (counts added up).
 * - Reliability units (stretches.ts): Fleiss' kappa, Krippendorff's alpha (nominal, with a
 *   bootstrap interval) and, for a pair, Cohen's kappa over units.
 * - Unitizing alpha: unitizingAlphaByCategory per code, over each source and over all sources
 *   laid end to end (one continuum, so passages never pair across sources).
 * - The u-alpha family (Krippendorff et al. 2016, as ATLAS.ti reports it): u-alpha and cu-alpha
 *   of all selected codes on rows pooling codes, and on the row of a code with subcodes the
 *   Cu-alpha of its semantic domain (cu-alpha among its subcodes). One UnitizingTally per
 *   source; the tallies add up to the figures over all sources laid end to end. The whole text
 *   is the continuum (excludeUncoded does not apply: gaps are part of what u-alpha measures, and
 *   cu-alpha ignores them anyway).
 */
import type { AgreementRow, AgreementUnit } from '../api/contract';
import {
  characterTables,
  prepareCodedText,
  segmentTables,
  unionOfIntervals,
  UnitizingTally,
  UnitizingValueSpace,
  sweepIntoTallies,
  unitizingEvents,
  type CodedSpan,
} from '../agreement';
import type { Id } from '../domain/types';
import type { PatternCounts } from './pattern-statistics';
import type { SemanticDomains } from './semantic-domains';
import { forEachStretch } from './stretches';
import { UnitsContinuum } from './units-continuum';
import { figuresOf, pairsOf, Pool } from './agreement-pool';
import {
  domainFamily,
  domainsByCode,
  pooledFamily,
  unitizingAlphaPerCode,
} from './unitizing-family';

export interface AgreementSource {
  id: Id;
  /** Text length in UTF-16 code units. */
  length: number;
}

export interface AgreementCoding {
  sourceId: Id;
  coderId: Id;
  codeId: Id;
  start: number;
  end: number;
}

export interface AgreementOptions {
  unit: AgreementUnit;
  /** Minimum overlap of matching segments, in (0, 1]. */
  overlap: number;
  excludeUncoded: boolean;
  /** Requested bootstrap replicates; 0 skips the interval. */
  bootstrapResamples: number;
  /** Seed of the bootstrap, so a report is reproducible. */
  seed?: number;
  /**
   * Who is assigned to which source (a round). A pair or group then covers only the sources all
   * its coders are assigned to, and is left out when there is none.
   */
  assigned?: ReadonlyMap<Id, ReadonlySet<Id>>;
  /** Codes with subcodes (semanticDomains): their rows report the Cu-alpha of the domain. */
  domains?: SemanticDomains;
}

/**
 * Rows per source and code are reported when the selection has at most this many sources; for
 * more, ask for one source at a time (sourceIds) to drill down.
 */
export const DETAIL_SOURCE_LIMIT = 100;

/** Each source's codings, split by coder (in the order of the coder ids given). */
export type CodingsBySource = ReadonlyMap<Id, readonly (readonly CodedSpan[])[]>;

/**
 * Groups `codings` by source and coder, keeping each coder's codings in the order given. Codings
 * of other coders and codes are left out.
 */
export function groupCodingsBySource(
  coderIds: readonly Id[],
  codeIds: readonly Id[],
  codings: Iterable<AgreementCoding>,
): CodingsBySource {
  const coderIndex = new Map(coderIds.map((id, i) => [id, i]));
  const codeSet = new Set(codeIds);
  const bySource = new Map<Id, CodedSpan[][]>();
  for (const coding of codings) {
    const coder = coderIndex.get(coding.coderId);
    if (coder === undefined || !codeSet.has(coding.codeId)) continue;
    let perCoder = bySource.get(coding.sourceId);
    if (!perCoder) bySource.set(coding.sourceId, (perCoder = coderIds.map(() => [])));
    perCoder[coder]!.push({ code: coding.codeId, start: coding.start, end: coding.end });
  }
  return bySource;
}

/**
 * The agreement rows for `coderIds` (two or more) on `sources`, over the codes `codeIds`.
 * `codings` may hold other coders and codes; they are ignored. Rows: overall first, then one per
 * code (sources pooled), then per source (codes pooled) each followed by its per-code rows; each
 * for every pair and, with three coders or more, for the group.
 */
export function computeAgreementRows(
  sources: readonly AgreementSource[],
  coderIds: readonly Id[],
  codeIds: readonly Id[],
  codings: Iterable<AgreementCoding>,
  options: AgreementOptions,
): AgreementRow[] {
  return computeGroupedAgreementRows(
    sources,
    coderIds,
    codeIds,
    groupCodingsBySource(coderIds, codeIds, codings),
    options,
  );
}

/**
 * computeAgreementRows over codings already grouped (groupCodingsBySource, or a store that reads
 * them grouped): `bySource` must hold only codes of `codeIds`, each coder's codings in one order
 * (the same order gives the same report, bootstrap interval included).
 */
export function computeGroupedAgreementRows(
  sources: readonly AgreementSource[],
  coderIds: readonly Id[],
  codeIds: readonly Id[],
  bySource: CodingsBySource,
  options: AgreementOptions,
): AgreementRow[] {
  const sets: { coders: number[]; scope: 'pair' | 'group' }[] = pairsOf(coderIds.length).map(
    (pair) => ({ coders: pair, scope: 'pair' as const }),
  );
  if (coderIds.length >= 3) {
    sets.push({ coders: coderIds.map((_, i) => i), scope: 'group' });
  }

  const domains = options.domains ?? new Map<Id, ReadonlyMap<Id, Id>>();
  const domainsOfCode = domainsByCode(domains);
  // One value space for every tally of the report: merges go by index, and the sets of codes
  // met in one source are known in the next.
  const space = new UnitizingValueSpace();
  const overallRows: AgreementRow[] = [];
  const codeRows: AgreementRow[] = [];
  const sourceRows: AgreementRow[] = [];
  for (const set of sets) {
    const setIds = set.coders.map((i) => coderIds[i]!);
    const setSources = options.assigned
      ? sources.filter((source) => {
          const assigned = options.assigned!.get(source.id);
          return assigned !== undefined && setIds.every((id) => assigned.has(id));
        })
      : sources;
    if (setSources.length === 0) continue;
    const pairs = pairsOf(set.coders.length);
    const detailed = setSources.length <= DETAIL_SOURCE_LIMIT;
    const overall = new Pool(pairs.length, set.coders.length);
    const perCode = new Map(codeIds.map((id) => [id, new Pool(pairs.length, set.coders.length)]));
    // All sources laid end to end, for the unitizing alpha of each code over the whole selection.
    const continuum = new UnitsContinuum(set.coders.length);
    let offset = 0;
    // The u-alpha family over all sources: the sources' tallies added up.
    let overallTally: UnitizingTally | undefined;
    const domainTallies = new Map<Id, UnitizingTally>();
    const perSourceRows: AgreementRow[] = [];

    for (const source of setSources) {
      const spans = set.coders.map((i) => bySource.get(source.id)?.[i] ?? []);
      const sourcePool = new Pool(pairs.length, set.coders.length);
      const sourceCodePools = new Map<Id, Pool>();
      const poolOf = (code: Id) => {
        let pool = sourceCodePools.get(code);
        if (!pool) sourceCodePools.set(code, (pool = new Pool(pairs.length, set.coders.length)));
        return pool;
      };
      const prepared =
        source.length > 0 && spans.some((coder) => coder.length > 0)
          ? prepareCodedText(spans, source.length)
          : null;
      const usedCodes: readonly Id[] = prepared?.codes ?? [];

      if (prepared) {
        pairs.forEach(([a, b], pairIndex) => {
          const characters = characterTables(prepared, a, b, {
            excludeUncoded: options.excludeUncoded,
          });
          const matched = segmentTables(prepared, a, b, { minOverlap: options.overlap });
          for (const [code, counts] of characters.perCode) {
            poolOf(code).addCharacters(pairIndex, counts);
            perCode.get(code)?.addCharacters(pairIndex, counts);
          }
          // Codes a pair never used still have a table: every considered character is "neither".
          const neither = {
            both: 0,
            onlyA: 0,
            onlyB: 0,
            neither: characters.consideredLength,
          };
          for (const code of codeIds) {
            if (!characters.perCode.has(code)) perCode.get(code)?.addCharacters(pairIndex, neither);
          }
          sourcePool.addCharacters(pairIndex, characters.overall);
          overall.addCharacters(pairIndex, characters.overall);
          for (const [code, counts] of matched.perCode) {
            poolOf(code).addSegments(pairIndex, counts);
            perCode.get(code)?.addSegments(pairIndex, counts);
          }
          sourcePool.addSegments(pairIndex, matched.overall);
          overall.addSegments(pairIndex, matched.overall);
        });

        const universe = options.excludeUncoded ? unionOfIntervals(prepared.coverage) : null;
        prepared.codes.forEach((code, index) => {
          const pools = [poolOf(code), perCode.get(code), sourcePool, overall].filter(
            (pool): pool is Pool => pool !== undefined,
          );
          // Counted once here and added to the four pools after: a project has millions of units.
          const units: PatternCounts = new Map();
          forEachStretch(
            prepared.tracks.map((tracks) => tracks[index]!.merged),
            source.length,
            universe,
            (_start, _end, mask) => {
              units.set(mask, (units.get(mask) ?? 0) + 1);
            },
          );
          for (const pool of pools) pool.addUnits(units);
          continuum.add(code, prepared.tracks, index, offset);
        });
      }

      const unitizing =
        detailed && prepared
          ? unitizingAlphaPerCode(prepared)
          : new Map<Id, { alpha: number | null }>();
      let sourceTally: UnitizingTally | undefined;
      const sourceDomainTallies = new Map<Id, UnitizingTally>();
      if (source.length > 0) {
        // One sort of the source's boundaries and one pass serve all codes and every domain.
        const events = unitizingEvents(
          spans,
          { start: 0, end: source.length },
          { checked: true }, // by prepareCodedText, whenever there are codings
        );
        sourceTally = new UnitizingTally(set.coders.length, space);
        const channels = [{ tally: sourceTally, valueOf: (code: Id): Id | undefined => code }];
        const touched = new Set<Id>();
        for (const code of usedCodes)
          for (const domain of domainsOfCode.get(code) ?? []) touched.add(domain);
        for (const domain of touched) {
          const members = domains.get(domain)!;
          const tally = new UnitizingTally(set.coders.length, space);
          sourceDomainTallies.set(domain, tally);
          channels.push({ tally, valueOf: (code) => members.get(code) });
        }
        sweepIntoTallies(events, channels);
        overallTally = (overallTally ?? new UnitizingTally(set.coders.length, space)).merge(
          sourceTally,
        );
        for (const [domain, tally] of sourceDomainTallies) {
          const into = domainTallies.get(domain);
          if (into) into.merge(tally);
          else domainTallies.set(domain, new UnitizingTally(set.coders.length, space).merge(tally));
        }
      }
      offset += source.length;

      perSourceRows.push({
        sourceId: source.id,
        codeId: null,
        coderIds: setIds,
        scope: set.scope,
        figures: figuresOf(sourcePool, options, null, false, pooledFamily(sourceTally)),
      });
      for (const code of detailed ? codeIds : []) {
        // A parent code nobody applied here still has a row when its subcodes were applied.
        const pool =
          sourceCodePools.get(code) ??
          (sourceDomainTallies.has(code) ? new Pool(pairs.length, set.coders.length) : undefined);
        if (!pool) continue;
        perSourceRows.push({
          sourceId: source.id,
          codeId: code,
          coderIds: setIds,
          scope: set.scope,
          figures: figuresOf(
            pool,
            options,
            unitizing.get(code)?.alpha ?? null,
            false,
            domainFamily(sourceDomainTallies.get(code)),
          ),
        });
      }
    }

    const unitizing = continuum.alphas(offset);
    overallRows.push({
      sourceId: null,
      codeId: null,
      coderIds: setIds,
      scope: set.scope,
      figures: figuresOf(overall, options, null, true, pooledFamily(overallTally)),
    });
    for (const code of codeIds) {
      codeRows.push({
        sourceId: null,
        codeId: code,
        coderIds: setIds,
        scope: set.scope,
        figures: figuresOf(
          perCode.get(code)!,
          options,
          unitizing.get(code)?.alpha ?? null,
          true,
          domainFamily(domainTallies.get(code)),
        ),
      });
    }
    sourceRows.push(...perSourceRows);
  }
  return [...overallRows, ...codeRows, ...sourceRows];
}
