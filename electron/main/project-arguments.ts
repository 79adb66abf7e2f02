import { existsSync } from 'node:fs';
import path from 'node:path';

export const PROJECT_EXTENSION = '.concord';

/**
 * The project file named on a command line (a file-manager double-click on Windows and Linux, or
 * a second launch), if any: the first argument ending in .concord that exists.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (const argument of argv.slice(1)) {
    if (argument.startsWith('-') || !argument.toLowerCase().endsWith(PROJECT_EXTENSION)) continue;
    const candidate = path.resolve(cwd, argument);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Save dialogs on Linux do not always append the extension of the chosen filter. */
export function withProjectExtension(filePath: string): string {
  return filePath.toLowerCase().endsWith(PROJECT_EXTENSION)
    ? filePath
    : `${filePath}${PROJECT_EXTENSION}`;
}
