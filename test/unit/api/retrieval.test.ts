import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConcordApi } from '../../../shared/api/contract';
import { addSource, projectPath, span } from './coding-helpers';
import { errorCode, makeService, type ServiceFixture } from './helpers';

const A = 'Detective said: "we trust them", and the court agreed.\nSecond line, about schools.';
const B = 'At the valley MDT we trust each other, mostly.';

describe('retrieving and exporting coded segments', () => {
  let fixture: ServiceFixture;
  let api: ConcordApi;
  let ids: Record<string, string>;
  let leadName: string;

  beforeEach(async () => {
    fixture = makeService();
    api = fixture.service.api;
    await api.createProject({ path: projectPath(fixture.dir) });
    const site = await api.createAttribute({ name: 'Site', type: 'choice', choices: ['A', 'B'] });
    const ana = await api.createParticipant({ pseudonym: 'Ana', attributes: { [site.id]: 'A' } });
    const bo = await api.createParticipant({ pseudonym: 'Bo', attributes: { [site.id]: 'B' } });
    const a = await addSource(api, A, { title: 'Interview A', participantId: ana.id });
    const b = await addSource(api, B, { title: 'Interview B', participantId: bo.id });
    const factors = await api.createCode({ name: 'Factors' });
    const trust = await api.createCode({ name: 'Trust', parentId: factors.id });
    const lead = (await api.getCurrentUser())!;
    leadName = lead.name;
    const sarah = await api.createUser({ name: 'Sarah', role: 'coder' });
    ids = {
      site: site.id,
      a,
      b,
      factors: factors.id,
      trust: trust.id,
      lead: lead.id,
      sarah: sarah.id,
    };
    await api.applyCode({ sourceId: b, codeId: trust.id, ...span(B, 'we trust each other') });
    await api.applyCode({ sourceId: a, codeId: trust.id, ...span(A, '"we trust them"') });
    await api.applyCode({ sourceId: a, codeId: factors.id, ...span(A, 'Second line') });
    await api.setCurrentUser({ userId: sarah.id });
    await api.applyCode({ sourceId: a, codeId: trust.id, ...span(A, 'the court agreed') });
  });
  afterEach(() => fixture.dispose());

  it('lists segments with text, coder, source, participant and attributes, by source then offset', async () => {
    const segments = await api.listCodedSegments({ codeId: ids.trust! });
    expect(segments.map((s) => [s.sourceTitle, s.text, s.coderName])).toEqual([
      ['Interview A', '"we trust them"', leadName],
      ['Interview A', 'the court agreed', 'Sarah'],
      ['Interview B', 'we trust each other', leadName],
    ]);
    expect(segments[0]).toMatchObject({
      codeName: 'Trust',
      participantPseudonym: 'Ana',
      attributes: { [ids.site!]: 'A' },
      start: A.indexOf('"we'),
    });
  });

  it('filters by children, coder, source and participant attributes', async () => {
    const texts = async (query: Parameters<ConcordApi['listCodedSegments']>[0]) =>
      (await api.listCodedSegments(query)).map((s) => s.text);
    expect(await texts({ codeId: ids.factors! })).toEqual(['Second line']);
    expect(await texts({ codeId: ids.factors!, includeChildren: true })).toHaveLength(4);
    expect(await texts({ codeId: ids.trust!, coderId: ids.sarah })).toEqual(['the court agreed']);
    expect(await texts({ codeId: ids.trust!, sourceId: ids.b })).toEqual(['we trust each other']);
    expect(
      await texts({ codeId: ids.trust!, filter: { attributes: { [ids.site!]: ['B'] } } }),
    ).toEqual(['we trust each other']);
    expect(await errorCode(api.listCodedSegments({ codeId: 'missing' }))).toBe('not_found');
  });

  it('exports CSV per RFC 4180 with a header and attribute columns', async () => {
    const file = await api.exportCodedSegments({ codeId: ids.trust!, format: 'csv' });
    expect(file).toMatchObject({
      fileName: 'trust-segments.csv',
      mimeType: 'text/csv;charset=utf-8',
    });
    const lines = file.content.split('\r\n');
    const segments0 = (await api.listCodedSegments({ codeId: ids.trust! }))[0]!.createdAt;
    expect(lines[0]).toBe('Source,Participant,Site,Code,Coder,Start,End,Text,Memo,Coded at');
    expect(lines[1]).toBe(
      `Interview A,Ana,A,Trust,${leadName},${A.indexOf('"we')},${A.indexOf('"we') + 15},"""we trust them""",,${segments0}`,
    );
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('exports Markdown grouped by source with attributes and quotes', async () => {
    const file = await api.exportCodedSegments({
      codeId: ids.factors!,
      includeChildren: true,
      format: 'markdown',
    });
    expect(file.fileName).toBe('factors-segments.md');
    const text = file.content;
    expect(text).toContain('# Coded segments: Factors');
    expect(text).toContain('4 segments from 2 sources.');
    expect(text).toContain('## Interview A (Ana)');
    expect(text).toContain('Site: A');
    expect(text).toContain('> "we trust them"');
    expect(text.indexOf('## Interview A')).toBeLessThan(text.indexOf('## Interview B'));
  });

  it('reports counts with and without descendants', async () => {
    const stats = await api.listCodeStats({ aggregate: true });
    expect(stats.find((s) => s.codeId === ids.factors)).toEqual({
      codeId: ids.factors,
      codings: 4,
      sources: 2,
      participants: 2,
    });
  });

  it('deletes a code after a preview, with an undo that brings back codes and codings', async () => {
    const before = await api.listCodings();
    expect(await api.previewDeleteCode({ id: ids.factors! })).toMatchObject({
      codes: 2,
      codings: 4,
    });
    await api.deleteCode({ id: ids.factors! });
    expect(await api.listCodings()).toEqual([]);
    expect((await api.getUndoState()).undoLabel).toBe("Undo delete code 'Factors'");
    await api.undo();
    expect(await api.listCodings()).toEqual(before);
    expect((await api.listCodes()).map((c) => c.name).sort()).toEqual(['Factors', 'Trust']);
  });

  it('keeps separate undo stacks per user', async () => {
    expect((await api.getUndoState()).undoLabel).toBe("Undo apply code 'Trust'");
    await api.setCurrentUser({ userId: ids.lead! });
    await api.mergeCodes({ codeId: ids.trust!, intoCodeId: ids.factors! });
    expect((await api.getUndoState()).undoLabel).toBe("Undo merge 'Trust' into 'Factors'");
    await api.setCurrentUser({ userId: ids.sarah! });
    expect((await api.getUndoState()).undoLabel).toBe("Undo apply code 'Trust'");
  });
});
