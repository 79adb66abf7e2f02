import type { CodingEdge, Direction } from './codingRanges';

/** What a key does to the selected coding. */
export type CodingKeyAction =
  { type: 'remove' } | { type: 'move-edge'; edge: CodingEdge; direction: Direction };

export interface KeyLike {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The keys, as shown in tooltips and the palette. */
export const CODING_KEYS = {
  remove: 'Alt+Delete',
  moveStart: 'Shift+Alt+←/→',
  moveEnd: 'Ctrl+Alt+←/→',
  memo: 'Mod+M',
} as const;

/**
 * The action of a key on the selected coding, or null for any other key.
 * - Alt+Delete or Alt+Backspace removes it; in the coding margin (not in the text, where they
 *   edit text) plain Delete and Backspace do too.
 * - Shift+Alt+Left/Right moves its start to the previous/next word start.
 * - Ctrl+Alt+Left/Right moves its end to the previous/next word end (Cmd+Alt on macOS).
 */
export function codingKeyAction(
  event: KeyLike,
  inText: boolean,
  isMac = false,
): CodingKeyAction | null {
  const command = isMac ? event.metaKey : event.ctrlKey;
  const other = isMac ? event.ctrlKey : event.metaKey;
  if (other) return null;
  if (event.key === 'Delete' || event.key === 'Backspace') {
    if (command || event.shiftKey) return null;
    return event.altKey || !inText ? { type: 'remove' } : null;
  }
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return null;
  if (!event.altKey) return null;
  const direction: Direction = event.key === 'ArrowLeft' ? -1 : 1;
  if (event.shiftKey && !command) return { type: 'move-edge', edge: 'start', direction };
  if (command && !event.shiftKey) return { type: 'move-edge', edge: 'end', direction };
  return null;
}
