import type {
  AttributeDefinition,
  AttributeValue,
  Id,
  Participant,
  SourceSummary,
} from '../../../shared/domain/types';

/** The values an attribute takes, to choose from: its choices, else the values participants have. */
export function attributeValues(
  attribute: AttributeDefinition,
  participants: readonly Participant[],
): string[] {
  if (attribute.type === 'choice' && attribute.choices.length > 0) return [...attribute.choices];
  const values = new Set<string>();
  for (const participant of participants) {
    const value = participant.attributes[attribute.id];
    if (hasValue(value)) values.add(String(value));
  }
  return [...values].sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
}

/** Sources whose participant has `value` for the attribute. */
export function sourcesWithAttribute(
  sources: readonly SourceSummary[],
  participants: readonly Participant[],
  attributeId: Id,
  value: string,
): Id[] {
  const matching = new Set(
    participants
      .filter((participant) => {
        const own = participant.attributes[attributeId];
        return hasValue(own) && String(own) === value;
      })
      .map((participant) => participant.id),
  );
  return sources
    .filter((source) => source.participantId !== null && matching.has(source.participantId))
    .map((source) => source.id);
}

function hasValue(value: AttributeValue | undefined): value is string | number {
  return value !== null && value !== undefined && value !== '';
}
