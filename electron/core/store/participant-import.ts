import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { ParsedParticipantTable, ParsedAttributeColumn } from '../../../shared/domain/parsed';
import type {
  AttributeDefinition,
  AttributeValue,
  Id,
  ParticipantImportResult,
} from '../../../shared/domain/types';
import { matchChoice, normalizeValue } from './attribute-values';
import type { AttributeRepository } from './attributes';
import type { AuditLog } from './audit';
import type { ParticipantRepository } from './participants';

/**
 * Stores a participants table in one transaction: missing attributes are created with the
 * inferred type (existing ones are matched by name, any case), participants are created or
 * updated by pseudonym. An empty cell leaves an existing value alone, so importing a partial
 * table never erases data. A value the attribute cannot hold is skipped with a warning.
 */
export function importParticipantTable(
  db: Database.Database,
  repositories: {
    audit: AuditLog;
    attributes: AttributeRepository;
    participants: ParticipantRepository;
  },
  actor: Id | null,
  fileName: string,
  table: ParsedParticipantTable,
): ParticipantImportResult {
  const { audit, attributes, participants } = repositories;
  return db.transaction(() => {
    const warnings = [...table.warnings];
    const columns = table.columns.filter((column) => column.name !== table.pseudonymColumn);
    const byColumn = new Map<string, AttributeDefinition>();
    for (const column of columns) {
      byColumn.set(column.name, ensureAttribute(actor, attributes, column, table));
    }

    let created = 0;
    let updated = 0;
    table.rows.forEach((row, index) => {
      const pseudonym = row.pseudonym.trim();
      if (pseudonym === '') {
        warnings.push(`${fileName}: row ${index + 2} has no pseudonym and was skipped.`);
        return;
      }
      const values: Record<Id, AttributeValue> = {};
      for (const [columnName, raw] of Object.entries(row.values)) {
        const attribute = byColumn.get(columnName);
        if (!attribute || raw === null || raw === '') continue;
        try {
          values[attribute.id] = normalizeValue(attribute, raw);
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          warnings.push(`${fileName}: ${pseudonym}: ${error.message} The value was skipped.`);
        }
      }
      const existing = participants.findByPseudonym(pseudonym);
      if (existing) {
        participants.applyChanges(existing, undefined, values);
        updated += 1;
      } else {
        participants.insertParticipant(pseudonym, values);
        created += 1;
      }
    });

    audit.append({
      userId: actor,
      action: 'participants.import',
      entityType: 'participant',
      entityId: null,
      detail: { fileName, created, updated, warnings: warnings.length },
    });
    return { created, updated, attributes: [...byColumn.values()], warnings };
  })();
}

/** Finds the column's attribute or creates it; a choice attribute gains the column's new values. */
function ensureAttribute(
  actor: Id | null,
  attributes: AttributeRepository,
  column: ParsedAttributeColumn,
  table: ParsedParticipantTable,
): AttributeDefinition {
  const existing = attributes.findByName(column.name);
  if (!existing) {
    return attributes.create(actor, {
      name: column.name,
      type: column.type,
      choices: column.type === 'choice' ? column.choices : [],
    });
  }
  if (existing.type !== 'choice') return existing;
  const missing = new Set<string>();
  for (const row of table.rows) {
    const value = row.values[column.name];
    if (value === null || value === undefined || String(value).trim() === '') continue;
    if (matchChoice(existing.choices, String(value)) === undefined)
      missing.add(String(value).trim());
  }
  if (missing.size === 0) return existing;
  return attributes.update(actor, existing.id, { choices: [...existing.choices, ...missing] })
    .attribute;
}
