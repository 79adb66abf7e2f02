import { describe, expect, it } from 'vitest';
import { demoProjectForSuite } from '../api/helpers';
import { DEMO_PARTICIPANTS_CSV } from '../../../electron/core/demo/participants';
import { DEMO_SOURCES } from '../../../electron/core/demo/sources';
import { parseParticipantsCsv, parseSourceFile } from '../../../electron/core/importers';

const encode = (text: string) => new TextEncoder().encode(text);

describe('demo files read by the importers', () => {
  it('parse the participants table without warnings', () => {
    const table = parseParticipantsCsv('participants.csv', encode(DEMO_PARTICIPANTS_CSV));
    expect(table.warnings).toEqual([]);
    expect(table.rows).toHaveLength(14);
  });

  it.each(DEMO_SOURCES.map((file) => [file.fileName, file] as const))(
    'parses %s without warnings',
    async (_name, file) => {
      const parsed = await parseSourceFile(file.fileName, encode(file.content));
      expect(parsed.warnings).toEqual([]);
    },
  );
});

/** Builds the real demo through the core service, the way "New project with demo" does. */
describe('demo study built through the core', () => {
  const demo = demoProjectForSuite();

  it('creates the team with a lead, coders and a mentee', async () => {
    const users = await demo.api.listUsers();
    const roles = Object.fromEntries(users.map((user) => [user.name, user.role]));
    expect(roles).toMatchObject({
      Avery: 'lead',
      Sarah: 'coder',
      Miguel: 'coder',
      Jun: 'coder',
      Kim: 'mentee',
    });
  });

  it('infers typed participant attributes from the table', async () => {
    const attributes = await demo.api.listAttributes();
    const types = Object.fromEntries(attributes.map((a) => [a.name, a.type]));
    expect(types).toEqual({
      'Job title': 'choice',
      Site: 'choice',
      Sector: 'choice',
      Wave: 'number',
      'Years in role': 'number',
      'Interview date': 'date',
    });
    const site = attributes.find((a) => a.name === 'Site')!;
    expect([...site.choices].sort()).toEqual(['Both', 'Site A', 'Site B']);
    const jobTitle = attributes.find((a) => a.name === 'Job title')!;
    expect(jobTitle.choices).toHaveLength(9);
    const renata = (await demo.api.listParticipants()).find((p) => p.pseudonym === 'Renata')!;
    expect(renata.attributes[jobTitle.id]).toBe('Deputy juvenile officer');
    expect(await demo.api.listParticipants()).toHaveLength(14);
  });

  it('imports every source for its participant, in its own format, with timed speaker turns', async () => {
    const sources = await demo.api.listSources();
    expect(sources).toHaveLength(DEMO_SOURCES.length);
    const byFile = new Map(sources.map((source) => [source.importedFrom, source]));
    const expectedFormats: Record<string, string> = {
      'Interview 01 - Renata.txt': 'timestamped',
      'Interview 04 - Elena (Otter export).txt': 'otter',
      'Interview 05 - Tomas (Rev).txt': 'rev',
      'Interview 06 - Grace (f4).txt': 'f4',
    };
    for (const file of DEMO_SOURCES) {
      const summary = byFile.get(file.fileName);
      expect(summary, file.fileName).toBeDefined();
      expect(summary!.participantPseudonym).toBe(file.participant);
      expect(summary!.kind).toBe(file.kind);
      if (expectedFormats[file.fileName]) {
        expect(summary!.format, file.fileName).toBe(expectedFormats[file.fileName]);
      }
      if (file.kind !== 'interview') continue;
      const detail = await demo.api.getSource({ id: summary!.id });
      const speakers = new Set(detail.turns.map((turn) => turn.speaker));
      expect(speakers.has(file.participant), file.fileName).toBe(true);
      expect(detail.turns.every((turn) => turn.speaker !== null)).toBe(true);
      expect(detail.syncPoints.length, file.fileName).toBeGreaterThanOrEqual(20);
      expect(summary!.durationMs! / 60_000, file.fileName).toBeGreaterThan(29);
    }
  });
});
