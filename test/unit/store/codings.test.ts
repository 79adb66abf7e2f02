import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectStore } from '../../../electron/core/store';
import { makeStore, parsedText } from './helpers';

describe('codes and codings', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  let sourceId: string;
  let codeId: string;
  const text = '😀 We worked with law enforcement. The court was slow.';
  beforeEach(() => {
    ({ store, leadId, dispose } = makeStore());
    sourceId = store.sources.import(leadId, { parsed: parsedText(text), fileName: null }).id;
    codeId = store.codes.create(leadId, { name: 'Collaboration', color: '#3366cc' }).id;
  });
  afterEach(() => dispose());

  const at = (phrase: string) => ({
    start: text.indexOf(phrase),
    end: text.indexOf(phrase) + phrase.length,
  });

  it('builds the code tree with positions per parent', () => {
    const child = store.codes.create(leadId, {
      name: 'With police',
      color: '#112233',
      parentId: codeId,
    });
    const second = store.codes.create(leadId, { name: 'Courts', color: '#445566' });
    expect([child.position, second.position]).toEqual([0, 1]);
    expect(store.codes.list().map((code) => code.name)).toEqual(
      expect.arrayContaining(['Collaboration', 'With police', 'Courts']),
    );
    expect(() => store.codes.create(leadId, { name: 'Bad', color: 'red' })).toThrow(/#RRGGBB/);
  });

  it('returns the segments of a code with their text, in text order', () => {
    store.codings.create(leadId, { sourceId, coderId: leadId, codeId, ...at('The court') });
    store.codings.create(leadId, { sourceId, coderId: leadId, codeId, ...at('law enforcement') });
    expect(store.codings.segmentsOfCode(codeId).map((segment) => segment.text)).toEqual([
      'law enforcement',
      'The court',
    ]);
  });

  it('counts codings per coder and keeps the counts when codings go away', () => {
    const kim = store.users.create(leadId, { name: 'Kim', role: 'coder' });
    store.codings.create(leadId, { sourceId, coderId: leadId, codeId, ...at('The court') });
    store.codings.create(kim.id, { sourceId, coderId: kim.id, codeId, ...at('The court') });
    store.codings.create(kim.id, { sourceId, coderId: kim.id, codeId, ...at('law') });
    expect(store.project.counts()).toMatchObject({
      codes: 1,
      codings: 3,
      codingsByCoder: [
        { coderId: kim.id, coderName: 'Kim', count: 2 },
        { coderId: leadId, coderName: 'Lead', count: 1 },
      ],
    });
    expect(store.codings.list({ coderId: kim.id })).toHaveLength(2);
    store.sources.delete(leadId, sourceId);
    expect(store.project.counts()).toMatchObject({ codings: 0, codingsByCoder: [] });
  });

  it('refuses spans outside the source and unknown coders or codes', () => {
    const base = { sourceId, coderId: leadId, codeId };
    expect(() => store.codings.create(leadId, { ...base, start: 5, end: 5 })).toThrow(/non-empty/);
    expect(() => store.codings.create(leadId, { ...base, start: 0, end: text.length + 1 })).toThrow(
      /inside/,
    );
    expect(() => store.codings.create(leadId, { ...base, coderId: 'x', start: 0, end: 2 })).toThrow(
      /No user/,
    );
    expect(() => store.codings.create(leadId, { ...base, codeId: 'x', start: 0, end: 2 })).toThrow(
      /No code/,
    );
  });
});

describe('editing codings', () => {
  let store: ProjectStore;
  let leadId: string;
  let dispose: () => void;
  let sourceId: string;
  let codeId: string;
  const text = 'We trust them 😀 a lot.';
  beforeEach(() => {
    ({ store, leadId, dispose } = makeStore());
    sourceId = store.sources.import(leadId, { parsed: parsedText(text), fileName: null }).id;
    codeId = store.codes.create(leadId, { name: 'Trust', color: '#3366cc' }).id;
  });
  afterEach(() => dispose());

  it('applies once per coder, code and span', () => {
    const input = { sourceId, coderId: leadId, codeId, start: 3, end: 8 };
    const first = store.codings.apply(leadId, input);
    const again = store.codings.apply(leadId, input);
    expect(first.created).toBe(true);
    expect(again).toEqual({ coding: first.coding, created: false });
    const kim = store.users.create(leadId, { name: 'Kim', role: 'coder' });
    expect(store.codings.apply(kim.id, { ...input, coderId: kim.id }).created).toBe(true);
  });

  it('adjusts boundaries with a new excerpt, refusing a duplicate or a split character', () => {
    const base = { sourceId, coderId: leadId, codeId };
    const a = store.codings.create(leadId, { ...base, start: 3, end: 8 });
    store.codings.create(leadId, { ...base, start: 0, end: 8 });
    expect(() => store.codings.adjust(leadId, a.id, 0, 8)).toThrow(/already coded exactly/);
    const emoji = text.indexOf('😀');
    expect(() => store.codings.adjust(leadId, a.id, 3, emoji + 1)).toThrow(/inside a character/);
    store.codings.adjust(leadId, a.id, 3, emoji + 2);
    expect(store.codings.segmentsOfCode(codeId).map((s) => s.text)).toContain('trust them 😀');
  });

  it('sets memos and removes codings with audit entries', () => {
    const coding = store.codings.create(leadId, {
      sourceId,
      coderId: leadId,
      codeId,
      start: 0,
      end: 2,
    });
    expect(store.codings.setMemo(leadId, coding.id, 'why').memo).toBe('why');
    store.codings.remove(leadId, coding.id);
    expect(() => store.codings.get(coding.id)).toThrow(/No coding/);
    expect(store.audit.list({ limit: 2 }).map((e) => e.action)).toEqual([
      'coding.delete',
      'coding.memo',
    ]);
  });
});
