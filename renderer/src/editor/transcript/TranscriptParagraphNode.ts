import {
  $applyNodeReplacement,
  ParagraphNode,
  type EditorConfig,
  type ElementDOMSlot,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedParagraphNode,
  type Spread,
} from 'lexical';
import { formatMediaTime } from '../../lib/format';

export type SerializedTranscriptParagraphNode = Spread<
  { speaker: string | null; timeMs: number | null; firstOfTurn: boolean },
  SerializedParagraphNode
>;

/** Speakers whose label is shown in the quieter interviewer colour. */
const INTERVIEWER = /^(interviewer|int|i|q|moderator|researcher)\.?$/i;

/**
 * One paragraph of a source. Speaker label and timestamp are structure, not text: they live in a
 * non-editable gutter created beside the text slot (Lexical's DOMSlot), so they never enter the
 * document's text and text offsets stay the source's offsets. Timestamps are buttons carrying
 * data-seek-ms; the seek feature listens for their clicks.
 */
export class TranscriptParagraphNode extends ParagraphNode {
  __speaker: string | null;
  __timeMs: number | null;
  __firstOfTurn: boolean;

  static override getType(): string {
    return 'transcript-paragraph';
  }

  static override clone(node: TranscriptParagraphNode): TranscriptParagraphNode {
    return new TranscriptParagraphNode(
      node.__speaker,
      node.__timeMs,
      node.__firstOfTurn,
      node.__key,
    );
  }

  constructor(speaker: string | null, timeMs: number | null, firstOfTurn: boolean, key?: NodeKey) {
    super(key);
    this.__speaker = speaker;
    this.__timeMs = timeMs;
    this.__firstOfTurn = firstOfTurn;
  }

  static override importJSON(json: SerializedTranscriptParagraphNode): TranscriptParagraphNode {
    return $createTranscriptParagraphNode(
      json.speaker,
      json.timeMs,
      json.firstOfTurn,
    ).updateFromJSON(json);
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedTranscriptParagraphNode>): this {
    return super.updateFromJSON(json);
  }

  override exportJSON(): SerializedTranscriptParagraphNode {
    return {
      ...super.exportJSON(),
      speaker: this.__speaker,
      timeMs: this.__timeMs,
      firstOfTurn: this.__firstOfTurn,
    };
  }

  override createDOM(_config: EditorConfig): HTMLElement {
    const block = document.createElement('div');
    block.className = 'tp';
    const gutter = document.createElement('div');
    gutter.className = 'tp__gutter';
    gutter.contentEditable = 'false';
    const text = document.createElement('p');
    text.className = 'tp__text';
    block.append(gutter, text);
    this.renderGutter(block);
    return block;
  }

  /** Shows this paragraph's speaker label and timestamp (only on the first paragraph of a turn). */
  private renderGutter(block: HTMLElement): void {
    // Toggled, not assigned: other plugins may mark the block with classes of their own.
    block.classList.toggle('tp--turn-start', this.__firstOfTurn);
    const gutter = block.querySelector<HTMLElement>(':scope > .tp__gutter');
    if (!gutter) return;
    const labels: HTMLElement[] = [];
    if (this.__firstOfTurn && this.__timeMs !== null) {
      const time = document.createElement('button');
      time.type = 'button';
      time.className = 'tp__time';
      time.dataset.seekMs = String(this.__timeMs);
      time.textContent = formatMediaTime(this.__timeMs);
      time.title = 'Play from here';
      labels.push(time);
    }
    if (this.__firstOfTurn && this.__speaker !== null) {
      const speaker = document.createElement('span');
      speaker.className = INTERVIEWER.test(this.__speaker.trim())
        ? 'tp__speaker tp__speaker--interviewer'
        : 'tp__speaker';
      speaker.textContent = this.__speaker;
      speaker.title = this.__speaker;
      labels.push(speaker);
    }
    gutter.replaceChildren(...labels);
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const text = element.querySelector<HTMLElement>(':scope > .tp__text');
    return text ? super.getDOMSlot(element).withElement(text) : super.getDOMSlot(element);
  }

  override updateDOM(previous: TranscriptParagraphNode, block: HTMLElement): boolean {
    // The gutter is redrawn in place: recreating the block would recreate its text's DOM too,
    // and the coding highlights registered on that text with it.
    if (
      previous.__speaker !== this.__speaker ||
      previous.__timeMs !== this.__timeMs ||
      previous.__firstOfTurn !== this.__firstOfTurn
    ) {
      this.renderGutter(block);
    }
    return false;
  }

  /**
   * Backspace at the start of an empty paragraph joins it like any other (an edit the core
   * records), instead of ParagraphNode's removal of an empty first paragraph.
   */
  override collapseAtStart(): boolean {
    return false;
  }

  /** Copying keeps paragraphs as plain text blocks; the gutter is structure, never copied. */
  override extractWithChild(): boolean {
    return false;
  }

  /**
   * Enter splits a paragraph: the new paragraph continues the same turn, so it carries no
   * speaker label or timestamp of its own (TurnGutterPlugin corrects the rare split where the
   * stored turns say otherwise).
   */
  override insertNewAfter(
    _selection: RangeSelection,
    restoreSelection = true,
  ): TranscriptParagraphNode {
    const paragraph = $createTranscriptParagraphNode(null, null, false);
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
  }

  /** Gives the paragraph another gutter (after an edit moved speaker turns; see TurnGutterPlugin). */
  setGutter(gutter: { speaker: string | null; timeMs: number | null; firstOfTurn: boolean }): this {
    const writable = this.getWritable();
    writable.__speaker = gutter.speaker;
    writable.__timeMs = gutter.timeMs;
    writable.__firstOfTurn = gutter.firstOfTurn;
    return writable;
  }

  isFirstOfTurn(): boolean {
    return this.getLatest().__firstOfTurn;
  }

  getSpeaker(): string | null {
    return this.getLatest().__speaker;
  }

  getTimeMs(): number | null {
    return this.getLatest().__timeMs;
  }
}

export function $createTranscriptParagraphNode(
  speaker: string | null,
  timeMs: number | null,
  firstOfTurn: boolean,
): TranscriptParagraphNode {
  return $applyNodeReplacement(new TranscriptParagraphNode(speaker, timeMs, firstOfTurn));
}

export function $isTranscriptParagraphNode(
  node: LexicalNode | null | undefined,
): node is TranscriptParagraphNode {
  return node instanceof TranscriptParagraphNode;
}
