import os from 'node:os';
import path from 'node:path';

/**
 * Where CLI and browser mode keep the core's settings (recent projects): $XDG_CONFIG_HOME/concord,
 * else ~/.config/concord. Deliberately not the desktop app's userData directory, so scripted runs
 * of the CLI do not fill the app's "Open Recent" menu.
 */
export function cliConfigDir(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME?.trim()
    ? env.XDG_CONFIG_HOME
    : path.join(os.homedir(), '.config');
  return path.join(base, 'concord');
}
