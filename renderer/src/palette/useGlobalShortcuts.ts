import { useEffect } from 'react';
import { useUiStore } from '../state/ui';
import { staticCommands } from './commands';
import { matchesShortcut, PALETTE_SHORTCUTS } from './shortcuts';

/** Window-wide shortcuts: the palette and every command that declares a shortcut. */
export function useGlobalShortcuts(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (PALETTE_SHORTCUTS.some((s) => matchesShortcut(event, s))) {
        event.preventDefault();
        const ui = useUiStore.getState();
        ui.setPaletteOpen(!ui.paletteOpen);
        return;
      }
      // No command shortcut fires while a modal dialog is open.
      if (document.querySelector('dialog[open]')) return;
      const command = staticCommands().find(
        (c) => c.shortcut && matchesShortcut(event, c.shortcut),
      );
      if (!command) return;
      event.preventDefault();
      command.run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
