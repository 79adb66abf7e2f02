/** Public surface of Concord's inter-coder agreement statistics (pure TypeScript). */
export * from './types';
export { createSeededRandom, type RandomSource } from './random';
export {
  krippendorffAlpha,
  type KrippendorffAlphaOptions,
  type KrippendorffAlphaResult,
} from './krippendorffAlpha';
export {
  bootstrapAlpha,
  type AlphaBootstrapOptions,
  type AlphaBootstrapResult,
} from './alphaBootstrap';
export type { ChanceCorrected } from './chance';
export type { AgreementWeighting } from './weights';
export {
  cohenKappa,
  contingencyTable,
  twoCoderCoefficients,
  type ContingencyTable,
  type TwoCoderCoefficients,
} from './twoCoderCoefficients';
export {
  countsToReliabilityMatrix,
  fleissKappaFromCounts,
  multiCoderCoefficients,
  type MultiCoderCoefficients,
  type MultiCoderOptions,
} from './multiCoderCoefficients';
export { computeReliability, type ReliabilitySummary } from './reliability';
export type { CodedSpan } from './text/spans';
export {
  EMPTY_TRACK,
  prepareCodedText,
  unionOfIntervals,
  type CodeTrack,
  type PreparedText,
} from './text/preparedText';
export {
  characterAgreement,
  characterTables,
  type CharacterTables,
  type CharacterAgreement,
  type CharacterAgreementOptions,
  type CharacterAgreementResult,
  type TwoCoderText,
} from './text/characterAgreement';
export {
  segmentAgreement,
  segmentTables,
  type SegmentAgreementOptions,
  type SegmentAgreementResult,
  type SegmentCounts,
} from './text/segmentAgreement';
export {
  unitizingAlphaByCategory,
  unitizingAlphaOfUnits,
  type Continuum,
  type UnitizingCategoryAlpha,
} from './text/unitizingAlpha2004';
export {
  UnitizingTally,
  UnitizingValueSpace,
  filterEvents,
  unitizingEvents,
  type UnitizingEvents,
  type ValueOf,
} from './text/unitizingTally';
export { sweepIntoTallies, type TallyChannel } from './text/unitizingSweep';
export {
  cuAlpha,
  cuAlphaOfTally,
  domainCuAlpha,
  uAlpha,
  uAlphaOfTally,
  type UnitizingAlphaResult,
  type UnitizingValueOptions,
} from './text/unitizingAlphaFamily';
export {
  bestAlignmentDisorder,
  type AnnotatedUnit,
  type BestAlignment,
  type GammaParameters,
} from './gamma/bestAlignmentDisorder';
