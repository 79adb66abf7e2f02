import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS, type ApiMethod, type ConcordApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import type { ParsedParticipantTable, ParsedSource } from '../../../shared/domain/parsed';
import { LATEST_SCHEMA_VERSION } from '../../../electron/core/store';
import { errorCode, makeService, type ServiceFixture } from './helpers';

// The importers and the demo builder are other modules' work: the service is tested against
// their signatures with controlled results.
const doubles = vi.hoisted(() => ({
  parseSourceFile: vi.fn<(fileName: string, data: Uint8Array) => Promise<ParsedSource>>(),
  parseParticipantsCsv: vi.fn<(fileName: string, data: Uint8Array) => ParsedParticipantTable>(),
  buildDemoStudy: vi.fn<(api: ConcordApi) => Promise<void>>(),
}));
vi.mock('../../../electron/core/importers', () => ({
  parseSourceFile: doubles.parseSourceFile,
  parseParticipantsCsv: doubles.parseParticipantsCsv,
}));
vi.mock('../../../electron/core/demo', () => ({ buildDemoStudy: doubles.buildDemoStudy }));

const bytes = new Uint8Array([1, 2, 3]);

function parsed(text: string, title = 'Interview 03'): ParsedSource {
  return {
    title,
    format: 'speaker',
    text,
    turns: [{ start: 0, end: text.length, speaker: 'Ana', timeMs: null }],
    syncPoints: [],
    warnings: ['decoded as Windows-1252'],
  };
}

describe('core service without a project', () => {
  let fixture: ServiceFixture;
  beforeEach(() => (fixture = makeService()));
  afterEach(() => fixture.dispose());

  /** A valid argument for each method that needs a project, so only the missing project fails. */
  const validArgs: Partial<Record<ApiMethod, unknown>> = {
    createUser: { name: 'Kim', role: 'coder' },
    setCurrentUser: { userId: 'u' },
    createAttribute: { name: 'Site', type: 'text' },
    updateAttribute: { id: 'a' },
    deleteAttribute: { id: 'a' },
    createParticipant: { pseudonym: 'Ana' },
    updateParticipant: { id: 'p' },
    deleteParticipant: { id: 'p' },
    importParticipantsCsv: { fileName: 'p.csv', data: bytes },
    getSource: { id: 's' },
    importSource: { fileName: 'a.txt', data: bytes },
    updateSource: { id: 's' },
    deleteSource: { id: 's' },
    searchSources: { query: 'x' },
    createCode: { name: 'Trust' },
    updateCode: { id: 'c' },
    moveCode: { id: 'c', parentId: null, index: 0 },
    previewDeleteCode: { id: 'c' },
    deleteCode: { id: 'c' },
    mergeCodes: { codeId: 'c', intoCodeId: 'd' },
    splitCode: { codeId: 'c', codingIds: ['k'], name: 'Part' },
    copyCodeSubtree: { id: 'c', parentId: null },
    applyCode: { sourceId: 's', codeId: 'c', start: 0, end: 1 },
    removeCoding: { id: 'k' },
    adjustCoding: { id: 'k', start: 0, end: 1 },
    setCodingMemo: { id: 'k', memo: '' },
    editSourceText: { sourceId: 's', edits: [] },
    listCodedSegments: { codeId: 'c' },
    exportCodedSegments: { codeId: 'c', format: 'csv' },
    updateUser: { id: 'u' },
    setCodebookPolicy: { coderChanges: 'add' },
    createRound: { name: 'R', mode: 'independent', assignments: [{ sourceId: 's', coderIds: [] }] },
    updateRound: { id: 'r' },
    getRoundProgress: { roundId: 'r' },
    setAssignmentDone: { roundId: 'r', sourceId: 's', done: true },
    closeRound: { id: 'r' },
    reopenRound: { id: 'r' },
    exportCoderPackage: { coderId: 'u' },
    mergeCoderReturn: { fileName: 'r.zip', data: bytes },
    applyCoderReturn: { previewId: 'p' },
    computeAgreement: {},
    listDisagreements: { coderIds: ['a', 'b'] },
    exportAgreementReport: { format: 'csv' },
  };
  const free = new Set<ApiMethod>([
    'getAppInfo',
    'getProject',
    'createProject',
    'openProject',
    'closeProject',
    'listRecentProjects',
    'getCurrentUser',
    'getUndoState',
    'openCoderPackage',
  ]);

  it.each(API_METHODS.filter((method) => !free.has(method)))(
    '%s needs an open project',
    async (method) => {
      await expect(fixture.service.dispatch(method, validArgs[method])).rejects.toMatchObject({
        code: 'no_project',
        message: 'No project is open.',
      });
    },
  );

  it('answers the lifecycle questions', async () => {
    const { api } = fixture.service;
    expect(await api.getAppInfo()).toEqual({
      name: 'Concord',
      version: '9.9.9-test',
      host: 'browser',
    });
    expect(await api.getProject()).toBeNull();
    expect(await api.getCurrentUser()).toBeNull();
    await expect(api.closeProject()).resolves.toBeUndefined();
    expect(await api.listRecentProjects()).toEqual([]);
  });
});

