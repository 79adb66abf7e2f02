import type Database from 'better-sqlite3';
import { ApiError } from '../../../shared/api/errors';
import type { AttributeValue, Id, Participant } from '../../../shared/domain/types';
import { normalizeValue } from './attribute-values';
import type { AttributeRepository } from './attributes';
import type { AuditLog } from './audit';
import { nameKey, newId, now } from './clock';

interface ParticipantRow {
  id: Id;
  pseudonym: string;
  createdAt: string;
  sourceCount: number;
}

interface ValueRow {
  participantId: Id;
  attributeId: Id;
  value: string | number;
}

const SELECT_PARTICIPANTS = `
  SELECT p.id, p.pseudonym, p.created_at AS createdAt,
         (SELECT COUNT(*) FROM sources s WHERE s.participant_id = p.id) AS sourceCount
  FROM participants p`;

/** Study participants, known by pseudonym only, with their attribute values. */
export class ParticipantRepository {
  private readonly selectAll: Database.Statement;
  private readonly selectOne: Database.Statement<[Id]>;
  private readonly selectByKey: Database.Statement<[string]>;
  private readonly selectAllValues: Database.Statement;
  private readonly selectValues: Database.Statement<[Id]>;
  private readonly insert: Database.Statement;
  private readonly rename: Database.Statement<[string, string, Id]>;
  private readonly upsertValue: Database.Statement<[Id, Id, AttributeValue]>;
  private readonly deleteValue: Database.Statement<[Id, Id]>;
  private readonly deleteRow: Database.Statement<[Id]>;

  constructor(
    private readonly db: Database.Database,
    private readonly audit: AuditLog,
    private readonly attributes: AttributeRepository,
  ) {
    this.selectAll = db.prepare(`${SELECT_PARTICIPANTS} ORDER BY p.pseudonym_key`);
    this.selectOne = db.prepare(`${SELECT_PARTICIPANTS} WHERE p.id = ?`);
    this.selectByKey = db.prepare(`${SELECT_PARTICIPANTS} WHERE p.pseudonym_key = ?`);
    const valueColumns = 'participant_id AS participantId, attribute_id AS attributeId, value';
    this.selectAllValues = db.prepare(`SELECT ${valueColumns} FROM participant_values`);
    this.selectValues = db.prepare(
      `SELECT ${valueColumns} FROM participant_values WHERE participant_id = ?`,
    );
    this.insert = db.prepare(
      `INSERT INTO participants (id, pseudonym, pseudonym_key, created_at)
       VALUES (?, ?, ?, ?)`,
    );
    this.rename = db.prepare(
      'UPDATE participants SET pseudonym = ?, pseudonym_key = ? WHERE id = ?',
    );
    this.upsertValue = db.prepare(
      `INSERT INTO participant_values (participant_id, attribute_id, value) VALUES (?, ?, ?)
       ON CONFLICT (participant_id, attribute_id) DO UPDATE SET value = excluded.value`,
    );
    this.deleteValue = db.prepare(
      'DELETE FROM participant_values WHERE participant_id = ? AND attribute_id = ?',
    );
    this.deleteRow = db.prepare('DELETE FROM participants WHERE id = ?');
  }

  list(): Participant[] {
    const byParticipant = new Map<Id, Record<Id, AttributeValue>>();
    for (const row of this.selectAllValues.all() as ValueRow[]) {
      let values = byParticipant.get(row.participantId);
      if (!values) byParticipant.set(row.participantId, (values = {}));
      values[row.attributeId] = row.value;
    }
    return (this.selectAll.all() as ParticipantRow[]).map((row) => ({
      ...row,
      attributes: byParticipant.get(row.id) ?? {},
    }));
  }

  get(id: Id): Participant {
    const row = this.selectOne.get(id) as ParticipantRow | undefined;
    if (!row) throw new ApiError('not_found', `No participant with id ${id}.`);
    return this.withValues(row);
  }

  findByPseudonym(pseudonym: string): Participant | undefined {
    const row = this.selectByKey.get(nameKey(pseudonym.trim())) as ParticipantRow | undefined;
    return row && this.withValues(row);
  }

