import { describe, expect, it } from 'vitest';
import {
  doneCount,
  isAssigned,
  isBlindFor,
  relevantRound,
  roundCoderIds,
} from '../../../renderer/src/rounds/relevantRound';
import { assignment, round, user } from './fixtures';

const lead = user('avery', 'lead');
const miguel = user('miguel');
const sarah = user('sarah');

const closedFirst = round('r1', [assignment('s1', 'sarah'), assignment('s1', 'miguel')], {
  status: 'closed',
  createdAt: '2026-01-01T00:00:00.000Z',
});
const openPairs = round('r2', [assignment('s7', 'avery'), assignment('s11', 'miguel')], {
  createdAt: '2026-02-01T00:00:00.000Z',
});
const openLater = round('r3', [assignment('s20', 'jun')], {
  mode: 'open',
  createdAt: '2026-03-01T00:00:00.000Z',
});
const rounds = [closedFirst, openPairs, openLater];

describe('isAssigned', () => {
  it('is true only for a coder with an assignment in the round', () => {
    expect(isAssigned(openPairs, 'miguel')).toBe(true);
    expect(isAssigned(openPairs, 'sarah')).toBe(false);
    expect(isAssigned(openPairs, undefined)).toBe(false);
  });
});

describe('isBlindFor', () => {
  it('is blind for a coder or mentee in an open independent round', () => {
    expect(isBlindFor(openPairs, miguel)).toBe(true);
    expect(isBlindFor(openPairs, user('kim', 'mentee'))).toBe(true);
  });

  it('is never blind for a lead, in a closed round, or in an open-mode round', () => {
    expect(isBlindFor(openPairs, lead)).toBe(false);
    expect(isBlindFor(closedFirst, miguel)).toBe(false);
    expect(isBlindFor(openLater, miguel)).toBe(false);
  });
});

describe('relevantRound', () => {
  it('is nothing without a current user', () => {
    expect(relevantRound(rounds, null, 'r1')).toBeNull();
  });

  it('is the round the user chose, even a closed one', () => {
    expect(relevantRound(rounds, miguel, 'r1')).toBe(closedFirst);
  });

  it('falls back when the chosen round is no longer listed', () => {
    expect(relevantRound(rounds, miguel, 'gone')).toBe(openPairs);
  });

  it('is the latest open round the user is assigned to', () => {
    const newerForMiguel = round('r4', [assignment('s30', 'miguel')], {
      createdAt: '2026-04-01T00:00:00.000Z',
    });
    expect(relevantRound([...rounds, newerForMiguel], miguel, null)).toBe(newerForMiguel);
    expect(relevantRound(rounds, miguel, null)).toBe(openPairs);
  });

  it('is nothing for a coder assigned to no open round', () => {
    expect(relevantRound(rounds, sarah, null)).toBeNull();
  });

  it('prefers the lead’s own open round, else shows the lead the latest open one', () => {
    expect(relevantRound(rounds, lead, null)).toBe(openPairs);
    const notCoding = user('boss', 'lead');
    expect(relevantRound(rounds, notCoding, null)).toBe(openLater);
    expect(relevantRound([closedFirst], notCoding, null)).toBeNull();
  });

  it('does not depend on the order rounds are listed in', () => {
    expect(relevantRound([...rounds].reverse(), user('boss', 'lead'), null)).toBe(openLater);
  });
});

describe('roundCoderIds and doneCount', () => {
  it('lists each coder once, in order of first assignment', () => {
    const r = round('r', [
      assignment('s1', 'jun'),
      assignment('s1', 'miguel'),
      assignment('s2', 'jun'),
    ]);
    expect(roundCoderIds(r)).toEqual(['jun', 'miguel']);
  });

  it('counts assignments marked done out of all of them', () => {
    const r = round('r', [assignment('s1', 'jun', true), assignment('s2', 'jun')]);
    expect(doneCount(r)).toEqual({ done: 1, total: 2 });
    expect(doneCount(round('empty', []))).toEqual({ done: 0, total: 0 });
  });
});
