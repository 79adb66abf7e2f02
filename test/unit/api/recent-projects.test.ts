import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_PROJECTS, RecentProjects } from '../../../electron/core/api/recent-projects';

describe('recent projects', () => {
  let dir: string;
  let configDir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-recent-'));
    configDir = path.join(dir, 'config', 'nested');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const project = (name: string) => {
    const file = path.join(dir, `${name}.concord`);
    fs.writeFileSync(file, '');
    return { path: file, name };
  };

  it('is empty without a file and creates the config folder on first write', () => {
    const recent = new RecentProjects(configDir);
    expect(recent.list()).toEqual([]);
    recent.record(project('a'));
    expect(fs.existsSync(path.join(configDir, 'recent-projects.json'))).toBe(true);
  });

  it('lists the most recent first, once per path, at most ten', () => {
    const recent = new RecentProjects(configDir);
    const projects = Array.from({ length: 12 }, (_, i) => project(`p${i}`));
    for (const entry of projects) recent.record(entry);
    recent.record(projects[5]!);
    const names = recent.list().map((entry) => entry.name);
    expect(names).toHaveLength(MAX_RECENT_PROJECTS);
    expect(names.slice(0, 3)).toEqual(['p5', 'p11', 'p10']);
    expect(new Set(names).size).toBe(names.length);
  });

  it('drops projects whose file is gone', () => {
    const recent = new RecentProjects(configDir);
    const kept = project('kept');
    const gone = project('gone');
    recent.record(kept);
    recent.record(gone);
    fs.rmSync(gone.path);
    expect(recent.list().map((entry) => entry.name)).toEqual(['kept']);
  });

  it.each(['{not json', '{"path": 1}', '[{"path": 3}, null]'])(
    'treats a corrupt file as empty: %s',
    (content) => {
      fs.mkdirSync(configDir, { recursive: true });
      fs.writeFileSync(path.join(configDir, 'recent-projects.json'), content);
      const recent = new RecentProjects(configDir);
      expect(recent.list()).toEqual([]);
      recent.record(project('fresh'));
      expect(recent.list().map((entry) => entry.name)).toEqual(['fresh']);
    },
  );
});
