import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_HIGH,
  DRAGSTART_COMMAND,
  DROP_COMMAND,
  FORMAT_TEXT_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  type LexicalEditor,
} from 'lexical';

/**
 * A transcript is plain text in paragraphs, and its offsets are the source's offsets: keeps the
 * editor from adding anything else. Paste inserts plain text only (rich content, and codings,
 * which are rows and never travel with text, are not pasted); line breaks become paragraph
 * breaks; text formatting and drag-and-drop of text are off.
 */
export function registerPlainTextInput(editor: LexicalEditor): () => void {
  return mergeRegister(
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const data = clipboardDataOf(event);
        event.preventDefault();
        if (!data) return true;
        const text = data.getData('text/plain');
        if (text !== '') editor.update(() => $insertPlainText(text), { tag: PASTE_TAG });
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      INSERT_LINE_BREAK_COMMAND,
      () => editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined),
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(FORMAT_TEXT_COMMAND, () => true, COMMAND_PRIORITY_HIGH),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DRAGSTART_COMMAND,
      (event) => {
        event.preventDefault();
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

function clipboardDataOf(event: Event): DataTransfer | null {
  if ('clipboardData' in event) return (event as ClipboardEvent).clipboardData;
  if ('dataTransfer' in event) return (event as InputEvent).dataTransfer;
  return null;
}

/** Inserts text at the selection, each line break starting a new paragraph. */
export function $insertPlainText(text: string): void {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (const [i, line] of lines.entries()) {
    const selection = $getSelection();
    if (!$isRangeSelection(selection)) return;
    if (i > 0) selection.insertParagraph();
    const current = $getSelection();
    if (line !== '' && $isRangeSelection(current)) current.insertText(line);
  }
}
