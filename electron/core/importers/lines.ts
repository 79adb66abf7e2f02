/**
 * Line handling shared by every text format: one line-ending convention and no trailing spaces,
 * so that offsets mean the same thing whatever editor wrote the file.
 */

const LINE_BREAK = /\r\n?|\u2028|\u2029/g;

/** Splits decoded text into lines with '\r\n', '\r' and Unicode separators treated as '\n'. */
export function splitLines(text: string): string[] {
  const normalised =
    text.includes('\r') || /[\u2028\u2029]/.test(text) ? text.replace(LINE_BREAK, '\n') : text;
  const lines = normalised.split('\n');
  for (let index = 0; index < lines.length; index++) {
    lines[index] = lines[index]!.trimEnd();
  }
  return lines;
}

/** True when the document separates some of its paragraphs with blank lines. */
export function hasBlankLineBetweenText(lines: readonly string[]): boolean {
  let seenText = false;
  let blankAfterText = false;
  for (const line of lines) {
    if (line === '') {
      if (seenText) blankAfterText = true;
    } else {
      if (blankAfterText) return true;
      seenText = true;
    }
  }
  return false;
}

/** Collapses runs of whitespace in a short label (speaker names) to single spaces. */
export function tidyLabel(label: string): string {
  return label.replace(/\s+/g, ' ').trim();
}
