import { describe, expect, it } from 'vitest';
import {
  codingKeyAction,
  type KeyLike,
} from '../../../renderer/src/editor/coding-actions/codingKeys';
import {
  NO_RECENT_CODES,
  RECENT_SLOT_COUNT,
  slotShortcut,
  withCodeUsed,
} from '../../../renderer/src/editor/coding-actions/recentSlots';

const key = (key: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('codingKeyAction', () => {
  it('removes with Alt+Delete anywhere, with plain Delete only outside the text', () => {
    expect(codingKeyAction(key('Delete', { altKey: true }), true)).toEqual({ type: 'remove' });
    expect(codingKeyAction(key('Backspace', { altKey: true }), true)).toEqual({ type: 'remove' });
    expect(codingKeyAction(key('Delete'), false)).toEqual({ type: 'remove' });
    expect(codingKeyAction(key('Delete'), true)).toBeNull();
    expect(codingKeyAction(key('Backspace', { ctrlKey: true }), true)).toBeNull();
  });

  it('moves the start with Shift+Alt and the end with Ctrl+Alt (Cmd+Alt on macOS)', () => {
    expect(codingKeyAction(key('ArrowLeft', { shiftKey: true, altKey: true }), true)).toEqual({
      type: 'move-edge',
      edge: 'start',
      direction: -1,
    });
    expect(codingKeyAction(key('ArrowRight', { ctrlKey: true, altKey: true }), true)).toEqual({
      type: 'move-edge',
      edge: 'end',
      direction: 1,
    });
    expect(codingKeyAction(key('ArrowRight', { metaKey: true, altKey: true }), true, true)).toEqual(
      { type: 'move-edge', edge: 'end', direction: 1 },
    );
    expect(
      codingKeyAction(key('ArrowRight', { ctrlKey: true, altKey: true }), true, true),
    ).toBeNull();
  });

  it('leaves plain and Ctrl+Shift arrows (text selection) alone', () => {
    expect(codingKeyAction(key('ArrowLeft'), true)).toBeNull();
    expect(codingKeyAction(key('ArrowLeft', { shiftKey: true, ctrlKey: true }), true)).toBeNull();
    expect(codingKeyAction(key('ArrowDown', { altKey: true }), true)).toBeNull();
  });
});

describe('recent code slots (Alt+1..Alt+9)', () => {
  it('gives each new code the next free slot and keeps it while in use', () => {
    let recent = withCodeUsed(NO_RECENT_CODES, 'trust');
    recent = withCodeUsed(recent, 'goal');
    recent = withCodeUsed(recent, 'trust');
    expect(slotShortcut(recent, 'trust')).toBe('Alt+1');
    expect(slotShortcut(recent, 'goal')).toBe('Alt+2');
    expect(recent.order).toEqual(['trust', 'goal']);
  });

  it('replaces the least recently used code when all slots are taken', () => {
    let recent = NO_RECENT_CODES;
    for (let i = 1; i <= RECENT_SLOT_COUNT; i++) recent = withCodeUsed(recent, `code${i}`);
    recent = withCodeUsed(recent, 'code1'); // code2 is now the least recent
    recent = withCodeUsed(recent, 'new');
    expect(slotShortcut(recent, 'new')).toBe('Alt+2');
    expect(slotShortcut(recent, 'code2')).toBeNull();
    expect(slotShortcut(recent, 'code1')).toBe('Alt+1');
  });
});
