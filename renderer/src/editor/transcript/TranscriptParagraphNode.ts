import {
  $applyNodeReplacement,
  ElementNode,
  type EditorConfig,
  type ElementDOMSlot,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type RangeSelection,
  type SerializedElementNode,
  type Spread,
} from 'lexical';
import { formatMediaTime } from '../../lib/format';

export type SerializedTranscriptParagraphNode = Spread<
  { speaker: string | null; timeMs: number | null; firstOfTurn: boolean },
  SerializedElementNode
>;

/** Speakers whose label is shown in the quieter interviewer colour. */
const INTERVIEWER = /^(interviewer|int|i|q|moderator|researcher)\.?$/i;

/**
 * One paragraph of a source. Speaker label and timestamp are structure, not text: they live in a
 * non-editable gutter created beside the text slot (Lexical's DOMSlot), so they never enter the
 * document's text and text offsets stay the source's offsets. Timestamps are buttons carrying
 * data-seek-ms; the seek feature listens for their clicks.
 */
export class TranscriptParagraphNode extends ElementNode {
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
    block.className = this.__firstOfTurn ? 'tp tp--turn-start' : 'tp';
    const gutter = document.createElement('div');
    gutter.className = 'tp__gutter';
    gutter.contentEditable = 'false';
    if (this.__firstOfTurn && this.__timeMs !== null) {
      const time = document.createElement('button');
      time.type = 'button';
      time.className = 'tp__time';
      time.dataset.seekMs = String(this.__timeMs);
      time.textContent = formatMediaTime(this.__timeMs);
      time.title = 'Play from here';
      gutter.append(time);
    }
    if (this.__firstOfTurn && this.__speaker !== null) {
      const speaker = document.createElement('span');
      speaker.className = INTERVIEWER.test(this.__speaker.trim())
        ? 'tp__speaker tp__speaker--interviewer'
        : 'tp__speaker';
      speaker.textContent = this.__speaker;
      speaker.title = this.__speaker;
      gutter.append(speaker);
    }
    const text = document.createElement('p');
    text.className = 'tp__text';
    block.append(gutter, text);
    return block;
  }

  override getDOMSlot(element: HTMLElement): ElementDOMSlot<HTMLElement> {
    const text = element.querySelector<HTMLElement>(':scope > .tp__text');
    return text ? super.getDOMSlot(element).withElement(text) : super.getDOMSlot(element);
  }

  override updateDOM(previous: TranscriptParagraphNode): boolean {
    // The gutter is built once in createDOM; any change of its inputs recreates the block.
    return (
      previous.__speaker !== this.__speaker ||
      previous.__timeMs !== this.__timeMs ||
      previous.__firstOfTurn !== this.__firstOfTurn
    );
  }

  /**
   * Enter splits a paragraph: the new paragraph continues the same turn, so it carries no
   * speaker label or timestamp of its own.
   */
  override insertNewAfter(
    _selection: RangeSelection,
    restoreSelection = true,
  ): TranscriptParagraphNode {
    const paragraph = $createTranscriptParagraphNode(null, null, false);
    this.insertAfter(paragraph, restoreSelection);
    return paragraph;
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
