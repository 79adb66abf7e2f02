import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_RECENT_PROJECTS, RecentProjects } from '../../../electron/core/api/recent-projects';
import { makeService, type ServiceFixture } from './helpers';

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

describe('who you are when you reopen a project', () => {
  let fixture: ServiceFixture;
  beforeEach(() => {
    fixture = makeService();
  });
  afterEach(() => fixture.dispose());

  const usersOf = async () => {
    const api = fixture.service.api;
    const lead = await api.getCurrentUser();
    const sarah = await api.createUser({ name: 'Sarah', role: 'coder' });
    return { lead: lead!, sarah };
  };

  it('restores the user last chosen on this computer', async () => {
    const api = fixture.service.api;
    const file = path.join(fixture.dir, 'study.concord');
    await api.createProject({ path: file });
    const { sarah } = await usersOf();
    await api.setCurrentUser({ userId: sarah.id });
    await api.closeProject();

    await api.openProject({ path: file });
    expect((await api.getCurrentUser())?.id).toBe(sarah.id);
    const [entry] = await api.listRecentProjects();
    expect(entry).toMatchObject({ userId: sarah.id, userName: 'Sarah' });
  });

  it('falls back to the first lead when the remembered user was deactivated', async () => {
    const api = fixture.service.api;
    const file = path.join(fixture.dir, 'study.concord');
    await api.createProject({ path: file });
    const { lead, sarah } = await usersOf();
    await api.setCurrentUser({ userId: sarah.id });
    await api.setCurrentUser({ userId: lead.id });
    await api.updateUser({ id: sarah.id, active: false });
    await api.setCurrentUser({ userId: sarah.id });
    await api.closeProject();

    await api.openProject({ path: file });
    expect((await api.getCurrentUser())?.id).toBe(lead.id);
  });

  it('keeps a project of another computer as its own first lead', async () => {
    const api = fixture.service.api;
    const file = path.join(fixture.dir, 'study.concord');
    await api.createProject({ path: file });
    const { lead } = await usersOf();
    await api.closeProject();
    fs.rmSync(path.join(fixture.configDir, 'recent-projects.json'));

    await api.openProject({ path: file });
    expect((await api.getCurrentUser())?.id).toBe(lead.id);
  });
});
