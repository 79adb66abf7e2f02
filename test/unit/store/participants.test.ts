import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../electron/core/store';
import { makeStore, tableCount } from './helpers';

describe('participants', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  beforeEach(() => ({ store, leadId, dispose } = makeStore()));
  afterEach(() => dispose());

  it('stores attribute values in their type and lists participants by pseudonym', () => {
    const wave = store.attributes.create(leadId, { name: 'Wave', type: 'number' });
    const site = store.attributes.create(leadId, {
      name: 'Site',
      type: 'choice',
      choices: ['A', 'B'],
    });
    const since = store.attributes.create(leadId, { name: 'Since', type: 'date' });
    store.participants.create(leadId, { pseudonym: 'Maria', attributes: { [wave.id]: '2' } });
    store.participants.create(leadId, {
      pseudonym: 'Ana',
      attributes: { [wave.id]: 1, [site.id]: 'b', [since.id]: '2019-05-01' },
    });
    const list = store.participants.list();
    expect(list.map((p) => [p.pseudonym, p.attributes, p.sourceCount])).toEqual([
      ['Ana', { [wave.id]: 1, [site.id]: 'B', [since.id]: '2019-05-01' }, 0],
      ['Maria', { [wave.id]: 2 }, 0],
    ]);
  });

  it('refuses values the attribute cannot hold, naming the attribute, and stores nothing', () => {
    const wave = store.attributes.create(leadId, { name: 'Wave', type: 'number' });
    const site = store.attributes.create(leadId, { name: 'Site', type: 'choice', choices: ['A'] });
    expect(() =>
      store.participants.create(leadId, { pseudonym: 'X', attributes: { [wave.id]: 'two' } }),
    ).toThrow(/Wave: "two" is not a number/);
    expect(() =>
      store.participants.create(leadId, { pseudonym: 'X', attributes: { [site.id]: 'C' } }),
    ).toThrow(/Site: "C" is not one of the choices \(A\)/);
    expect(tableCount(store, 'participants')).toBe(0);
  });

  it('keeps pseudonyms unique regardless of case, in any script', () => {
    store.participants.create(leadId, { pseudonym: 'Élodie' });
    expect(() => store.participants.create(leadId, { pseudonym: 'élodie' })).toThrow(
      /already exists/,
    );
    expect(store.participants.findByPseudonym(' ÉLODIE ')?.pseudonym).toBe('Élodie');
  });

  it('updates only the named values, clears with null and records the change', () => {
    const wave = store.attributes.create(leadId, { name: 'Wave', type: 'number' });
    const job = store.attributes.create(leadId, { name: 'Job', type: 'text' });
    const { id } = store.participants.create(leadId, {
      pseudonym: 'Ana',
      attributes: { [wave.id]: 1, [job.id]: 'Therapist' },
    });
    const updated = store.participants.update(leadId, {
      id,
      pseudonym: 'Anna',
      attributes: { [wave.id]: null },
    });
    expect(updated.pseudonym).toBe('Anna');
    expect(updated.attributes).toEqual({ [job.id]: 'Therapist' });
    expect(store.audit.list()[0]).toMatchObject({
      action: 'participant.update',
      detail: {
        pseudonym: { before: 'Ana', after: 'Anna' },
        attributes: { [wave.id]: { before: 1, after: null } },
      },
    });
  });
});
