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
    typeof entry.openedAt === 'string' &&
    (entry.userId === undefined || typeof entry.userId === 'string') &&
    (entry.userName === undefined || typeof entry.userName === 'string')
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

  /** Moves the project to the top; who worked in it is kept unless `user` says otherwise. */
  record(entry: { path: string; name: string }, user?: { id: string; name: string }): void {
    const entries = this.read();
    const previous = entries.find((existing) => existing.path === entry.path);
    const others = entries.filter((existing) => existing !== previous);
    const who = user
      ? { userId: user.id, userName: user.name }
      : previous?.userId
        ? { userId: previous.userId, userName: previous.userName }
        : {};
    const updated = [{ ...entry, openedAt: new Date().toISOString(), ...who }, ...others];
    this.write(updated.slice(0, MAX_RECENT_PROJECTS));
  }

  /** Remembers who works in a listed project, without moving it in the list. */
  rememberUser(projectPath: string, user: { id: string; name: string }): void {
    const entries = this.read();
    const entry = entries.find((existing) => existing.path === projectPath);
    if (!entry || entry.userId === user.id) return;
    entry.userId = user.id;
    entry.userName = user.name;
    this.write(entries);
  }

  /** Who last worked in the project on this computer, if anyone was remembered. */
  lastUserId(projectPath: string): string | undefined {
    return this.read().find((existing) => existing.path === projectPath)?.userId;
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
