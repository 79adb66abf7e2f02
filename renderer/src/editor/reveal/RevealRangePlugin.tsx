import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { $blockElementAt, $offsetRangeToDomRange, $readOffsetIndex } from '../offsets/offsetIndex';

export interface RevealTarget {
  start: number;
  end: number;
  /** A new serial reveals again even for the same range. */
  serial: number;
}

/** Name of the CSS custom highlight that flashes a revealed range (styled in document.css). */
const FLASH_HIGHLIGHT = 'concord-flash';
const FLASH_MS = 1800;

/**
 * Scrolls a source range into view, selects it and flashes it. Runs after the document for the
 * range has been built (the parent renders this plugin with the target of the loaded source).
 */
export function RevealRangePlugin({ target }: { target: RevealTarget | null }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    if (!target) return;
    let flashTimer: number | undefined;
    const frame = requestAnimationFrame(() => {
      const found = editor.read(() => {
        const index = $readOffsetIndex();
        return {
          block: $blockElementAt(editor, index, target.start),
          range: $offsetRangeToDomRange(editor, index, target.start, target.end),
        };
      });
      if (!found.range) return;
      found.block?.scrollIntoView({ block: 'center' });
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(found.range);
      if ('highlights' in CSS) {
        CSS.highlights.set(FLASH_HIGHLIGHT, new Highlight(found.range));
        flashTimer = window.setTimeout(() => CSS.highlights.delete(FLASH_HIGHLIGHT), FLASH_MS);
      }
    });
    return () => {
      cancelAnimationFrame(frame);
      if (flashTimer !== undefined) {
        window.clearTimeout(flashTimer);
        CSS.highlights.delete(FLASH_HIGHLIGHT);
      }
    };
  }, [editor, target]);

  return null;
}
