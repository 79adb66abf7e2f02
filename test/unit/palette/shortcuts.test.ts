import { describe, expect, it } from 'vitest';
import { matchesShortcut } from '../../../renderer/src/palette/shortcuts';

/** The fields matchesShortcut reads, as a browser fills them for one key press. */
function press(init: {
  key: string;
  code: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
}): KeyboardEvent {
  return {
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    getModifierState: () => false,
    ...init,
  } as unknown as KeyboardEvent;
}

describe('matchesShortcut', () => {
  it('matches the typed character with the exact modifiers', () => {
    expect(matchesShortcut(press({ key: 'k', code: 'KeyK', ctrlKey: true }), 'Mod+K')).toBe(true);
    expect(
      matchesShortcut(press({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true }), 'Mod+K'),
    ).toBe(false);
  });

  it('matches Alt+digit by physical key where Alt changes the character (macOS Option+1)', () => {
    expect(matchesShortcut(press({ key: '¡', code: 'Digit1', altKey: true }), 'Alt+1')).toBe(true);
    expect(matchesShortcut(press({ key: '¡', code: 'Digit2', altKey: true }), 'Alt+1')).toBe(false);
  });

  it('matches digits on AZERTY, whose digit row types symbols', () => {
    expect(matchesShortcut(press({ key: '&', code: 'Digit1', altKey: true }), 'Alt+1')).toBe(true);
  });

  it('follows the label of Latin keys (AZERTY Ctrl+Z is the key labelled Z)', () => {
    // On AZERTY the key labelled Z sits where QWERTY has W.
    expect(matchesShortcut(press({ key: 'z', code: 'KeyW', ctrlKey: true }), 'Mod+Z')).toBe(true);
    expect(matchesShortcut(press({ key: 'w', code: 'KeyZ', ctrlKey: true }), 'Mod+Z')).toBe(false);
  });

  it('matches letters by physical key on non-Latin layouts', () => {
    expect(matchesShortcut(press({ key: 'л', code: 'KeyK', ctrlKey: true }), 'Mod+K')).toBe(true);
  });
});
