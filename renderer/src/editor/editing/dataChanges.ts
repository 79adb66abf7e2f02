import { notifyDataChanged, useCodebookStore } from '../../state/codebook';

/** Data versions this document announced itself: it already shows what changed. */
const ownVersions = new Set<number>();

/**
 * Tells the other panes (code tree counts, retrieval) that the document changed codings or
 * text, without making the document reload what it already shows.
 */
export function announceDocumentChange(): void {
  ownVersions.add(useCodebookStore.getState().dataVersion + 1);
  void notifyDataChanged();
}

/** True (once) when `version` was announced by the document itself. */
export function isOwnDataVersion(version: number): boolean {
  return ownVersions.delete(version);
}
