import type { LineReading } from '../line-transcript';

/**
 * Plain text: no line opens a turn, so paragraphs (or lines, without blank lines) become turns.
 * Leading indentation is kept: in prose it may be deliberate.
 */
export function readPlainLine(line: string): LineReading {
  return { header: null, text: line, marks: [] };
}
