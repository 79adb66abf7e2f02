import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BinaryFile, ConcordApi } from '../../../shared/api/contract';
import { nameKey } from '../../../shared/codebook';
import type { Code, Coding } from '../../../shared/domain/types';
import { RETURN_FORMAT, readExchangeFile } from '../../../electron/core/packages/format';
import type { ReturnContent } from '../../../electron/core/packages/package-content';
import type { Row } from '../../../electron/core/packages/tables';
import { makeService, type ServiceFixture } from '../api/helpers';
import { TEXT_A, TEXT_B } from '../api/rounds-helpers';
import {
  NOTHING_TO_MERGE,
  dumpProject,
  makeMergeFixture,
  mergeDecidingAll,
  openPackage,
  type MergeFixture,
} from './merge-helpers';

/**
 * Property-style: two coders make random edits to their copies (codings added, adjusted, given
 * memos and removed; codes added under a shared pool of names, renamed, redefined, deleted); their
 * returns are merged in both orders into copies of the lead's project, every collision merged.
 * Then: no coding is lost or moved, merging again changes nothing, and both orders end the same
 * except where the documented conflict rule applies (a code field both coders changed keeps the
 * value of the return merged first; a code both added keeps the first one's fields).
 */
const SEEDS = [1, 7, 42, 2024, 31337];
const STEPS = 14;
const SHARED_NAMES = ['Hope', 'Fear', 'Care'];
const CODE_FIELD_NAMES = ['name', 'definition', 'color', 'memo'] as const;

/** Mulberry32: small, seedable, good enough to pick edits. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
type Random = ReturnType<typeof random>;

/** A span of whole words of `text`. */
function wordSpan(rng: Random, text: string): { start: number; end: number } {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const first = rng.int(words.length);
  const last = first + rng.int(Math.min(4, words.length - first));
  return { start: words[first]!.start, end: words[last]!.end };
}

/** Runs `edit`, tolerating refusals a real UI would show (e.g. a sibling with that name). */
async function tolerant(edit: () => Promise<unknown>): Promise<void> {
  try {
    await edit();
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== 'bad_input' && code !== 'conflict') throw error;
  }
}

async function randomEdits(api: ConcordApi, rng: Random, tag: string, texts: Map<string, string>) {
  for (let step = 0; step < STEPS; step++) {
    const codes = await api.listCodes();
    const codings = await api.listCodings();
    const code = codes.length > 0 ? rng.pick(codes) : undefined;
    const coding = codings.length > 0 ? rng.pick(codings) : undefined;
    const op = rng.pick([
      'add-coding', 'add-coding', 'add-coding', 'adjust', 'memo', 'remove',
      'add-code', 'add-code', 'rename', 'define', 'delete-code',
    ] as const); // prettier-ignore
    if (op === 'add-coding' && code) {
      const sourceId = rng.pick([...texts.keys()]);
      const at = wordSpan(rng, texts.get(sourceId)!);
      await tolerant(() => api.applyCode({ sourceId, codeId: code.id, ...at }));
    } else if (op === 'adjust' && coding) {
      const at = wordSpan(rng, texts.get(coding.sourceId)!);
      await tolerant(() => api.adjustCoding({ id: coding.id, ...at }));
    } else if (op === 'memo' && coding) {
      await api.setCodingMemo({ id: coding.id, memo: `${tag} note ${step}` });
    } else if (op === 'remove' && coding) {
      await api.removeCoding({ id: coding.id });
    } else if (op === 'add-code') {
      const parentId = rng.pick([null, ...codes.map((c) => c.id)]);
      await tolerant(() => api.createCode({ name: rng.pick(SHARED_NAMES), parentId }));
    } else if (op === 'rename' && code) {
      await api.updateCode({ id: code.id, name: `${tag} ${step}` });
    } else if (op === 'define' && code) {
      await api.updateCode({ id: code.id, definition: `${tag} says ${step}` });
    } else if (op === 'delete-code' && code && rng.int(2) === 0) {
      await api.deleteCode({ id: code.id });
    }
  }
}

interface Merged {
  codes: Code[];
  codings: Coding[];
  dump: Record<string, string[]>;
}

