import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { AttributeUpdateResult } from '../../../shared/api/contract';
import type {
  AttributeDefinition,
  AttributeType,
  AttributeValue,
  Id,
} from '../../../shared/domain/types';
import { cleanChoices, convertValue, matchChoice } from './attribute-values';
import type { AuditLog } from './audit';
import { nameKey, newId, now } from './clock';

interface AttributeRow {
  id: string;
  name: string;
  type: AttributeType;
  choices: string;
  position: number;
}

interface StoredValueRow {
  participantId: Id;
  pseudonym: string;
  value: string | number;
}

function toDefinition(row: AttributeRow): AttributeDefinition {
  return { ...row, choices: JSON.parse(row.choices) as string[] };
}

export interface AttributeChanges {
  name?: string;
  type?: AttributeType;
  choices?: string[];
}

/** Typed participant attributes (job title, site, sector ...), shown as columns in this order. */
export class AttributeRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly selectByKey: Database.Statement<[string]>;
  private readonly nextPosition: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly updateRow: Database.Statement;
  private readonly deleteRow: Database.Statement<[Id]>;
  private readonly selectValues: Database.Statement<[Id]>;
  private readonly updateValue: Database.Statement<[AttributeValue, Id, Id]>;
  private readonly deleteValue: Database.Statement<[Id, Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
  ) {
    const columns = 'id, name, type, choices, position';
    this.selectAll = db.prepare(`SELECT ${columns} FROM attributes ORDER BY position, rowid`);
    this.selectOne = db.prepare(`SELECT ${columns} FROM attributes WHERE id = ?`);
    this.selectByKey = db.prepare(`SELECT ${columns} FROM attributes WHERE name_key = ?`);
    this.nextPosition = db.prepare('SELECT COALESCE(MAX(position) + 1, 0) FROM attributes').pluck();
    this.insert = db.prepare(
      `INSERT INTO attributes (id, name, name_key, type, choices, position, created_at)
       VALUES (@id, @name, @nameKey, @type, @choices, @position, @createdAt)`,
    );
    this.updateRow = db.prepare(
      `UPDATE attributes SET name = @name, name_key = @nameKey, type = @type, choices = @choices
       WHERE id = @id`,
    );
    this.deleteRow = db.prepare('DELETE FROM attributes WHERE id = ?');
    // In participant creation order, so choices collected from values keep a natural order.
    this.selectValues = db.prepare(
      `SELECT v.participant_id AS participantId, p.pseudonym, v.value
       FROM participant_values v JOIN participants p ON p.id = v.participant_id
       WHERE v.attribute_id = ? ORDER BY p.created_at, p.rowid`,
    );
    this.updateValue = db.prepare(
      'UPDATE participant_values SET value = ? WHERE attribute_id = ? AND participant_id = ?',
    );
    this.deleteValue = db.prepare(
      'DELETE FROM participant_values WHERE attribute_id = ? AND participant_id = ?',
    );
  }

  list(): AttributeDefinition[] {
    return (this.selectAll.all() as AttributeRow[]).map(toDefinition);
  }

  get(id: Id): AttributeDefinition {
    const row = this.selectOne.get(id) as AttributeRow | undefined;
    if (!row) throw new ApiError('not_found', `No attribute with id ${id}.`);
    return toDefinition(row);
  }

  /** Case-insensitive lookup, as a CSV header names an attribute. */
  findByName(name: string): AttributeDefinition | undefined {
    const row = this.selectByKey.get(nameKey(name.trim())) as AttributeRow | undefined;
    return row && toDefinition(row);
  }

  create(
    actor: Id | null,
    input: { name: string; type: AttributeType; choices?: string[] },
  ): AttributeDefinition {
    return this.db.transaction(() => {
      const name = input.name.trim();
      this.assertNameFree(name, null);
      const attribute: AttributeDefinition = {
        id: newId(),
        name,
        type: input.type,
        choices: choicesFor(input.type, input.choices ?? []),
        position: this.nextPosition.get() as number,
      };
      this.insert.run({
        ...attribute,
        nameKey: nameKey(name),
        choices: JSON.stringify(attribute.choices),
        createdAt: now(),
      });
      this.audit.append({
        userId: actor,
        action: 'attribute.create',
        entityType: 'attribute',
        entityId: attribute.id,
        detail: { name, type: attribute.type, choices: attribute.choices },
      });
      return attribute;
    })();
  }

  /**
   * Renames, retypes or re-chooses an attribute. Stored values are converted to the new type;
   * values that cannot be converted (or are no longer a choice) are cleared and reported.
   */
  update(actor: Id | null, id: Id, changes: AttributeChanges): AttributeUpdateResult {
    return this.db.transaction(() => {
      const before = this.get(id);
      const name = changes.name?.trim() ?? before.name;
      if (nameKey(name) !== nameKey(before.name)) this.assertNameFree(name, id);
      const type = changes.type ?? before.type;
      if (type !== 'choice' && changes.choices !== undefined && changes.choices.length > 0) {
        throw new ApiError('bad_input', `${name}: only a choice attribute has choices.`);
      }
      const requestedChoices = changes.choices ?? (before.type === 'choice' ? before.choices : []);
      const { choices, cleared } = this.convertValues(before, type, requestedChoices);
      const attribute: AttributeDefinition = { ...before, name, type, choices };
      this.updateRow.run({
        id,
        name,
        nameKey: nameKey(name),
        type,
        choices: JSON.stringify(choices),
      });
      this.audit.append({
        userId: actor,
        action: 'attribute.update',
        entityType: 'attribute',
        entityId: id,
        detail: {
          before: { name: before.name, type: before.type, choices: before.choices },
          after: { name, type, choices },
          clearedValues: cleared.length,
        },
      });
      return { attribute, clearedValues: cleared };
    })();
  }

  delete(actor: Id | null, id: Id): void {
    this.db.transaction(() => {
      const attribute = this.get(id);
      const values = this.selectValues.all(id).length;
      this.deleteRow.run(id);
      this.audit.append({
        userId: actor,
        action: 'attribute.delete',
        entityType: 'attribute',
        entityId: id,
        detail: { name: attribute.name, type: attribute.type, values },
      });
    })();
  }

  private assertNameFree(name: string, exceptId: Id | null): void {
    const existing = this.findByName(name);
    if (existing && existing.id !== exceptId) {
      throw new ApiError('conflict', `An attribute named "${existing.name}" already exists.`);
    }
  }

  /**
   * Rewrites every stored value for the new type. A change to 'choice' keeps all values and adds
   * the missing ones to the choices; a change of choices clears values no longer offered.
   */
  private convertValues(
    before: AttributeDefinition,
    type: AttributeType,
    requestedChoices: readonly string[],
  ): { choices: string[]; cleared: AttributeUpdateResult['clearedValues'] } {
    const choices = type === 'choice' ? cleanChoices(requestedChoices) : [];
    const cleared: AttributeUpdateResult['clearedValues'] = [];
    const collectChoices = type === 'choice' && before.type !== 'choice';
    for (const row of this.selectValues.all(before.id) as StoredValueRow[]) {
      let next = convertValue(row.value, type);
      if (next !== undefined && type === 'choice') {
        const text = String(next);
        const existing = matchChoice(choices, text);
        if (existing === undefined && collectChoices) choices.push(text.trim());
        next = existing ?? (collectChoices ? text.trim() : undefined);
      }
      if (next === undefined) {
        this.deleteValue.run(before.id, row.participantId);
        cleared.push({
          participantId: row.participantId,
          pseudonym: row.pseudonym,
          previous: row.value,
        });
      } else if (next !== row.value) {
        this.updateValue.run(next, before.id, row.participantId);
      }
    }
    return { choices, cleared };
  }
}

function choicesFor(type: AttributeType, choices: readonly string[]): string[] {
  if (type === 'choice') return cleanChoices(choices);
  if (choices.length > 0) throw new ApiError('bad_input', 'Only a choice attribute has choices.');
  return [];
}
