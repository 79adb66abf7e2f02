import type { NodeKey } from 'lexical';

/** A DOM range to paint with the named CSS custom highlight. */
export interface NamedRange {
  name: string;
  range: Range;
}

/**
 * Owns the CSS custom highlights of codings: one Highlight per code (so overlapping codings blend
 * as translucent layers) whose ranges are registered paragraph by paragraph. Replacing or clearing
 * one paragraph touches only that paragraph's ranges.
 */
export class HighlightRegistry {
  private readonly byName = new Map<string, Highlight>();
  private readonly byBlock = new Map<NodeKey, Array<{ highlight: Highlight; range: Range }>>();

  /** Replaces the ranges registered for one paragraph. */
  setBlock(key: NodeKey, ranges: readonly NamedRange[]): void {
    this.clearBlock(key);
    if (ranges.length === 0) return;
    const entries = ranges.map(({ name, range }) => {
      const highlight = this.highlight(name);
      highlight.add(range);
      return { highlight, range };
    });
    this.byBlock.set(key, entries);
  }

  clearBlock(key: NodeKey): void {
    const entries = this.byBlock.get(key);
    if (!entries) return;
    for (const { highlight, range } of entries) highlight.delete(range);
    this.byBlock.delete(key);
  }

  /** Paragraphs that currently have ranges registered. */
  blocks(): NodeKey[] {
    return [...this.byBlock.keys()];
  }

  /** Number of registered ranges (for tests and measurements). */
  rangeCount(): number {
    let count = 0;
    for (const entries of this.byBlock.values()) count += entries.length;
    return count;
  }

  dispose(): void {
    for (const name of this.byName.keys()) CSS.highlights.delete(name);
    this.byName.clear();
    this.byBlock.clear();
  }

  private highlight(name: string): Highlight {
    let highlight = this.byName.get(name);
    if (!highlight) {
      highlight = new Highlight();
      CSS.highlights.set(name, highlight);
      this.byName.set(name, highlight);
    }
    return highlight;
  }
}