  create(
    actor: Id | null,
    input: { pseudonym: string; attributes?: Record<Id, AttributeValue> },
  ): Participant {
    return this.db.transaction(() => {
      const participant = this.insertParticipant(input.pseudonym, input.attributes ?? {});
      this.audit.append({
        userId: actor,
        action: 'participant.create',
        entityType: 'participant',
        entityId: participant.id,
        detail: { pseudonym: participant.pseudonym, attributes: participant.attributes },
      });
      return participant;
    })();
  }

  /** Attributes not named in `input.attributes` keep their value; null clears one. */
  update(
    actor: Id | null,
    input: { id: Id; pseudonym?: string; attributes?: Record<Id, AttributeValue> },
  ): Participant {
    return this.db.transaction(() => {
      const before = this.get(input.id);
      this.applyChanges(before, input.pseudonym, input.attributes ?? {});
      const after = this.get(input.id);
      this.audit.append({
        userId: actor,
        action: 'participant.update',
        entityType: 'participant',
        entityId: after.id,
        detail: describeChange(before, after),
      });
      return after;
    })();
  }

  /** Sources of the participant stay, unlinked (the schema sets their participant to null). */
  delete(actor: Id | null, id: Id): void {
    this.db.transaction(() => {
      const participant = this.get(id);
      this.deleteRow.run(id);
      this.audit.append({
        userId: actor,
        action: 'participant.delete',
        entityType: 'participant',
        entityId: id,
        detail: {
          pseudonym: participant.pseudonym,
          attributes: participant.attributes,
          unlinkedSources: participant.sourceCount,
        },
      });
    })();
  }

  /** Inserts without an audit entry or transaction: for callers that record a larger action. */
  insertParticipant(pseudonym: string, attributes: Record<Id, AttributeValue>): Participant {
    const name = pseudonym.trim();
    this.assertPseudonymFree(name, null);
    const id = newId();
    this.insert.run(id, name, nameKey(name), now());
    this.writeValues(id, attributes);
    return this.get(id);
  }

  /** Updates without an audit entry or transaction: for callers that record a larger action. */
  applyChanges(
    participant: Participant,
    pseudonym: string | undefined,
    attributes: Record<Id, AttributeValue>,
  ): void {
    if (pseudonym !== undefined && pseudonym.trim() !== participant.pseudonym) {
      const name = pseudonym.trim();
      this.assertPseudonymFree(name, participant.id);
      this.rename.run(name, nameKey(name), participant.id);
    }
    this.writeValues(participant.id, attributes);
  }

  private writeValues(participantId: Id, values: Record<Id, AttributeValue>): void {
    for (const [attributeId, raw] of Object.entries(values)) {
      const value = normalizeValue(this.attributes.get(attributeId), raw);
      if (value === null) this.deleteValue.run(participantId, attributeId);
      else this.upsertValue.run(participantId, attributeId, value);
    }
  }

  private withValues(row: ParticipantRow): Participant {
    const attributes: Record<Id, AttributeValue> = {};
    for (const value of this.selectValues.all(row.id) as ValueRow[]) {
      attributes[value.attributeId] = value.value;
    }
    return { ...row, attributes };
  }

  private assertPseudonymFree(pseudonym: string, exceptId: Id | null): void {
    const existing = this.findByPseudonym(pseudonym);
    if (existing && existing.id !== exceptId) {
      throw new ApiError('conflict', `A participant named "${existing.pseudonym}" already exists.`);
    }
  }
}

/** Only what changed, so the history stays readable. */
function describeChange(before: Participant, after: Participant): Record<string, unknown> {
  const detail: Record<string, unknown> = {};
  if (before.pseudonym !== after.pseudonym) {
    detail.pseudonym = { before: before.pseudonym, after: after.pseudonym };
  }
  const changed: Record<Id, { before: AttributeValue; after: AttributeValue }> = {};
  const ids = new Set([...Object.keys(before.attributes), ...Object.keys(after.attributes)]);
  for (const id of ids) {
    const was = before.attributes[id] ?? null;
    const is = after.attributes[id] ?? null;
    if (was !== is) changed[id] = { before: was, after: is };
  }
  if (Object.keys(changed).length > 0) detail.attributes = changed;
  return detail;
}
