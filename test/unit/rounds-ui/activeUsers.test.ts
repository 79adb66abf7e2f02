import { describe, expect, it } from 'vitest';
import {
  coderOptionLabel,
  isActive,
  selectableCoders,
} from '../../../renderer/src/team/activeUsers';
import { user } from './fixtures';

const team = [user('avery', 'lead'), user('rosa', 'coder', true), user('kim', 'mentee')];

describe('selectableCoders', () => {
  it('offers the active members in team order', () => {
    expect(selectableCoders(team, 'avery').map((u) => u.id)).toEqual(['avery', 'kim']);
    expect(selectableCoders(team, null).map((u) => u.id)).toEqual(['avery', 'kim']);
  });

  it('keeps a deactivated current user listed', () => {
    expect(selectableCoders(team, 'rosa').map((u) => u.id)).toEqual(['avery', 'rosa', 'kim']);
  });
});

describe('isActive and coderOptionLabel', () => {
  it('treats an absent deactivation (older callers) as active', () => {
    const { deactivatedAt: _, ...older } = user('old');
    expect(isActive(older)).toBe(true);
  });

  it('names the role, and marks a deactivated user', () => {
    expect(coderOptionLabel(team[0]!)).toBe('Avery (lead)');
    expect(coderOptionLabel(team[1]!)).toBe('Rosa (coder, deactivated)');
  });
});
