import { $createTextNode, $getRoot } from 'lexical';
import type { SourceDetail } from '../../../../shared/domain/types';
import { $createTranscriptParagraphNode } from './TranscriptParagraphNode';
import { splitIntoParagraphs } from './paragraphs';

/**
 * Replaces the document with a source's text: one block per paragraph holding a single text node
 * (never a node per word), all inside the caller's single editor update so long sources open fast.
 */
export function $buildTranscript(source: Pick<SourceDetail, 'text' | 'turns'>): void {
  const root = $getRoot();
  root.clear();
  const blocks = splitIntoParagraphs(source.text, source.turns).map((span) => {
    const block = $createTranscriptParagraphNode(span.speaker, span.timeMs, span.firstOfTurn);
    if (span.end > span.start)
      block.append($createTextNode(source.text.slice(span.start, span.end)));
    return block;
  });
  root.append(...blocks);
}
