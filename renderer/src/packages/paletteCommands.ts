import type { Command } from '../palette/commands';

/** Palette commands of this feature. */
export function packageCommands(): Command[] {
  return [];
}
