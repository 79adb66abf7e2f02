import type { LexicalEditor } from 'lexical';

/** The source document open for coding and editing, as the coding actions need it. */
export interface ActiveDocument {
  editor: LexicalEditor;
  sourceId: string;
  /**
   * Sends pending text edits to the core and waits for them. Resolves false when the core
   * refused them (the source is then reloaded), so the caller should not go on.
   */
  flushEdits(): Promise<boolean>;
}

let active: ActiveDocument | null = null;

/** Registers the open document; returns the unregister function. */
export function setActiveDocument(document: ActiveDocument): () => void {
  active = document;
  return () => {
    if (active === document) active = null;
  };
}

export function getActiveDocument(): ActiveDocument | null {
  return active;
}

/** Sends pending text edits of the open document, if any; false when they were refused. */
export function flushPendingEdits(): Promise<boolean> {
  return active ? active.flushEdits() : Promise.resolve(true);
}
