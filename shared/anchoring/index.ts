/** Keeps codings (rows of offsets) and speaker turns attached to their text through every edit. */
export {
  applyTextEdit,
  applyTextEdits,
  assertValidEdit,
  assertValidRange,
  type OffsetRange,
  type TextEdit,
} from './textEdit';
export { remapRange, remapRangeDetailed, type RangeRemap, type RemapKind } from './remapRange';
export { remapCodings, type CodingsRemap, type ShrunkCoding } from './remapCodings';
export { diffToEdits } from './diffToEdits';
export { remapTurns } from './remapTurns';
export type { TextSource } from './textAlongEdits';
