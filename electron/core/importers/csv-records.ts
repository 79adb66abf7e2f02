import { badInput } from './errors';

/** One CSV record with the line it starts on (1-based), for error messages. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export type CsvDelimiter = ',' | ';' | '\t';
const DELIMITERS: readonly CsvDelimiter[] = [',', ';', '\t'];

/**
 * The delimiter used in the header row: the most frequent of comma, semicolon and tab outside
 * quotes (spreadsheets in many locales write semicolons). A one-column file counts as comma.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts = new Map<CsvDelimiter, number>(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char as CsvDelimiter)) {
      counts.set(char as CsvDelimiter, counts.get(char as CsvDelimiter)! + 1);
    }
  }
  let best: CsvDelimiter = ',';
  for (const delimiter of DELIMITERS) {
    if (counts.get(delimiter)! > counts.get(best)!) best = delimiter;
  }
  return best;
}

/**
 * RFC 4180 records: quoted fields may hold delimiters, doubled quotes and line breaks; lines end
 * in LF, CRLF or CR. Tolerates what spreadsheets write in practice: a quote inside an unquoted
 * field is kept literally, as is text after a closing quote.
 */
export function readCsvRecords(
  fileName: string,
  text: string,
  delimiter: CsvDelimiter,
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 0;
  /** Whether the current field opened with a quote (a later quote is then literal text). */
  let fieldWasQuoted = false;

  const endField = () => {
    fields.push(field);
    field = '';
    fieldWasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push({ fields, line: recordLine });
    fields = [];
  };

  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          field += '"';
          index++;
        } else {
          quoted = false;
        }
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && !fieldWasQuoted && field.trim() === '') {
      // Spaces before an opening quote (', "a"') are layout, not content.
      field = '';
      quoted = true;
      fieldWasQuoted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      endField();
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
    }
  }
  if (quoted) {
    throw badInput(fileName, `line ${quoteLine}: a quoted field is never closed.`);
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
