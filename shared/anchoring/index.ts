/** Keeps codings (rows of offsets) attached to their text through every edit. */
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
