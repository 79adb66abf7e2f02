import { hasCommandKey } from '../lib/keyboard';

/** True when a keyboard event is the shortcut written as e.g. 'Mod+Shift+F'. */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+');
  const key = parts[parts.length - 1]?.toLowerCase();
  const wantsMod = parts.includes('Mod');
  const wantsShift = parts.includes('Shift');
  const wantsAlt = parts.includes('Alt');
  return (
    hasCommandKey(event) === wantsMod &&
    event.shiftKey === wantsShift &&
    event.altKey === wantsAlt &&
    key !== undefined &&
    keyMatches(event, key)
  );
}

/**
 * The typed character decides, so Ctrl+Z follows the key labelled Z on any Latin layout. Digits
 * also match by physical key: with Alt (macOS Option) or on AZERTY the digit row types other
 * characters. On non-Latin layouts (Cyrillic, Greek…) letters match by physical key too.
 */
function keyMatches(event: KeyboardEvent, key: string): boolean {
  if (event.key.toLowerCase() === key) return true;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  if (/^[a-z]$/.test(key) && !/^[a-z]$/i.test(event.key)) {
    return event.code === `Key${key.toUpperCase()}`;
  }
  return false;
}

/** The palette opens with Ctrl+K (VS Code, Linear) or Ctrl+Shift+P (VS Code). */
export const PALETTE_SHORTCUTS = ['Mod+K', 'Mod+Shift+P'];
