import { ApiError } from '../../../shared/api/errors';
import type {
  AttributeDefinition,
  AttributeType,
  AttributeValue,
} from '../../../shared/domain/types';

const NUMBER_PATTERN = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a decimal number written with a dot; anything else (units, commas, words) is not one. */
export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER_PATTERN.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Converts a stored value to another attribute type; undefined when it cannot be converted.
 * Choice values convert as text: the caller decides which choices exist.
 */
export function convertValue(
  value: string | number,
  to: AttributeType,
): AttributeValue | undefined {
  switch (to) {
    case 'text':
    case 'choice':
      return String(value);
    case 'number':
      return typeof value === 'number' ? value : parseNumber(value);
    case 'date': {
      if (typeof value !== 'string') return undefined;
      const trimmed = value.trim();
      return isIsoDate(trimmed) ? trimmed : undefined;
    }
  }
}

/** Finds a choice regardless of case, returning its canonical spelling. */
export function matchChoice(choices: readonly string[], value: string): string | undefined {
  const wanted = value.trim().toLocaleLowerCase('und');
  return choices.find((choice) => choice.toLocaleLowerCase('und') === wanted);
}

/**
 * Checks a value a user sets on a participant against the attribute's type and returns what to
 * store. An empty string means "no value". Throws ApiError('bad_input') naming the attribute.
 */
export function normalizeValue(
  attribute: AttributeDefinition,
  value: AttributeValue,
): AttributeValue {
  if (value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const shown = JSON.stringify(value);
  switch (attribute.type) {
    case 'text':
      return typeof value === 'string' ? value.trim() : String(value);
    case 'number': {
      const number = typeof value === 'number' ? value : parseNumber(value);
      if (number === undefined) {
        throw new ApiError('bad_input', `${attribute.name}: ${shown} is not a number.`);
      }
      return number;
    }
    case 'date': {
      const text = String(value).trim();
      if (!isIsoDate(text)) {
        throw new ApiError('bad_input', `${attribute.name}: ${shown} is not a date (YYYY-MM-DD).`);
      }
      return text;
    }
    case 'choice': {
      const choice = matchChoice(attribute.choices, String(value));
      if (choice === undefined) {
        throw new ApiError(
          'bad_input',
          `${attribute.name}: ${shown} is not one of the choices (${attribute.choices.join(', ')}).`,
        );
      }
      return choice;
    }
  }
}

/** Trims and removes duplicate choices (case-insensitively), keeping the first spelling. */
export function cleanChoices(choices: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of choices) {
    const choice = raw.trim();
    const key = choice.toLocaleLowerCase('und');
    if (choice === '' || seen.has(key)) continue;
    seen.add(key);
    result.push(choice);
  }
  return result;
}
