import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeService, type ServiceFixture } from './helpers';

// End to end through the real importers and demo builder: what a newcomer gets on first start.
describe('a project created with the demo study', () => {
  let fixture: ServiceFixture;
  beforeEach(() => (fixture = makeService()));
  afterEach(() => fixture.dispose());

  it('holds the demo participants and sources, with consistent counts and a searchable text', async () => {
    const { api } = fixture.service;
    const info = await api.createProject({
      path: path.join(fixture.dir, 'demo.concord'),
      name: 'Demo',
      withDemo: true,
    });
    const sources = await api.listSources();
    const participants = await api.listParticipants();
    expect(sources.length).toBeGreaterThan(0);
    expect(info.counts).toMatchObject({
      sources: sources.length,
      participants: participants.length,
      words: sources.reduce((sum, source) => sum + source.wordCount, 0),
    });
    expect(sources.every((source) => source.participantPseudonym !== null)).toBe(true);

    const source = await api.getSource({ id: sources[0]!.id });
    const word = /[A-Za-z]{6,}/.exec(source.text)![0];
    const hits = await api.searchSources({ query: word });
    const hit = hits.find((candidate) => candidate.sourceId === source.id)!;
    const [match] = hit.matches;
    expect(source.text.slice(match!.offset, match!.offset + match!.length).toLowerCase()).toBe(
      word.toLowerCase(),
    );
    expect((await api.listAuditLog({ limit: 10_000 })).length).toBeGreaterThan(sources.length);
  });
});
