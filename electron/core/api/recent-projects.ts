import fs from 'node:fs';
import path from 'node:path';
import type { RecentProject } from '../../../shared/domain/types';

export const MAX_RECENT_PROJECTS = 10;
const FILE_NAME = 'recent-projects.json';

function isRecentProject(value: unknown): value is RecentProject {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.path === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.openedAt === 'string'
  );
}

/**
 * The projects this user opened lately, most recent first, kept in the config folder. The file
 * is a convenience: a corrupt or unreadable one counts as empty and never blocks opening a project.
 */
export class RecentProjects {
  private readonly file: string;

  constructor(configDir: string) {
    this.file = path.join(configDir, FILE_NAME);
  }

  /** Entries whose file no longer exists are left out. */
  list(): RecentProject[] {
    return this.read().filter((entry) => fs.existsSync(entry.path));
  }

  record(entry: { path: string; name: string }): void {
    const others = this.read().filter((existing) => existing.path !== entry.path);
    const updated = [{ ...entry, openedAt: new Date().toISOString() }, ...others];
    this.write(updated.slice(0, MAX_RECENT_PROJECTS));
  }

  private read(): RecentProject[] {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch {
      return [];
    }
    return Array.isArray(parsed) ? parsed.filter(isRecentProject) : [];
  }

  /** Write-then-rename, so a crash never leaves half a file behind. */
  private write(entries: RecentProject[]): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(entries, null, 2)}\n`);
    fs.renameSync(temporary, this.file);
  }
}
