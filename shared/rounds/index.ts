/** Coding rounds: agreement over coded texts and the drafted methods paragraph (pure). */
export {
  DETAIL_SOURCE_LIMIT,
  computeAgreementRows,
  computeGroupedAgreementRows,
  groupCodingsBySource,
  type AgreementCoding,
  type AgreementOptions,
  type AgreementSource,
  type CodingsBySource,
} from './agreement';
export { draftMethodsParagraph, formatFigure } from './methods-paragraph';
export { semanticDomains, type SemanticDomains } from './semantic-domains';
export { codeStretches, intersects, mergedIntervals, type Stretch } from './stretches';
