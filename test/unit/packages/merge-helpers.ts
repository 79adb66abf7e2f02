import { expect } from 'vitest';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { BinaryFile, ConcordApi, MergeReport } from '../../../shared/api/contract';
import {
  RETURN_FORMAT,
  readExchangeFile,
  writeExchangeFile,
  type Manifest,
} from '../../../electron/core/packages/format';
import type { ReturnContent } from '../../../electron/core/packages/package-content';
import { projectPath } from '../api/coding-helpers';
import { makeService, type ServiceFixture } from '../api/helpers';
import { makeRoundStudy, type RoundStudy } from '../api/rounds-helpers';

/**
 * The lead's study (two sources, codes Trust and Doubt, coders Ada and Bo) with a round in which
 * both coders code both sources, and a second service standing for the coders' machines.
 */
export interface MergeFixture {
  lead: ServiceFixture;
  coderSide: ServiceFixture;
  api: ConcordApi;
  coderApi: ConcordApi;
  study: RoundStudy;
  roundId: string;
  /** The lead's project file. */
  leadPath: string;
  dispose: () => void;
}

export async function makeMergeFixture(): Promise<MergeFixture> {
  const lead = makeService();
  const coderSide = makeService();
  const api = lead.service.api;
  const study = await makeRoundStudy(api, lead.dir);
  const coders = [study.coderA, study.coderB];
  const round = await api.createRound({
    name: 'First set',
    mode: 'independent',
    assignments: [
      { sourceId: study.sourceA, coderIds: coders },
      { sourceId: study.sourceB, coderIds: coders },
    ],
  });
  return {
    lead,
    coderSide,
    api,
    coderApi: coderSide.service.api,
    study,
    roundId: round.id,
    leadPath: projectPath(lead.dir),
    dispose: () => {
      lead.dispose();
      coderSide.dispose();
    },
  };
}

/** Exports `coderId`'s package from `api` and opens it on the coders' machine as `name`. */
export async function openPackage(
  fixture: Pick<MergeFixture, 'coderApi' | 'coderSide' | 'roundId'>,
  api: ConcordApi,
  coderId: string,
  name: string,
): Promise<void> {
  const file = await api.exportCoderPackage({ roundId: fixture.roundId, coderId });
  await fixture.coderApi.openCoderPackage({
    projectPath: path.join(fixture.coderSide.dir, name),
    fileName: file.fileName,
    data: file.data,
  });
}

/** Every row of every table of a project file (full-text internals aside), sorted, as JSON. */
export function dumpProject(filePath: string): Record<string, string[]> {
  const db = new Database(filePath, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name NOT LIKE '%fts%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        db
          .prepare(`SELECT * FROM "${table}"`)
          .all()
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

/** Rewrites a return's content or manifest (as a tampering or buggy tool would), checksum valid. */
export function rewriteReturn(
  data: Uint8Array,
  change: (content: ReturnContent, manifest: Manifest) => void,
): Uint8Array {
  const { manifest, content } = readExchangeFile<ReturnContent>('r', data, RETURN_FORMAT);
  change(content, manifest);
  const { checksum: _c, formatVersion: _v, ...rest } = manifest;
  return writeExchangeFile(rest, content);
}

/**
 * Merges a return as a lead reviewing it would: every name collision merged into the existing
 * code, again while merging uncovers more (a child of a merged code may collide in turn).
 */
export async function mergeDecidingAll(
  api: ConcordApi,
  file: BinaryFile,
  action: 'merge' | 'keep' = 'merge',
): Promise<MergeReport[]> {
  const reports: MergeReport[] = [];
  const decided = new Map<string, 'merge' | 'keep'>();
  const preview = await api.mergeCoderReturn({ fileName: file.fileName, data: file.data });
  for (const collision of preview.nameCollisions) decided.set(collision.codeId, action);
  for (let pass = 0; pass < 10; pass++) {
    const report = await api.applyCoderReturn({
      fileName: file.fileName,
      data: file.data,
      decisions: [...decided].map(([codeId, chosen]) => ({ codeId, action: chosen })),
    });
    reports.push(report);
    if (report.unresolvedCollisions.length === 0) return reports;
    for (const collision of report.unresolvedCollisions) decided.set(collision.codeId, action);
  }
  throw new Error('collisions kept coming');
}

/** A preview that would change nothing. */
export const NOTHING_TO_MERGE = {
  newCodes: [],
  nameCollisions: [],
  editConflicts: [],
  codeEdits: [],
  codings: expect.objectContaining({ added: 0, updated: 0, removed: 0, refused: [] }),
};

/** A report of a merge that changed nothing. */
export const NO_CHANGES = {
  codesCreated: 0,
  codesMerged: 0,
  codeEditsApplied: 0,
  codingsAdded: 0,
  codingsUpdated: 0,
  codingsRemoved: 0,
  unresolvedCollisions: [],
  editConflicts: [],
  refused: [],
};
