import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR } from 'lexical';
import { useEffect } from 'react';
import { SEEK_MEDIA_COMMAND } from './seekCommand';

/**
 * Turns clicks on transcript timestamps (buttons with data-seek-ms, drawn by the paragraph node)
 * into SEEK_MEDIA_COMMAND and hands the command to `onSeek`.
 */
export function SeekPlugin({ onSeek }: { onSeek: (timeMs: number) => void }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest<HTMLElement>('[data-seek-ms]');
      if (!button) return;
      const timeMs = Number(button.dataset.seekMs);
      if (!Number.isFinite(timeMs)) return;
      event.preventDefault();
      editor.dispatchCommand(SEEK_MEDIA_COMMAND, timeMs);
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('click', onClick);
        root?.addEventListener('click', onClick);
      }),
      editor.registerCommand(
        SEEK_MEDIA_COMMAND,
        (timeMs) => {
          onSeek(timeMs);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, onSeek]);

  return null;
}
