import type { AttributeValue, SourceFilter } from '../../../shared/domain/types';
import { normalizeValue } from './attribute-values';
import type { AttributeRepository } from './attributes';

export interface SqlCondition {
  /** SQL to AND into a WHERE clause over `sources s`; '1' when nothing is filtered. */
  sql: string;
  params: unknown[];
}

/**
 * Turns a SourceFilter into SQL over `sources s`. Attribute filters combine with AND across
 * attributes and OR within one; null in the accepted values means "no value". A source without
 * a participant matches no attribute filter.
 */
export function sourceFilterCondition(
  filter: SourceFilter | undefined,
  attributes: AttributeRepository,
): SqlCondition {
  const clauses: string[] = [];
  const params: unknown[] = [];
  if (filter?.kind !== undefined) {
    clauses.push('s.kind = ?');
    params.push(filter.kind);
  }
  if (filter?.participantId !== undefined) {
    clauses.push('s.participant_id = ?');
    params.push(filter.participantId);
  }
  for (const [attributeId, accepted] of Object.entries(filter?.attributes ?? {})) {
    const attribute = attributes.get(attributeId);
    const values = new Set<AttributeValue>();
    for (const value of accepted) values.add(comparable(attribute, value));
    const options: string[] = [];
    const concrete = [...values].filter((value) => value !== null);
    if (concrete.length > 0) {
      options.push(
        `s.participant_id IN (SELECT participant_id FROM participant_values
          WHERE attribute_id = ? AND value IN (${concrete.map(() => '?').join(', ')}))`,
      );
      params.push(attributeId, ...concrete);
    }
    if (values.has(null)) {
      options.push(
        `(s.participant_id IS NOT NULL AND s.participant_id NOT IN
          (SELECT participant_id FROM participant_values WHERE attribute_id = ?))`,
      );
      params.push(attributeId);
    }
    // An empty list of accepted values accepts nothing.
    clauses.push(options.length > 0 ? `(${options.join(' OR ')})` : '0');
  }
  return { sql: clauses.length > 0 ? clauses.join(' AND ') : '1', params };
}

/**
 * Brings a filter value to the stored form ('3' for a number attribute becomes 3, a choice
 * takes its canonical case). A value that cannot be stored cannot match and is kept as given.
 */
function comparable(
  attribute: Parameters<typeof normalizeValue>[0],
  value: AttributeValue,
): AttributeValue {
  try {
    return normalizeValue(attribute, value);
  } catch {
    return value;
  }
}
