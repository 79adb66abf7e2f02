import type { AttributeType } from '../../../shared/domain/types';
import type { CsvDelimiter } from './csv-records';

export interface InferredColumn {
  type: AttributeType;
  /** For 'choice': the distinct values in first-seen order. */
  choices: string[];
  /** Normalised values, aligned with the input (numbers as number, dates as YYYY-MM-DD). */
  values: (string | number | null)[];
  warning: string | null;
}

const MAX_CHOICES = 20;
const DECIMAL_POINT = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
/** "007", "0123": identifiers and postcodes whose leading zeros a number would lose. */
const LEADING_ZERO = /^[+-]?0\d/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Infers an attribute type from a column's values (null = empty cell), trying number, date,
 * choice and text in that order, and normalises the values to that type.
 */
export function inferColumn(
  name: string,
  cells: readonly (string | null)[],
  delimiter: CsvDelimiter,
): InferredColumn {
  const present = cells.filter((cell): cell is string => cell !== null);
  if (present.length === 0) return textColumn(cells, null);

  const numbers = asNumbers(present, delimiter);
  if (numbers)
    return { type: 'number', choices: [], values: mapPresent(cells, numbers), warning: null };

  const dates = asDates(present);
  if (dates.kind === 'dates') {
    return { type: 'date', choices: [], values: mapPresent(cells, dates.values), warning: null };
  }
  if (dates.kind === 'ambiguous') {
    return textColumn(
      cells,
      `Column "${name}" looks like dates, but day and month cannot be told apart; it was kept as text.`,
    );
  }

  const distinct = [...new Set(present)];
  const isChoice =
    distinct.length < present.length &&
    distinct.length <= MAX_CHOICES &&
    distinct.length <= Math.max(2, Math.floor(cells.length / 2));
  if (isChoice) return { type: 'choice', choices: distinct, values: [...cells], warning: null };
  return textColumn(cells, null);
}

function textColumn(cells: readonly (string | null)[], warning: string | null): InferredColumn {
  return { type: 'text', choices: [], values: [...cells], warning };
}

/** Replaces the non-null cells, in order, by `converted`. */
function mapPresent<T>(cells: readonly (string | null)[], converted: readonly T[]): (T | null)[] {
  let next = 0;
  return cells.map((cell) => (cell === null ? null : converted[next++]!));
}

function asNumbers(values: readonly string[], delimiter: CsvDelimiter): number[] | null {
  // A decimal comma is only unambiguous when the comma is not the delimiter's locale's
  // thousands separator, i.e. in semicolon- or tab-separated files.
  const allowComma = delimiter !== ',';
  const numbers: number[] = [];
  for (const value of values) {
    if (LEADING_ZERO.test(value)) return null;
    if (DECIMAL_POINT.test(value)) numbers.push(Number(value));
    else if (allowComma && DECIMAL_COMMA.test(value)) numbers.push(Number(value.replace(',', '.')));
    else return null;
  }
  return numbers;
}

type DateReading = { kind: 'dates'; values: string[] } | { kind: 'ambiguous' } | { kind: 'no' };

/**
 * ISO dates as they are; D.M.YYYY as day first; D/M/YYYY or M/D/YYYY when some value settles the
 * order (a part above 12) and all values agree with it.
 */
function asDates(values: readonly string[]): DateReading {
  let dayFirstPossible = true;
  let monthFirstPossible = true;
  let needsOrder = false;
  for (const value of values) {
    if (ISO_DATE.test(value) || DOT_DATE.test(value)) continue;
    const slash = SLASH_DATE.exec(value);
    if (!slash) return { kind: 'no' };
    needsOrder = true;
    const first = Number(slash[1]);
    const second = Number(slash[2]);
    if (first > 12) monthFirstPossible = false;
    if (second > 12) dayFirstPossible = false;
  }
  if (needsOrder && !dayFirstPossible && !monthFirstPossible) return { kind: 'no' };
  if (needsOrder && dayFirstPossible && monthFirstPossible) return { kind: 'ambiguous' };

  const normalised: string[] = [];
  for (const value of values) {
    const date = normaliseDate(value, dayFirstPossible);
    if (date === null) return { kind: 'no' };
    normalised.push(date);
  }
  return { kind: 'dates', values: normalised };
}

function normaliseDate(value: string, slashIsDayFirst: boolean): string | null {
  const iso = ISO_DATE.exec(value);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dot = DOT_DATE.exec(value);
  if (dot) return calendarDate(Number(dot[3]), Number(dot[2]), Number(dot[1]));
  const slash = SLASH_DATE.exec(value)!;
  const [day, month] = slashIsDayFirst ? [slash[1], slash[2]] : [slash[2], slash[1]];
  return calendarDate(Number(slash[3]), Number(month), Number(day));
}

/** 'YYYY-MM-DD' for a real calendar date, null for e.g. 2023-02-30. */
function calendarDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