describe('core service with a project', () => {
  let fixture: ServiceFixture;
  let api: ConcordApi;
  let file: string;
  beforeEach(async () => {
    fixture = makeService();
    api = fixture.service.api;
    doubles.parseSourceFile.mockReset();
    doubles.parseParticipantsCsv.mockReset();
    doubles.buildDemoStudy.mockReset();
    const info = await api.createProject({ path: path.join(fixture.dir, 'Trafficking study') });
    file = info.path;
  });
  afterEach(() => fixture.dispose());

  it('creates the file with the .concord extension, a lead named after the OS user, and remembers it', async () => {
    expect(file).toBe(path.join(fixture.dir, 'Trafficking study.concord'));
    const info = await api.getProject();
    expect(info).toMatchObject({
      path: file,
      name: 'Trafficking study',
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(info!.counts).toEqual({
      sources: 0,
      participants: 0,
      words: 0,
      codes: 0,
      codings: 0,
      codingsByCoder: [],
    });
    const expectedLead = os.userInfo().username.trim() || 'Lead';
    expect(await api.getCurrentUser()).toMatchObject({ name: expectedLead, role: 'lead' });
    expect(await api.listRecentProjects()).toMatchObject([
      { path: file, name: 'Trafficking study' },
    ]);
  });

  it('refuses to create over an existing project', async () => {
    expect(await errorCode(api.createProject({ path: file }))).toBe('conflict');
  });

  it('records actions as the current user, who is still the current user after reopening', async () => {
    const lead = (await api.getCurrentUser())!;
    const coder = await api.createUser({ name: 'Kim', role: 'coder' });
    expect(await api.setCurrentUser({ userId: coder.id })).toEqual(coder);
    await api.createParticipant({ pseudonym: 'Ana' });
    const [entry] = await api.listAuditLog({ limit: 1 });
    expect(entry).toMatchObject({ action: 'participant.create', userId: coder.id });
    expect(await errorCode(api.setCurrentUser({ userId: 'nobody' }))).toBe('not_found');

    await api.closeProject();
    expect(await api.getProject()).toBeNull();
    await api.openProject({ path: file });
    // Remembered on this computer (recent projects); see recent-projects.test.ts for the fallbacks.
    expect((await api.getCurrentUser())!.id).toBe(coder.id);
    expect(lead.role).toBe('lead');
  });

  it('keeps the current project open when another file is refused', async () => {
    const garbage = path.join(fixture.dir, 'garbage.concord');
    fs.writeFileSync(garbage, 'not a database');
    expect(await errorCode(api.openProject({ path: garbage }))).toBe('bad_input');
    expect(await errorCode(api.openProject({ path: path.join(fixture.dir, 'none.concord') }))).toBe(
      'not_found',
    );
    expect((await api.getProject())!.path).toBe(file);
  });

  it('imports a source through the importer, de-duplicating its title', async () => {
    doubles.parseSourceFile.mockResolvedValue(parsed('Ana: We met every month with the police.'));
    const first = await api.importSource({ fileName: 'int03.txt', data: bytes });
    expect(doubles.parseSourceFile).toHaveBeenCalledWith('int03.txt', bytes);
    expect(first).toMatchObject({
      title: 'Interview 03',
      format: 'speaker',
      turnCount: 1,
      wordCount: 8,
      warnings: ['decoded as Windows-1252'],
    });
    const second = await api.importSource({
      fileName: 'int03.txt',
      data: bytes,
      kind: 'field_notes',
    });
    expect(second.title).toBe('Interview 03 (2)');
    const named = await api.importSource({
      fileName: 'int03.txt',
      data: bytes,
      title: 'Ana, site A',
    });
    expect(named.title).toBe('Ana, site A');

    const source = await api.getSource({ id: second.sourceId });
    expect(source).toMatchObject({ kind: 'field_notes', importedFrom: 'int03.txt' });
    expect((await api.getProject())!.counts).toMatchObject({ sources: 3, words: 24 });
    const hits = await api.searchSources({ query: 'THE POLICE' });
    expect(hits).toHaveLength(3);
  });

  it('a file the importer refuses changes nothing', async () => {
    doubles.parseSourceFile.mockRejectedValue(
      new ApiError('bad_input', 'broken.docx: not a Word file.'),
    );
    const auditBefore = (await api.listAuditLog()).length;
    await expect(api.importSource({ fileName: 'broken.docx', data: bytes })).rejects.toMatchObject({
      code: 'bad_input',
      message: 'broken.docx: not a Word file.',
    });
    expect(await api.listSources()).toEqual([]);
    expect((await api.listAuditLog()).length).toBe(auditBefore);
  });

  it('does not store an import into a project closed while the file was parsed', async () => {
    let finishParsing!: (value: ParsedSource) => void;
    doubles.parseSourceFile.mockReturnValue(new Promise((resolve) => (finishParsing = resolve)));
    const importing = api.importSource({ fileName: 'slow.txt', data: bytes });
    await vi.waitFor(() => expect(doubles.parseSourceFile).toHaveBeenCalled());
    await api.closeProject();
    finishParsing(parsed('late text'));
    expect(await errorCode(importing)).toBe('cancelled');
    await api.openProject({ path: file });
    expect(await api.listSources()).toEqual([]);
  });

  it('imports a participants table through the CSV importer', async () => {
    doubles.parseParticipantsCsv.mockReturnValue({
      pseudonymColumn: 'Pseudonym',
      columns: [
        { name: 'Pseudonym', type: 'text', choices: [] },
        { name: 'Site', type: 'choice', choices: ['A', 'B'] },
      ],
      rows: [
        { pseudonym: 'Ana', values: { Site: 'A' } },
        { pseudonym: 'Ben', values: { Site: 'B' } },
      ],
      warnings: [],
    });
    const result = await api.importParticipantsCsv({ fileName: 'people.csv', data: bytes });
    expect(result).toMatchObject({ created: 2, updated: 0 });
    const [site] = await api.listAttributes();
    const sources = await api.listSources({ filter: { attributes: { [site!.id]: ['B'] } } });
    expect(sources).toEqual([]);
    expect((await api.listParticipants()).map((p) => p.attributes[site!.id])).toEqual(['A', 'B']);
  });

  it('reports attribute conversions through the api', async () => {
    const wave = await api.createAttribute({ name: 'Wave', type: 'text' });
    await api.createParticipant({ pseudonym: 'Ana', attributes: { [wave.id]: '2' } });
    await api.createParticipant({ pseudonym: 'Ben', attributes: { [wave.id]: 'second' } });
    const result = await api.updateAttribute({ id: wave.id, type: 'number' });
    expect(result.clearedValues).toMatchObject([{ pseudonym: 'Ben', previous: 'second' }]);
  });
});

describe('creating a demo project', () => {
  let fixture: ServiceFixture;
  beforeEach(() => {
    fixture = makeService();
    doubles.buildDemoStudy.mockReset();
  });
  afterEach(() => fixture.dispose());

  it('lets the demo builder fill the new project through the public api', async () => {
    doubles.buildDemoStudy.mockImplementation(async (api) => {
      await api.createParticipant({ pseudonym: 'Rosa' });
    });
    const info = await fixture.service.api.createProject({
      path: path.join(fixture.dir, 'demo.concord'),
      name: 'Demo study',
      withDemo: true,
    });
    expect(info).toMatchObject({ name: 'Demo study', counts: { participants: 1 } });
  });

  it('leaves no file behind when the demo cannot be built', async () => {
    doubles.buildDemoStudy.mockRejectedValue(new ApiError('bad_input', 'demo.txt: broken'));
    const demo = path.join(fixture.dir, 'demo.concord');
    expect(await errorCode(fixture.service.api.createProject({ path: demo, withDemo: true }))).toBe(
      'bad_input',
    );
    expect(fs.existsSync(demo)).toBe(false);
    expect(await fixture.service.api.getProject()).toBeNull();
    expect(await fixture.service.api.listRecentProjects()).toEqual([]);
  });
});
