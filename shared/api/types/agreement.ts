import type { Id, UserRole } from '../../domain/types';

// Inter-coder agreement: the query, the figures and the passages behind them.

export type AgreementUnit = 'character' | 'segment';

export interface AgreementQuery {
  /** The round's sources and coders (narrowed by the lists below). */
  roundId?: Id;
  sourceIds?: Id[];
  /** At least two; default: the round's coders, else every coder with codings. */
  coderIds?: Id[];
  codeIds?: Id[];
  /** Headline unit; both are always computed. Default 'character'. */
  unit?: AgreementUnit;
  /** Minimum overlap of matching segments, in (0, 1]; default 0.9. */
  overlap?: number;
  /** Leave text nobody coded out of the character tables and the reliability units. */
  excludeUncoded?: boolean;
  /** Replicates for alpha's confidence interval (overall and per-code rows); 0 skips it. Default 1000. */
  bootstrapResamples?: number;
}

export interface AgreementFigures {
  /** The headline percent agreement of the chosen unit (character share or matched segments). */
  percentAgreement: number | null;
  /** Two coders only: Cohen's kappa of the headline unit. */
  cohenKappa: number | null;
  /** Fleiss' kappa over the reliability units (any number of coders). */
  fleissKappa: number | null;
  /** Nominal Krippendorff's alpha over the reliability units. */
  krippendorffAlpha: number | null;
  alphaInterval: {
    lower: number | null;
    upper: number | null;
    confidence: number;
    resamples: number;
  } | null;
  /** Character level: share of agreeing characters and its kappa (two coders; mean of pairs for more). */
  characterAgreement: number | null;
  characterKappa: number | null;
  /** Segment level: matched segments / all segments, at `overlap`. */
  segmentAgreement: number | null;
  segments: number;
  matchedSegments: number;
  /** Krippendorff's (2004) unitizing alpha; per code only (null on rows pooling codes). */
  unitizingAlpha: number | null;
  /**
   * Krippendorff, Mathet, Bouvry & Widlöcher (2016) family, as in ATLAS.ti (shared/agreement
   * README). On rows pooling codes (null on a code's row): u-alpha, agreement on the units and
   * their codes together, and cu-alpha, agreement on the codes of the text two or more coders
   * coded. null also when undefined (nobody coded, or one code everywhere).
   */
  uAlpha: number | null;
  cuAlpha: number | null;
  /**
   * On the row of a code with subcodes (its semantic domain): Cu-alpha, cu-alpha among its
   * subcodes (deeper codes count as the subcode they belong to). null on other rows.
   */
  domainCuAlpha: number | null;
  /** Reliability units: stretches between the boundaries of any coder's codings of a code. */
  units: number;
}

export interface AgreementRow {
  /** null: all selected sources pooled. */
  sourceId: Id | null;
  /** null: all selected codes pooled. */
  codeId: Id | null;
  /** A pair, or the whole group (3 coders or more). */
  coderIds: Id[];
  scope: 'pair' | 'group';
  figures: AgreementFigures;
}

export interface AgreementReport {
  roundId: Id | null;
  unit: AgreementUnit;
  overlap: number;
  excludeUncoded: boolean;
  coders: { id: Id; name: string; role: UserRole }[];
  sources: { id: Id; title: string }[];
  codes: { id: Id; name: string }[];
  /**
   * Overall rows first (sourceId and codeId null), then per code, then per source; rows per
   * source and code too when at most 100 sources are selected (drill down with sourceIds).
   */
  rows: AgreementRow[];
}

export interface DisagreementQuery {
  roundId?: Id;
  sourceIds?: Id[];
  codeId?: Id;
  /** At least two. */
  coderIds: Id[];
  limit?: number;
}

/** A stretch one coder coded with a code and another coder did not. */
export interface Disagreement {
  sourceId: Id;
  sourceTitle: string;
  codeId: Id;
  codeName: string;
  start: number;
  end: number;
  text: string;
  /** Coders who coded the stretch with the code. */
  codedBy: { id: Id; name: string }[];
  /** Coders who did not. */
  notCodedBy: { id: Id; name: string }[];
  /** What the coders who did not apply the code applied there instead, if anything. */
  otherCodes: { coderId: Id; codeId: Id; codeName: string }[];
}
