import { applyTextEdit, type TextEdit } from './textEdit';

/**
 * A text, or a function producing it. A function is called at most once, and only if a caller
 * actually needs a character: the renderer passes one so that ordinary typing never has to
 * assemble a long transcript's text.
 */
export type TextSource = string | (() => string);

/**
 * Follows a text through a sequence of edits without building it until a character is asked for:
 * edits made before the first question are applied then, later ones as they come.
 */
export class TextAlongEdits {
  private text: string | null;
  private pending: TextEdit[] = [];

  constructor(private readonly source: TextSource) {
    this.text = typeof source === 'string' ? source : null;
  }

  /** Moves on to the text left by `edit`. */
  advance(edit: TextEdit): void {
    if (this.text === null) this.pending.push(edit);
    else this.text = applyTextEdit(this.text, edit);
  }

  /** The character at `offset` of the current text, or '' outside it. */
  charAt(offset: number): string {
    return this.current().charAt(offset);
  }

  get length(): number {
    return this.current().length;
  }

  private current(): string {
    if (this.text === null) {
      const source = this.source as () => string;
      this.text = this.pending.reduce(applyTextEdit, source());
      this.pending = [];
    }
    return this.text;
  }
}
