import { useEffect } from 'react';
import { host } from '../api/host-events';
import { handleMenuCommand } from './handleMenuCommand';

/**
 * Subscribes to native-menu commands from the desktop host (File ▸ New/Open/Import…, View ▸
 * Theme…). Browser mode's host never sends any.
 */
export function useHostMenuCommands(): void {
  useEffect(() => host.onMenuCommand(handleMenuCommand), []);
}
