import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConcordApi } from '../../../shared/api/contract';
import { addSource, projectPath, span } from './coding-helpers';
import { errorCode, makeService, type ServiceFixture } from './helpers';

const TEXT = 'One says trust. Two says doubt. Three says hope.';

describe('retrieving the coded segments of several coders', () => {
  let fixture: ServiceFixture;
  let api: ConcordApi;
  let codeId: string;
  const coders: Record<string, string> = {};

  beforeEach(async () => {
    fixture = makeService();
    api = fixture.service.api;
    await api.createProject({ path: projectPath(fixture.dir) });
    const sourceId = await addSource(api, TEXT);
    codeId = (await api.createCode({ name: 'Stance' })).id;
    const lead = (await api.getCurrentUser())!;
    coders.lead = lead.id;
    await api.applyCode({ sourceId, codeId, ...span(TEXT, 'One says trust.') });
    for (const [name, phrase] of [
      ['Ada', 'Two says doubt.'],
      ['Bo', 'Three says hope.'],
    ] as const) {
      // Only a lead adds people to the team.
      await api.setCurrentUser({ userId: lead.id });
      const user = await api.createUser({ name, role: 'coder' });
      coders[name] = user.id;
      await api.setCurrentUser({ userId: user.id });
      await api.applyCode({ sourceId, codeId, ...span(TEXT, phrase) });
    }
  });
  afterEach(() => fixture.dispose());

  it('keeps the segments of any listed coder, and none for an empty list', async () => {
    const texts = async (coderIds: string[]) =>
      (await api.listCodedSegments({ codeId, coderIds })).map((s) => s.text);
    expect(await texts([coders.lead!, coders.Bo!])).toEqual([
      'One says trust.',
      'Three says hope.',
    ]);
    expect(await texts([coders.Ada!])).toEqual(['Two says doubt.']);
    expect(await texts([])).toEqual([]);
  });

  it('exports only the listed coders', async () => {
    const file = await api.exportCodedSegments({
      codeId,
      coderIds: [coders.Ada!, coders.Bo!],
      format: 'csv',
    });
    const rows = file.content.trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows.slice(1).map((row) => row.split(',')[3])).toEqual(['Ada', 'Bo']);
  });

  it('refuses a coder list that is not a list of ids', async () => {
    expect(await errorCode(api.listCodedSegments({ codeId, coderIds: [''] }))).toBe(
      'invalid_argument',
    );
  });
});
