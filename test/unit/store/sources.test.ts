import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/errors';
import type { ProjectStore } from '../../../electron/core/store';
import { makeStore, parsedText, tableCount } from './helpers';

describe('sources', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  beforeEach(() => ({ store, leadId, dispose } = makeStore()));
  afterEach(() => dispose());

  it('imports a parsed source whole: text, counts, turns, sync points and an audit entry', () => {
    const text = 'Q: How did it start?\nA: We didn’t talk to each other, honestly.';
    const parsed = parsedText(text, {
      format: 'timestamped',
      turns: [
        { start: 0, end: 20, speaker: 'Q', timeMs: 0 },
        { start: 21, end: text.length, speaker: 'A', timeMs: 4000 },
      ],
      syncPoints: [
        { offset: 0, timeMs: 0 },
        { offset: 21, timeMs: 4000 },
      ],
    });
    const summary = store.sources.import(leadId, { parsed, fileName: 'int01.txt' });

    expect(summary).toMatchObject({
      title: 'Interview',
      kind: 'interview',
      format: 'timestamped',
      participantId: null,
      wordCount: 13,
      charCount: text.length,
      turnCount: 2,
      importedFrom: 'int01.txt',
      durationMs: 4000,
    });
    const detail = store.sources.get(summary.id);
    expect(detail.text).toBe(text);
    expect(detail.turns).toEqual(parsed.turns);
    expect(detail.syncPoints).toEqual(parsed.syncPoints);
    expect(store.audit.list()[0]).toMatchObject({
      action: 'source.import',
      userId: leadId,
      entityId: summary.id,
    });
    expect(store.project.counts()).toMatchObject({ sources: 1, words: 13 });
  });

  it('lists summaries without text, in title order', () => {
    store.sources.import(leadId, { parsed: parsedText('b'), fileName: null, title: 'Beta' });
    store.sources.import(leadId, { parsed: parsedText('a'), fileName: null, title: 'alpha' });
    const list = store.sources.list();
    expect(list.map((source) => source.title)).toEqual(['alpha', 'Beta']);
    expect(list[0]).not.toHaveProperty('text');
  });

  it('de-duplicates titles: "Interview 03", "Interview 03 (2)", "Interview 03 (3)"', () => {
    const titles = [1, 2, 3].map(
      () =>
        store.sources.import(leadId, {
          parsed: parsedText('x', { title: 'Interview 03' }),
          fileName: null,
        }).title,
    );
    expect(titles).toEqual(['Interview 03', 'Interview 03 (2)', 'Interview 03 (3)']);
  });

  it('a failing import leaves no trace: no source, text, turns, index row or audit entry', () => {
    const auditBefore = tableCount(store, 'audit_log');
    const realAppend = store.audit.append.bind(store.audit);
    // Fail at the very last step, after every row of the source was written.
    store.audit.append = () => {
      throw new Error('disk full');
    };
    expect(() =>
      store.sources.import(leadId, {
        parsed: parsedText('needle in a haystack'),
        fileName: 'x.txt',
      }),
    ).toThrow('disk full');
    store.audit.append = realAppend;

    for (const table of ['sources', 'source_texts', 'source_turns', 'sync_points']) {
      expect(tableCount(store, table)).toBe(0);
    }
    expect(
      store.db
        .prepare("SELECT COUNT(*) FROM source_texts_fts WHERE source_texts_fts MATCH 'needle'")
        .pluck()
        .get(),
    ).toBe(0);
    expect(tableCount(store, 'audit_log')).toBe(auditBefore);
  });

  it('refuses turns outside the text before writing anything', () => {
    const parsed = parsedText('short', {
      turns: [{ start: 0, end: 99, speaker: null, timeMs: null }],
    });
    expect(() => store.sources.import(leadId, { parsed, fileName: 'bad.txt' })).toThrow(
      /bad\.txt: speaker turns/,
    );
    expect(tableCount(store, 'sources')).toBe(0);
  });

  it('refuses an unknown participant', () => {
    expect(() =>
      store.sources.import(leadId, {
        parsed: parsedText('x'),
        fileName: null,
        participantId: 'nobody',
      }),
    ).toThrow(ApiError);
    expect(tableCount(store, 'sources')).toBe(0);
  });

  it('updates title, participant and kind, recording what changed', () => {
    const ann = store.participants.create(leadId, { pseudonym: 'Ann' });
    const { id } = store.sources.import(leadId, { parsed: parsedText('x'), fileName: null });
    const updated = store.sources.update(leadId, id, {
      title: 'Field notes, Ann',
      participantId: ann.id,
      kind: 'field_notes',
    });
    expect(updated).toMatchObject({
      title: 'Field notes, Ann',
      participantId: ann.id,
      participantPseudonym: 'Ann',
      kind: 'field_notes',
    });
    expect(store.audit.list()[0]!.detail).toMatchObject({
      title: { before: 'Interview', after: 'Field notes, Ann' },
      kind: { before: 'interview', after: 'field_notes' },
    });
    expect(store.sources.update(leadId, id, { participantId: null }).participantId).toBeNull();
  });

  it('deletes a source with its text, turns, index entry and codings', () => {
    const { id } = store.sources.import(leadId, {
      parsed: parsedText('needle\nhay'),
      fileName: null,
    });
    const code = store.codes.create(leadId, { name: 'Needles', color: '#ff0000' });
    store.codings.create(leadId, {
      sourceId: id,
      coderId: leadId,
      codeId: code.id,
      start: 0,
      end: 6,
    });
    store.sources.delete(leadId, id);
    for (const table of ['sources', 'source_texts', 'source_turns', 'codings']) {
      expect(tableCount(store, table)).toBe(0);
    }
    expect(store.search.search('needle')).toEqual([]);
    expect(store.audit.list()[0]).toMatchObject({
      action: 'source.delete',
      detail: { codings: 1 },
    });
    expect(() => store.sources.get(id)).toThrow(/No source/);
  });

  it('keeps sources when their participant is deleted, unlinked', () => {
    const ann = store.participants.create(leadId, { pseudonym: 'Ann' });
    const { id } = store.sources.import(leadId, {
      parsed: parsedText('x'),
      fileName: null,
      participantId: ann.id,
    });
    store.participants.delete(leadId, ann.id);
    expect(store.sources.getSummary(id).participantId).toBeNull();
  });
});

