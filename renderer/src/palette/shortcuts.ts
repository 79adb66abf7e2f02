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
    event.key.toLowerCase() === key
  );
}

/** The palette opens with Ctrl+K (VS Code, Linear) or Ctrl+Shift+P (VS Code). */
export const PALETTE_SHORTCUTS = ['Mod+K', 'Mod+Shift+P'];
