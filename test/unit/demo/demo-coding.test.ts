import { describe, expect, it } from 'vitest';
import { depthOf } from '../../../shared/codebook';
import { demoProjectForSuite } from '../api/helpers';
import { DEMO_CODER, sentenceSpan } from '../../../electron/core/demo/coding';
import { DEMO_PASSAGES } from '../../../electron/core/demo/coding/passages';

describe('sentenceSpan', () => {
  const text = 'First one. The second, with a phrase in it! Third?\nNext turn.';
  it('covers the sentence around the phrase, or several sentences', () => {
    const one = sentenceSpan(text, 'a phrase')!;
    expect(text.slice(one.start, one.end)).toBe('The second, with a phrase in it!');
    const two = sentenceSpan(text, 'a phrase', 2)!;
    expect(text.slice(two.start, two.end)).toBe('The second, with a phrase in it! Third?');
    const capped = sentenceSpan(text, 'Third', 5)!;
    expect(text.slice(capped.start, capped.end)).toBe('Third?');
    expect(sentenceSpan(text, 'absent')).toBeNull();
  });
});

describe('the demo coding tree and Sarah\u2019s codings', () => {
  const demo = demoProjectForSuite();

  it('has at least 25 codes in three levels, each described, in distinct colours', async () => {
    const codes = await demo.api.listCodes();
    expect(codes.length).toBeGreaterThanOrEqual(25);
    expect(Math.max(...codes.map((code) => depthOf(codes, code.id)))).toBe(2);
    for (const code of codes) {
      for (const field of ['definition', 'inclusion', 'exclusion', 'example'] as const) {
        expect(code[field].length, `${code.name} ${field}`).toBeGreaterThan(10);
      }
    }
    expect(new Set(codes.map((code) => code.color.toLowerCase())).size).toBe(codes.length);
  });

  it('codes every demo passage as Sarah, on at least four sources, with overlapping codes', async () => {
    const sarah = (await demo.api.listUsers()).find((user) => user.name === DEMO_CODER)!;
    const codings = await demo.api.listCodings({ coderId: sarah.id });
    expect(codings).toHaveLength(DEMO_PASSAGES.reduce((n, passage) => n + passage.codes.length, 0));
    expect(new Set(codings.map((coding) => coding.sourceId)).size).toBeGreaterThanOrEqual(4);
    const spans = new Map<string, number>();
    for (const coding of codings) {
      const key = `${coding.sourceId}:${coding.start}:${coding.end}`;
      spans.set(key, (spans.get(key) ?? 0) + 1);
    }
    expect([...spans.values()].some((count) => count >= 3)).toBe(true);
    // Each coding covers a whole sentence holding its phrase.
    for (const passage of DEMO_PASSAGES) {
      const source = (await demo.api.listSources()).find(
        (s) => s.importedFrom === passage.fileName,
      )!;
      const text = (await demo.api.getSource({ id: source.id })).text;
      const span = sentenceSpan(text, passage.phrase, passage.sentences ?? 1);
      expect(span, passage.phrase).not.toBeNull();
      expect(text.slice(span!.start, span!.end)).toContain(passage.phrase);
    }
  });

  it('restores the lead as current user and leaves nothing to undo', async () => {
    expect((await demo.api.getCurrentUser())?.name).not.toBe(DEMO_CODER);
    expect(await demo.api.getUndoState()).toMatchObject({ canUndo: false, canRedo: false });
  });

  it('shows Sarah\u2019s segments of a code with their text', async () => {
    const trust = (await demo.api.listCodes()).find((code) => code.name === 'Trust')!;
    const segments = await demo.api.listCodedSegments({ codeId: trust.id });
    expect(segments.length).toBeGreaterThanOrEqual(3);
    expect(segments.some((s) => s.text.includes('do you trust each other'))).toBe(true);
  });
});
