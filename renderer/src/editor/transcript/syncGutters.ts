import { $getNodeByKey, $getRoot } from 'lexical';
import type { SpeakerTurn } from '../../../../shared/domain/types';
import { paragraphGutters, sameGutter, type ParagraphGutter } from './paragraphs';
import { $isTranscriptParagraphNode } from './TranscriptParagraphNode';

/** A paragraph (by node key) whose gutter must change, and the gutter it gets. */
export interface GutterChange {
  key: string;
  gutter: ParagraphGutter;
}

/**
 * The paragraphs whose label or timestamp differ from what `turns` give them. Read-only, so an
 * edit that moves no label (nearly every key typed) costs no editor update. The document's
 * blocks are its paragraphs, so their text lengths place them.
 */
export function $gutterChanges(turns: readonly SpeakerTurn[]): GutterChange[] {
  const blocks = $getRoot().getChildren();
  const gutters = paragraphGutters(
    blocks.map((block) => block.getTextContentSize()),
    turns,
  );
  const changes: GutterChange[] = [];
  for (const [index, block] of blocks.entries()) {
    const gutter = gutters[index];
    if (!gutter || !$isTranscriptParagraphNode(block)) continue;
    const shown = {
      firstOfTurn: block.isFirstOfTurn(),
      speaker: block.getSpeaker(),
      timeMs: block.getTimeMs(),
    };
    if (!sameGutter(shown, gutter)) changes.push({ key: block.getKey(), gutter });
  }
  return changes;
}

/** Gives the paragraphs their new gutters. */
export function $applyGutterChanges(changes: readonly GutterChange[]): void {
  for (const { key, gutter } of changes) {
    const block = $getNodeByKey(key);
    if ($isTranscriptParagraphNode(block)) block.setGutter(gutter);
  }
}
