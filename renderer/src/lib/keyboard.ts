/** Keyboard helpers: one notion of the platform's command key and of shortcut labels. */
export const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** Ctrl on Windows and Linux, Cmd on macOS. */
export function hasCommandKey(event: KeyboardEvent | React.KeyboardEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** A shortcut written as 'Mod+Shift+F' shown the way the platform writes it. */
export function shortcutLabel(shortcut: string): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (isMac ? '⌘' : 'Ctrl') : part))
    .join(isMac ? '' : '+');
}

/** Text fields keep their own keys; global single-key shortcuts must not fire inside them. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}
