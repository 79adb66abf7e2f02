import type {
  ParsedAttributeColumn,
  ParsedParticipantRow,
  ParsedParticipantTable,
} from '../../../shared/domain/parsed';
import { inferColumn } from './column-types';
import type { CsvDelimiter, CsvRecord } from './csv-records';
import { detectDelimiter, readCsvRecords } from './csv-records';
import { decodeText } from './decode-text';
import { badInput } from './errors';
import { fileExtension } from './file-kind';

const SPREADSHEET_EXTENSIONS = new Set(['xlsx', 'xls', 'ods', 'numbers']);
const SEPARATOR_LINE = /^sep=([,;\t])\r?\n/i;

/** Header names that mark the pseudonym column, most specific first (compared loosely). */
const PSEUDONYM_HEADERS = ['pseudonym', 'participant', 'participantid', 'name', 'alias', 'id'];

/**
 * Reads a participants table: a header row naming the columns, then one row per participant.
 * The pseudonym column is found by its header (else it is the first column); every other column
 * becomes an attribute with a type inferred from its values.
 */
export function parseParticipantsCsv(fileName: string, data: Uint8Array): ParsedParticipantTable {
  if (SPREADSHEET_EXTENSIONS.has(fileExtension(fileName))) {
    throw badInput(fileName, 'is a spreadsheet; save it as CSV (comma- or semicolon-separated).');
  }
  const { text, warnings } = decodeText(fileName, data);
  // Excel may write a "sep=;" line naming the delimiter before the header.
  const separatorLine = SEPARATOR_LINE.exec(text);
  const delimiter = separatorLine ? (separatorLine[1] as CsvDelimiter) : detectDelimiter(text);
  const records = readCsvRecords(fileName, text, delimiter)
    .slice(separatorLine ? 1 : 0)
    .filter((record) => !record.fields.every((field) => field.trim() === ''));
  const [headerRecord, ...rows] = records;
  if (!headerRecord) throw badInput(fileName, 'the file is empty.');

  const headers = readHeaders(fileName, headerRecord);
  if (rows.length === 0) {
    throw badInput(fileName, 'has a header row but no participant rows.');
  }
  for (const row of rows) {
    if (row.fields.length !== headers.length) {
      throw badInput(
        fileName,
        `line ${row.line}: expected ${headers.length} fields like the header row, found ${row.fields.length}.`,
      );
    }
  }

  const pseudonymIndex = findPseudonymColumn(headers);
  const cellsByColumn = headers.map((_, column) =>
    rows.map((row) => {
      const value = row.fields[column]!.trim();
      return value === '' ? null : value;
    }),
  );
  const pseudonyms = readPseudonyms(fileName, rows, cellsByColumn[pseudonymIndex]!);

  const columns: ParsedAttributeColumn[] = [];
  const valuesByColumn: (string | number | null)[][] = [];
  headers.forEach((name, column) => {
    if (column === pseudonymIndex) return;
    const inferred = inferColumn(name, cellsByColumn[column]!, delimiter);
    columns.push({ name, type: inferred.type, choices: inferred.choices });
    valuesByColumn.push(inferred.values);
    if (inferred.warning) warnings.push(inferred.warning);
  });

  const participantRows: ParsedParticipantRow[] = pseudonyms.map((pseudonym, rowIndex) => {
    const values: Record<string, string | number | null> = {};
    columns.forEach((column, index) => {
      values[column.name] = valuesByColumn[index]![rowIndex]!;
    });
    return { pseudonym, values };
  });

  return {
    pseudonymColumn: headers[pseudonymIndex]!,
    columns,
    rows: participantRows,
    warnings,
  };
}

function readHeaders(fileName: string, header: CsvRecord): string[] {
  const names = header.fields.map((field) => field.trim());
  const unnamed = names.findIndex((name) => name === '');
  if (unnamed !== -1) {
    throw badInput(
      fileName,
      `line ${header.line}: column ${unnamed + 1} of the header row has no name.`,
    );
  }
  // A first row of numbers or dates is data: the file has no header row.
  if (names.some((name) => /^[+-]?[\d.,/-]+$/.test(name))) {
    throw badInput(
      fileName,
      `line ${header.line}: the first row must name the columns (e.g. "pseudonym,age,site").`,
    );
  }
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) duplicates.add(name);
    seen.add(name);
  }
  if (duplicates.size > 0) {
    throw badInput(fileName, `the header row repeats column names: ${[...duplicates].join(', ')}.`);
  }
  return names;
}

function findPseudonymColumn(headers: readonly string[]): number {
  const loose = headers.map((name) => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  for (const wanted of PSEUDONYM_HEADERS) {
    const index = loose.indexOf(wanted);
    if (index !== -1) return index;
  }
  return 0;
}

function readPseudonyms(
  fileName: string,
  rows: readonly CsvRecord[],
  cells: readonly (string | null)[],
): string[] {
  const pseudonyms: string[] = [];
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  cells.forEach((cell, index) => {
    if (cell === null) {
      throw badInput(fileName, `line ${rows[index]!.line}: the participant has no pseudonym.`);
    }
    if (seen.has(cell)) duplicates.add(cell);
    seen.add(cell);
    pseudonyms.push(cell);
  });
  if (duplicates.size > 0) {
    throw badInput(fileName, `pseudonyms appear more than once: ${[...duplicates].join(', ')}.`);
  }
  return pseudonyms;
}