describe('listSources filters', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  let site: string;
  let wave: string;
  beforeEach(() => {
    ({ store, leadId, dispose } = makeStore());
    site = store.attributes.create(leadId, {
      name: 'Site',
      type: 'choice',
      choices: ['A', 'B'],
    }).id;
    wave = store.attributes.create(leadId, { name: 'Wave', type: 'number' }).id;
    const people: [string, string | null, number | null][] = [
      ['Ann', 'A', 1],
      ['Ben', 'B', 1],
      ['Cai', 'A', 2],
      ['Dee', null, 2],
    ];
    for (const [pseudonym, siteValue, waveValue] of people) {
      const participant = store.participants.create(leadId, {
        pseudonym,
        attributes: { [site]: siteValue, [wave]: waveValue },
      });
      store.sources.import(leadId, {
        parsed: parsedText('text'),
        fileName: null,
        title: `Interview ${pseudonym}`,
        participantId: participant.id,
      });
    }
    store.sources.import(leadId, {
      parsed: parsedText('notes'),
      fileName: null,
      title: 'Unlinked',
      kind: 'field_notes',
    });
  });
  afterEach(() => dispose());

  const titles = (filter: Parameters<ProjectStore['sources']['list']>[0]) =>
    store.sources.list(filter).map((source) => source.participantPseudonym ?? source.title);

  it('matches one of the values of an attribute (OR within)', () => {
    expect(titles({ attributes: { [site]: ['A'] } })).toEqual(['Ann', 'Cai']);
    expect(titles({ attributes: { [site]: ['A', 'B'] } })).toEqual(['Ann', 'Ben', 'Cai']);
  });

  it('requires every listed attribute (AND across)', () => {
    expect(titles({ attributes: { [site]: ['A'], [wave]: [2] } })).toEqual(['Cai']);
  });

  it('treats null as "no value" and brings filter values to the stored type', () => {
    expect(titles({ attributes: { [site]: [null] } })).toEqual(['Dee']);
    expect(titles({ attributes: { [wave]: ['1'] } })).toEqual(['Ann', 'Ben']);
    expect(titles({ attributes: { [site]: ['a'] } })).toEqual(['Ann', 'Cai']);
  });

  it('accepts nothing for an empty list of values', () => {
    expect(titles({ attributes: { [site]: [] } })).toEqual([]);
  });

  it('filters by kind and participant', () => {
    expect(titles({ kind: 'field_notes' })).toEqual(['Unlinked']);
    const ben = store.participants.findByPseudonym('ben')!;
    expect(titles({ participantId: ben.id })).toEqual(['Ben']);
  });

  it('reports an unknown attribute', () => {
    expect(() => store.sources.list({ attributes: { nope: ['A'] } })).toThrow(/No attribute/);
  });
});
