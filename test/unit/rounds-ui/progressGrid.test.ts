import { describe, expect, it } from 'vitest';
import { cellKey, progressGrid } from '../../../renderer/src/rounds/progressGrid';
import { progressEntry, user } from './fixtures';

const team = [user('avery', 'lead'), user('sarah'), user('miguel'), user('jun')];

describe('progressGrid', () => {
  it('orders sources as the round lists them and coders as the team does', () => {
    const entries = [
      progressEntry('s2', 'jun', 3),
      progressEntry('s1', 'miguel', 5),
      progressEntry('s1', 'jun'),
    ];
    const grid = progressGrid(['s1', 's2'], entries, team);
    expect(grid.sources).toEqual([
      { id: 's1', title: 'Title s1' },
      { id: 's2', title: 'Title s2' },
    ]);
    expect(grid.coders).toEqual([
      { id: 'miguel', name: 'MIGUEL' },
      { id: 'jun', name: 'JUN' },
    ]);
    expect(grid.cells.get(cellKey('s1', 'miguel'))?.codings).toBe(5);
    expect(grid.cells.get(cellKey('s2', 'miguel'))).toBeUndefined();
  });

  it('shows only sources and coders with a visible entry (a blind coder sees their own)', () => {
    const grid = progressGrid(['s1', 's2', 's3'], [progressEntry('s2', 'miguel')], team);
    expect(grid.sources.map((s) => s.id)).toEqual(['s2']);
    expect(grid.coders.map((c) => c.id)).toEqual(['miguel']);
  });

  it('puts coders no longer in the team last rather than dropping them', () => {
    const grid = progressGrid(
      ['s1'],
      [progressEntry('s1', 'ghost'), progressEntry('s1', 'sarah')],
      team,
    );
    expect(grid.coders.map((c) => c.id)).toEqual(['sarah', 'ghost']);
  });
});