describe('merging random returns of two coders', () => {
  let f: MergeFixture;
  const leads: ServiceFixture[] = [];
  beforeEach(async () => {
    f = await makeMergeFixture();
  });
  afterEach(() => {
    for (const lead of leads.splice(0)) lead.dispose();
    f.dispose();
  });

  /** Merges `files` in order into a fresh copy of the lead's project, then merges them again. */
  async function mergeIntoCopy(files: BinaryFile[]): Promise<Merged> {
    const lead = makeService();
    leads.push(lead);
    const copy = path.join(lead.dir, 'copy.concord');
    fs.copyFileSync(f.leadPath, copy);
    const api = lead.service.api;
    await api.openProject({ path: copy });
    for (const file of files) {
      for (const report of await mergeDecidingAll(api, file)) expect(report.refused).toEqual([]);
    }
    const dump = dumpProject(copy);
    for (const file of files) {
      const preview = await api.mergeCoderReturn({ fileName: file.fileName, data: file.data });
      expect(preview).toMatchObject(NOTHING_TO_MERGE);
      await api.applyCoderReturn({ previewId: preview.previewId });
    }
    expect(dumpProject(copy)).toEqual(dump);
    return { codes: await api.listCodes(), codings: await api.listCodings(), dump };
  }

  it.each(SEEDS)('seed %i: nothing lost or moved, repeatable, order-independent', async (seed) => {
    const rng = random(seed);
    const texts = new Map([
      [f.study.sourceA, TEXT_A],
      [f.study.sourceB, TEXT_B],
    ]);
    const files: BinaryFile[] = [];
    for (const [coderId, tag] of [
      [f.study.coderA, 'Ada'],
      [f.study.coderB, 'Bo'],
    ] as const) {
      await openPackage(f, f.api, coderId, tag);
      await randomEdits(f.coderApi, rng, tag, texts);
      files.push(await f.coderApi.exportCoderReturn());
    }
    const initialCodes = await f.api.listCodes();
    const leadCodings = await f.api.listCodings({ coderId: f.study.leadId });
    await f.api.closeProject();
    const returns = files.map(
      (file) => readExchangeFile<ReturnContent>(file.fileName, file.data, RETURN_FORMAT).content,
    );

    const orders = [await mergeIntoCopy(files), await mergeIntoCopy([...files].reverse())];
    for (const merged of orders) {
      const byId = new Map(merged.codes.map((code) => [code.id, code]));
      // The project code a return's code went to: its own id, or the same name under its parent.
      const codeOf = (content: ReturnContent, id: string): string | undefined => {
        if (byId.has(id)) return id;
        const row = content.codes.find((c) => c.id === id)!;
        const parent = row.parent_id === null ? null : codeOf(content, String(row.parent_id));
        return merged.codes.find(
          (c) => c.parentId === parent && nameKey(c.name) === nameKey(String(row.name)),
        )?.id;
      };
      returns.forEach((content, index) => {
        const coderId = index === 0 ? f.study.coderA : f.study.coderB;
        const expected = content.codings.map((row) => ({
          id: row.id,
          sourceId: row.source_id,
          coderId,
          codeId: codeOf(content, String(row.code_id)),
          start: row.start,
          end: row.end,
          memo: row.memo,
        }));
        const actual = merged.codings.filter((c) => c.coderId === coderId);
        const sorted = <T extends { id: unknown }>(list: T[]) =>
          [...list].sort((a, b) => String(a.id).localeCompare(String(b.id)));
        expect(sorted(actual).map((c) => ({ ...c, createdAt: 0, updatedAt: 0 }))).toEqual(
          sorted(expected).map((c) => ({ ...c, createdAt: 0, updatedAt: 0 })),
        );
      });
      expect(merged.codings.filter((c) => c.coderId === f.study.leadId)).toEqual(leadCodings);
    }

    // Both orders, canonically: codes the lead had by id, codes the coders added by their place.
    const canonical = ({ codes, codings }: Merged) => {
      const byId = new Map(codes.map((code) => [code.id, code]));
      const initial = new Set(initialCodes.map((code) => code.id));
      const keyOf = (id: string | null): string => {
        if (id === null) return '';
        if (initial.has(id)) return id;
        const code = byId.get(id)!;
        return `${keyOf(code.parentId)}/${nameKey(code.name)}`;
      };
      return {
        codes: codes.map((code) => keyOf(code.id)).sort(),
        codings: codings
          .map((c) =>
            [c.id, c.sourceId, c.coderId, c.start, c.end, c.memo, keyOf(c.codeId)].join('|'),
          )
          .sort(),
      };
    };
    expect(canonical(orders[0]!)).toEqual(canonical(orders[1]!));

    // The lead's codes: a field changed by one coder takes their value; by both, the first's.
    for (const base of initialCodes) {
      const sent = returns.map((content) => content.codes.find((row: Row) => row.id === base.id));
      for (const field of CODE_FIELD_NAMES) {
        const changed = sent.map((row) =>
          row && String(row[field] ?? '') !== base[field] ? String(row[field]) : undefined,
        );
        const [ab, ba] = orders.map((merged) => merged.codes.find((c) => c.id === base.id)!);
        expect(ab![field], `${field} of ${base.name}, Ada first`).toBe(
          changed[0] ?? changed[1] ?? base[field],
        );
        expect(ba![field], `${field} of ${base.name}, Bo first`).toBe(
          changed[1] ?? changed[0] ?? base[field],
        );
      }
    }
  });
});
