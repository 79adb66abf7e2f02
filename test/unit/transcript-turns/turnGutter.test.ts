import {
  $createRangeSelection,
  $getRoot,
  $setSelection,
  createEditor,
  type LexicalEditor,
  type TextNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { remapTurns, type TextEdit } from '../../../shared/anchoring';
import type { SpeakerTurn } from '../../../shared/domain/types';
import { LOAD_TAG } from '../../../renderer/src/editor/editing/shownDocument';
import { $buildTranscript } from '../../../renderer/src/editor/transcript/buildTranscript';
import { splitIntoParagraphs } from '../../../renderer/src/editor/transcript/paragraphs';
import { setShownTurns } from '../../../renderer/src/editor/transcript/shownTurns';
import {
  $isTranscriptParagraphNode,
  TranscriptParagraphNode,
} from '../../../renderer/src/editor/transcript/TranscriptParagraphNode';
import { registerTurnGutter } from '../../../renderer/src/editor/transcript/turnGutter';

/** Interviewer asks; Jordan answers in two paragraphs; the interviewer asks again. */
const PARAGRAPHS: [speaker: string, timeMs: number, paragraphs: string[]][] = [
  ['Interviewer', 4_000, ['How did it start?']],
  ['Jordan', 9_000, ['It started slowly.', 'Then it grew.']],
  ['Interviewer', 30_000, ['And then?']],
];

function transcript(): { text: string; turns: SpeakerTurn[] } {
  const turns: SpeakerTurn[] = [];
  const parts: string[] = [];
  let start = 0;
  for (const [speaker, timeMs, paragraphs] of PARAGRAPHS) {
    const text = paragraphs.join('\n');
    turns.push({ start, end: start + text.length, speaker, timeMs });
    parts.push(text);
    start += text.length + 1;
  }
  return { text: parts.join('\n'), turns };
}

/** A headless editor with the transcript loaded and its gutter following edits. */
function openEditor() {
  const source = transcript();
  const editor = createEditor({
    namespace: 'turn-gutter-test',
    // Without SourceEditor's replacement of ParagraphNode, which Lexical's development build
    // refuses (TranscriptParagraphNode does not extend ParagraphNode); splits and joins never
    // create a plain paragraph here.
    nodes: [TranscriptParagraphNode],
    onError(error) {
      throw error;
    },
  });
  editor.update(() => $buildTranscript(source), { discrete: true, tag: LOAD_TAG });
  setShownTurns(editor, source.turns);
  registerTurnGutter(editor);
  return { editor, source };
}

/** Each paragraph's gutter as "speaker@ms", or '' where it is empty. */
function shownLabels(editor: LexicalEditor): string[] {
  return editor.read(() =>
    $getRoot()
      .getChildren()
      .map((block) =>
        $isTranscriptParagraphNode(block) && block.isFirstOfTurn()
          ? `${block.getSpeaker()}@${block.getTimeMs()}`
          : '',
      ),
  );
}

/** What a reload would show once the core stored `edits` (made to the transcript as loaded). */
function storedLabels(
  editor: LexicalEditor,
  source: { text: string; turns: SpeakerTurn[] },
  edits: TextEdit[],
): string[] {
  const turns = remapTurns(source.turns, edits, source.text);
  return splitIntoParagraphs(documentText(editor), turns).map((span) =>
    span.firstOfTurn ? `${span.speaker}@${span.timeMs}` : '',
  );
}

function documentText(editor: LexicalEditor): string {
  return editor.read(() =>
    $getRoot()
      .getChildren()
      .map((block) => block.getTextContent())
      .join('\n'),
  );
}

/** Puts a collapsed caret `offset` characters into paragraph `index` and runs `action` there. */
function atCaret(
  editor: LexicalEditor,
  index: number,
  offset: number,
  action: (selection: ReturnType<typeof $createRangeSelection>) => void,
): void {
  selecting(editor, index, offset, offset, action);
}

/** Selects characters [start, end) of paragraph `index` and runs `action` on the selection. */
function selecting(
  editor: LexicalEditor,
  index: number,
  start: number,
  end: number,
  action: (selection: ReturnType<typeof $createRangeSelection>) => void,
): void {
  editor.update(
    () => {
      const block = $getRoot().getChildAtIndex<TranscriptParagraphNode>(index)!;
      const selection = $createRangeSelection();
      const text = block.getFirstChild<TextNode>();
      if (text) {
        selection.anchor.set(text.getKey(), start, 'text');
        selection.focus.set(text.getKey(), end, 'text');
      } else {
        selection.anchor.set(block.getKey(), 0, 'element');
        selection.focus.set(block.getKey(), 0, 'element');
      }
      $setSelection(selection);
      action(selection);
    },
    { discrete: true },
  );
}

const enter = (selection: ReturnType<typeof $createRangeSelection>) => selection.insertParagraph();
const backspace = (selection: ReturnType<typeof $createRangeSelection>) =>
  selection.deleteCharacter(true);

/** Offset of paragraph `index` in the document's text. */
function paragraphStart(editor: LexicalEditor, index: number): number {
  return documentText(editor)
    .split('\n')
    .slice(0, index)
    .reduce((offset, paragraph) => offset + paragraph.length + 1, 0);
}

describe('the speaker gutter follows paragraph splits and joins at once', () => {
  it('starts as the source gives it', () => {
    const { editor } = openEditor();
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      'Interviewer@30000',
    ]);
  });

  it('Enter inside a turn: the new paragraph continues the turn, unlabelled', () => {
    const { editor, source } = openEditor();
    const at = paragraphStart(editor, 1) + 'It started'.length;
    atCaret(editor, 1, 'It started'.length, enter);
    const edits = [{ from: at, to: at, insert: '\n' }];
    expect(shownLabels(editor)).toEqual(storedLabels(editor, source, edits));
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      '',
      'Interviewer@30000',
    ]);
  });

  it('Backspace at the start of a turn: its label moves to its next paragraph', () => {
    const { editor, source } = openEditor();
    const at = paragraphStart(editor, 1);
    atCaret(editor, 1, 0, backspace);
    const edits = [{ from: at - 1, to: at, insert: '' }];
    expect(shownLabels(editor)).toEqual(storedLabels(editor, source, edits));
    // Jordan's turn now begins inside the interviewer's paragraph and goes on in the next one.
    expect(shownLabels(editor)).toEqual(['Interviewer@4000', 'Jordan@9000', 'Interviewer@30000']);
    expect(documentText(editor).split('\n')[0]).toBe('How did it start?It started slowly.');
  });

  it('Enter where two joined turns meet brings the later label back', () => {
    const { editor, source } = openEditor();
    const at = paragraphStart(editor, 1);
    atCaret(editor, 1, 0, backspace);
    atCaret(editor, 0, at - 1, enter);
    const edits = [
      { from: at - 1, to: at, insert: '' },
      { from: at - 1, to: at - 1, insert: '\n' },
    ];
    expect(shownLabels(editor)).toEqual(storedLabels(editor, source, edits));
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      'Interviewer@30000',
    ]);
  });

  it('Enter at the start of a turn, then Backspace: the label stays on the turn', () => {
    const { editor, source } = openEditor();
    const at = paragraphStart(editor, 1);
    atCaret(editor, 1, 0, enter);
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      '',
      'Interviewer@30000',
    ]);
    atCaret(editor, 2, 0, backspace);
    const edits = [
      { from: at, to: at, insert: '\n' },
      { from: at, to: at + 1, insert: '' },
    ];
    expect(documentText(editor)).toBe(transcript().text);
    expect(shownLabels(editor)).toEqual(storedLabels(editor, source, edits));
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      'Interviewer@30000',
    ]);
  });

  it('Enter where joined turns meet, then typing at the start of the later paragraph: the label stays', () => {
    const { editor, source } = openEditor();
    const at = paragraphStart(editor, 1);
    atCaret(editor, 1, 0, backspace);
    atCaret(editor, 0, at - 1, enter);
    atCaret(editor, 1, 0, (selection) => selection.insertText('Well, '));
    const edits = [
      { from: at - 1, to: at, insert: '' },
      { from: at - 1, to: at - 1, insert: '\n' },
      { from: at, to: at, insert: 'Well, ' },
    ];
    expect(documentText(editor).split('\n')[1]).toBe('Well, It started slowly.');
    expect(shownLabels(editor)).toEqual(storedLabels(editor, source, edits));
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      'Interviewer@30000',
    ]);
  });

  it("Deleting all of a turn's text keeps its label on the empty paragraph; typing there fills it", () => {
    const { editor, source } = openEditor();
    const at = paragraphStart(editor, 3);
    selecting(editor, 3, 0, 'And then?'.length, (selection) => selection.removeText());
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      'Interviewer@30000',
    ]);
    atCaret(editor, 3, 0, (selection) => selection.insertText('Why?'));
    const edits = [
      { from: at, to: at + 'And then?'.length, insert: '' },
      { from: at, to: at, insert: 'Why?' },
    ];
    expect(documentText(editor).split('\n')[3]).toBe('Why?');
    expect(shownLabels(editor)).toEqual(storedLabels(editor, source, edits));
    expect(shownLabels(editor)[3]).toBe('Interviewer@30000');
  });

  it('typing inside a paragraph leaves the gutter alone', () => {
    const { editor } = openEditor();
    atCaret(editor, 2, 4, (selection) => selection.insertText('really '));
    expect(shownLabels(editor)).toEqual([
      'Interviewer@4000',
      'Jordan@9000',
      '',
      'Interviewer@30000',
    ]);
  });
});
