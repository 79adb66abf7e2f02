import { describe, expect, it } from 'vitest';
import { UNDO_LIMIT, UndoHistory } from '../../../electron/core/api/undo-history';
import type { ChangeSet } from '../../../electron/core/store/history/change-set';

const changed = (id: string): ChangeSet => ({
  texts: [],
  codes: [{ id, before: null, after: null }],
  codings: [],
});

describe('UndoHistory', () => {
  it('moves entries between the stacks and labels them', () => {
    const history = new UndoHistory();
    history.push({ label: "apply code 'A'", changes: changed('1') });
    history.push({ label: "apply code 'B'", changes: changed('2') });
    history.undone();
    expect(history.state()).toEqual({
      canUndo: true,
      canRedo: true,
      undoLabel: "Undo apply code 'A'",
      redoLabel: "Redo apply code 'B'",
    });
    history.redone();
    expect(history.state().redoLabel).toBeNull();
  });

  it('ignores actions that changed nothing and clears redo on a new action', () => {
    const history = new UndoHistory();
    history.push({ label: 'a', changes: changed('1') });
    history.undone();
    history.push({ label: 'nothing', changes: { texts: [], codes: [], codings: [] } });
    expect(history.state().canRedo).toBe(true);
    history.push({ label: 'b', changes: changed('2') });
    expect(history.state()).toMatchObject({ canRedo: false, undoLabel: 'Undo b' });
  });

  it(`keeps the last ${UNDO_LIMIT} actions and can drop a stale one`, () => {
    const history = new UndoHistory();
    for (let i = 0; i <= UNDO_LIMIT; i++) history.push({ label: `${i}`, changes: changed(`${i}`) });
    let count = 0;
    while (history.nextUndo()) {
      history.discardNext('undo');
      count++;
    }
    expect(count).toBe(UNDO_LIMIT);
  });
});
