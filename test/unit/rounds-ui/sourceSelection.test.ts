import { describe, expect, it } from 'vitest';
import type { AttributeDefinition, Participant } from '../../../shared/domain/types';
import {
  attributeValues,
  sourcesWithAttribute,
} from '../../../renderer/src/rounds/sourceSelection';
import { source } from './fixtures';

function attribute(
  id: string,
  type: AttributeDefinition['type'],
  choices: string[] = [],
): AttributeDefinition {
  return { id, name: id, type, choices, position: 0 };
}

function participant(id: string, attributes: Participant['attributes']): Participant {
  return { id, pseudonym: id, attributes, sourceCount: 1, createdAt: '2026-01-01T00:00:00.000Z' };
}

const participants = [
  participant('p1', { site: 'Site B', age: 34 }),
  participant('p2', { site: 'Site A', age: 9 }),
  participant('p3', { site: 'Site B', age: null }),
  participant('p4', { site: '' }),
];

describe('attributeValues', () => {
  it('offers a choice attribute’s choices in their own order', () => {
    const site = attribute('site', 'choice', ['Site C', 'Site A', 'Site B']);
    expect(attributeValues(site, participants)).toEqual(['Site C', 'Site A', 'Site B']);
  });

  it('otherwise offers the distinct values participants have, sorted naturally', () => {
    expect(attributeValues(attribute('site', 'text'), participants)).toEqual(['Site A', 'Site B']);
    // 9 before 34: numbers sort as numbers; null and missing values are not offered.
    expect(attributeValues(attribute('age', 'number'), participants)).toEqual(['9', '34']);
  });

  it('falls back to participants’ values for a choice attribute without choices', () => {
    expect(attributeValues(attribute('site', 'choice'), participants)).toEqual([
      'Site A',
      'Site B',
    ]);
  });
});

describe('sourcesWithAttribute', () => {
  const sources = [source('s1', 'p1'), source('s2', 'p2'), source('s3', 'p3'), source('s4', null)];

  it('selects the sources whose participant has the value, in source order', () => {
    expect(sourcesWithAttribute(sources, participants, 'site', 'Site B')).toEqual(['s1', 's3']);
  });

  it('compares numbers by their text, as the value picker shows them', () => {
    expect(sourcesWithAttribute(sources, participants, 'age', '34')).toEqual(['s1']);
  });

  it('selects nothing for an empty value or a value nobody has', () => {
    expect(sourcesWithAttribute(sources, participants, 'site', '')).toEqual([]);
    expect(sourcesWithAttribute(sources, participants, 'site', 'Site Z')).toEqual([]);
  });
});
