import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AttributeType } from '../../../shared/domain/types';
import type { ProjectStore } from '../../../electron/core/store';
import { makeStore } from './helpers';

describe('attributes', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  beforeEach(() => ({ store, leadId, dispose } = makeStore()));
  afterEach(() => dispose());

  /** An attribute of `type` with one participant per value. */
  const seed = (type: AttributeType, values: (string | number)[], choices?: string[]) => {
    const attribute = store.attributes.create(leadId, { name: 'Field', type, choices });
    const ids = values.map(
      (value, index) =>
        store.participants.create(leadId, {
          pseudonym: `P${index + 1}`,
          attributes: { [attribute.id]: value },
        }).id,
    );
    const valueOf = (index: number) =>
      store.participants.get(ids[index]!).attributes[attribute.id] ?? null;
    return { attribute, ids, valueOf };
  };

  it('keeps creation order as position and refuses a duplicate name in any case', () => {
    store.attributes.create(leadId, { name: 'Job title', type: 'text' });
    store.attributes.create(leadId, { name: 'Site', type: 'choice', choices: ['A', 'B', 'a'] });
    expect(store.attributes.list().map((a) => [a.name, a.position, a.choices])).toEqual([
      ['Job title', 0, []],
      ['Site', 1, ['A', 'B']],
    ]);
    expect(() => store.attributes.create(leadId, { name: 'JOB TITLE', type: 'text' })).toThrow(
      /already exists/,
    );
    expect(() =>
      store.attributes.create(leadId, { name: 'X', type: 'text', choices: ['a'] }),
    ).toThrow(/choice/);
  });

  it('text to number converts what it can and reports what it cleared', () => {
    const { attribute, ids, valueOf } = seed('text', ['3', ' 4.5 ', 'three']);
    const result = store.attributes.update(leadId, attribute.id, { type: 'number' });
    expect(result.attribute.type).toBe('number');
    expect([valueOf(0), valueOf(1), valueOf(2)]).toEqual([3, 4.5, null]);
    expect(result.clearedValues).toEqual([
      { participantId: ids[2], pseudonym: 'P3', previous: 'three' },
    ]);
    expect(store.audit.list()[0]).toMatchObject({
      action: 'attribute.update',
      detail: { clearedValues: 1 },
    });
  });

  it('number to text keeps every value as text', () => {
    const { attribute, valueOf } = seed('number', [3, 4.5]);
    const result = store.attributes.update(leadId, attribute.id, { type: 'text' });
    expect(result.clearedValues).toEqual([]);
    expect([valueOf(0), valueOf(1)]).toEqual(['3', '4.5']);
  });

  it('text to date keeps real YYYY-MM-DD dates only', () => {
    const { attribute, valueOf } = seed('text', ['2024-02-29', '2023-02-29', 'March']);
    const result = store.attributes.update(leadId, attribute.id, { type: 'date' });
    expect([valueOf(0), valueOf(1), valueOf(2)]).toEqual(['2024-02-29', null, null]);
    expect(result.clearedValues.map((c) => c.previous)).toEqual(['2023-02-29', 'March']);
  });

  it('text to choice collects the distinct values as choices, in first-seen order', () => {
    const { attribute, valueOf } = seed('text', ['Site B', 'Site A', 'site b']);
    const result = store.attributes.update(leadId, attribute.id, { type: 'choice' });
    expect(result.attribute.choices).toEqual(['Site B', 'Site A']);
    expect(result.clearedValues).toEqual([]);
    expect([valueOf(0), valueOf(1), valueOf(2)]).toEqual(['Site B', 'Site A', 'Site B']);
  });

  it('narrowing the choices clears values no longer offered', () => {
    const { attribute, valueOf } = seed('choice', ['A', 'B'], ['A', 'B']);
    const result = store.attributes.update(leadId, attribute.id, { choices: ['A'] });
    expect(result.attribute.choices).toEqual(['A']);
    expect([valueOf(0), valueOf(1)]).toEqual(['A', null]);
    expect(result.clearedValues.map((c) => c.previous)).toEqual(['B']);
  });

  it('renames, refusing a name taken by another attribute', () => {
    const first = store.attributes.create(leadId, { name: 'Site', type: 'text' });
    store.attributes.create(leadId, { name: 'Sector', type: 'text' });
    expect(store.attributes.update(leadId, first.id, { name: 'SITE' }).attribute.name).toBe('SITE');
    expect(() => store.attributes.update(leadId, first.id, { name: 'sector' })).toThrow(
      /already exists/,
    );
  });

  it('deleting an attribute removes its values', () => {
    const { attribute, ids } = seed('text', ['x']);
    store.attributes.delete(leadId, attribute.id);
    expect(store.attributes.list()).toEqual([]);
    expect(store.participants.get(ids[0]!).attributes).toEqual({});
  });
});
