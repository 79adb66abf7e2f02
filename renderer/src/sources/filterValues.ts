import type {
  AttributeDefinition,
  AttributeValue,
  Participant,
} from '../../../shared/domain/types';

/** The values a filter on an attribute can pick from: its choices, else the values in use. */
export function filterValuesFor(
  attribute: AttributeDefinition,
  participants: readonly Participant[],
): AttributeValue[] {
  if (attribute.type === 'choice' && attribute.choices.length > 0) return attribute.choices;
  const seen = new Set<AttributeValue>();
  for (const participant of participants) {
    const value = participant.attributes[attribute.id];
    if (value !== null && value !== undefined && value !== '') seen.add(value);
  }
  return [...seen].sort((a, b) => String(a).localeCompare(String(b), undefined, { numeric: true }));
}
