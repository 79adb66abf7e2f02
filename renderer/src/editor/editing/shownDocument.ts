import type { LexicalEditor } from 'lexical';

/** Which source text an editor shows: the source and the core revision its text is at. */
export interface ShownDocument {
  sourceId: string;
  /** The revision of the text in the editor, as far as the core has confirmed it. */
  revision: number;
}

/** Tag of the editor update that (re)builds the document from a source: not a user edit. */
export const LOAD_TAG = 'concord-load';

const shown = new WeakMap<LexicalEditor, ShownDocument>();

export function shownDocument(editor: LexicalEditor): ShownDocument | undefined {
  return shown.get(editor);
}

export function setShownDocument(editor: LexicalEditor, document: ShownDocument): void {
  shown.set(editor, document);
}

/** Makes the next load of any source text into `editor` rebuild the document. */
export function invalidateShownDocument(editor: LexicalEditor): void {
  shown.delete(editor);
}
