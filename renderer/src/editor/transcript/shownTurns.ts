import type { LexicalEditor } from 'lexical';
import type { SpeakerTurn } from '../../../../shared/domain/types';

/**
 * The speaker turns of the text an editor shows, moved through every edit made since it was
 * loaded, so they are what the core stores once the edits are saved.
 */
const shown = new WeakMap<LexicalEditor, readonly SpeakerTurn[]>();

export function shownTurns(editor: LexicalEditor): readonly SpeakerTurn[] | undefined {
  return shown.get(editor);
}

export function setShownTurns(editor: LexicalEditor, turns: readonly SpeakerTurn[]): void {
  shown.set(editor, turns);
}
