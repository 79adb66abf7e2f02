import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedParticipantTable } from '../../../shared/domain/parsed';
import type { ProjectStore } from '../../../electron/core/store';
import { makeStore, tableCount } from './helpers';

const table: ParsedParticipantTable = {
  pseudonymColumn: 'Pseudonym',
  columns: [
    { name: 'Pseudonym', type: 'text', choices: [] },
    { name: 'Job title', type: 'text', choices: [] },
    { name: 'Site', type: 'choice', choices: ['A', 'B'] },
    { name: 'Wave', type: 'number', choices: [] },
  ],
  rows: [
    { pseudonym: 'Ana', values: { 'Job title': 'Investigator', Site: 'A', Wave: 1 } },
    { pseudonym: 'Ben', values: { 'Job title': 'Therapist', Site: 'B', Wave: null } },
  ],
  warnings: ['Row 4 was empty.'],
};

describe('importing a participants table', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  beforeEach(() => ({ store, leadId, dispose } = makeStore()));
  afterEach(() => dispose());

  it('creates attributes with the inferred types and the participants', () => {
    const result = store.importParticipants(leadId, 'people.csv', table);
    expect(result).toMatchObject({ created: 2, updated: 0, warnings: ['Row 4 was empty.'] });
    expect(result.attributes.map((a) => [a.name, a.type, a.choices])).toEqual([
      ['Job title', 'text', []],
      ['Site', 'choice', ['A', 'B']],
      ['Wave', 'number', []],
    ]);
    const [job, site, wave] = result.attributes;
    const [ana] = store.participants.list();
    expect(ana!.attributes).toEqual({ [job!.id]: 'Investigator', [site!.id]: 'A', [wave!.id]: 1 });
    expect(store.audit.list()[0]).toMatchObject({
      action: 'participants.import',
      detail: { fileName: 'people.csv', created: 2, updated: 0 },
    });
  });

  it('matches existing attributes and participants case-insensitively and updates them', () => {
    const site = store.attributes.create(leadId, { name: 'site', type: 'choice', choices: ['A'] });
    const wave = store.attributes.create(leadId, { name: 'WAVE', type: 'date' });
    store.participants.create(leadId, { pseudonym: 'ana', attributes: { [site.id]: 'A' } });

    const result = store.importParticipants(leadId, 'people.csv', table);
    expect(result).toMatchObject({ created: 1, updated: 1 });
    expect(store.attributes.list().map((a) => a.name)).toEqual(['site', 'WAVE', 'Job title']);
    // The existing choice attribute gains the new value "B".
    expect(store.attributes.get(site.id).choices).toEqual(['A', 'B']);
    // 1 cannot be a date: skipped with a warning naming the file and participant.
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/people\.csv: Ana: WAVE: 1 is not a date/),
    );
    expect(store.participants.findByPseudonym('ANA')!.attributes[wave.id]).toBeUndefined();
  });

  it('is one transaction: a failure part-way stores nothing', () => {
    const auditBefore = tableCount(store, 'audit_log');
    const realInsert = store.participants.insertParticipant.bind(store.participants);
    let calls = 0;
    store.participants.insertParticipant = (...args) => {
      calls += 1;
      // The second participant fails after attributes and the first participant were written.
      if (calls === 2) throw new Error('crash');
      return realInsert(...args);
    };
    expect(() => store.importParticipants(leadId, 'people.csv', table)).toThrow('crash');
    expect(tableCount(store, 'participants')).toBe(0);
    expect(tableCount(store, 'attributes')).toBe(0);
    expect(tableCount(store, 'audit_log')).toBe(auditBefore);
  });
});
