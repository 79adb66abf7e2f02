import type { AttributeDefinition, AttributeValue } from '../../../shared/domain/types';

/** A cell's draft text turned into the value the core stores, or a message saying what's wrong. */
export function parseAttributeInput(
  attribute: AttributeDefinition,
  draft: string,
): { ok: true; value: AttributeValue } | { ok: false; message: string } {
  const text = draft.trim();
  if (text === '') return { ok: true, value: null };
  switch (attribute.type) {
    case 'number': {
      const value = Number(text);
      return Number.isFinite(value)
        ? { ok: true, value }
        : { ok: false, message: `${attribute.name} must be a number.` };
    }
    case 'date':
      return /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? { ok: true, value: text }
        : { ok: false, message: `${attribute.name} must be a date (YYYY-MM-DD).` };
    case 'choice':
      return attribute.choices.includes(text)
        ? { ok: true, value: text }
        : {
            ok: false,
            message: `${attribute.name} must be one of: ${attribute.choices.join(', ')}.`,
          };
    default:
      return { ok: true, value: text };
  }
}

export function formatAttributeValue(value: AttributeValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Choices typed one per line or separated by commas. */
export function parseChoices(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(/[\n,]/)) {
    const choice = part.trim();
    if (choice) seen.add(choice);
  }
  return [...seen];
}
