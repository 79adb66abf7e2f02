import { z } from 'zod';
import type { ApiArgs, ApiMethod } from './contract';
import {
  ATTRIBUTE_TYPES,
  CODER_CODEBOOK_CHANGES,
  ROUND_MODES,
  SOURCE_KINDS,
  USER_ROLES,
} from '../domain/types';

/**
 * Runtime schemas for every API argument. The core validates each call against these before it
 * runs, because the renderer is untrusted. The mapped type below makes a schema that drifts from
 * the contract a compile error.
 */

const MAX_NAME = 500;
const MAX_TEXT = 100_000;
/** The largest file the UI may hand to an importer in one call. */
export const MAX_UPLOAD_BYTES = 512 * 1024 * 1024;

const id = z.string().min(1).max(100);
const name = z.string().trim().min(1, 'must not be empty').max(MAX_NAME);
const path = z.string().min(1).max(4096);
const attributeValue = z.union([z.string().max(MAX_TEXT), z.number().finite(), z.null()]);
const attributeValues = z.record(id, attributeValue);
const role = z.enum(USER_ROLES as [string, ...string[]]) as z.ZodType<(typeof USER_ROLES)[number]>;
const attributeType = z.enum(ATTRIBUTE_TYPES as [string, ...string[]]) as z.ZodType<
  (typeof ATTRIBUTE_TYPES)[number]
>;
const sourceKind = z.enum(SOURCE_KINDS as [string, ...string[]]) as z.ZodType<
  (typeof SOURCE_KINDS)[number]
>;
const choices = z.array(z.string().trim().min(1).max(MAX_NAME)).max(1000);
const fileUpload = {
  fileName: z.string().min(1).max(1024),
  data: z
    .instanceof(Uint8Array)
    .refine((bytes) => bytes.byteLength <= MAX_UPLOAD_BYTES, 'file is larger than 512 MB'),
};
const sourceFilter = z
  .strictObject({
    attributes: z.record(id, z.array(attributeValue).max(1000)).optional(),
    participantId: id.optional(),
    kind: sourceKind.optional(),
  })
  .optional();
const none = z.undefined();
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #3366CC');
const longText = z.string().max(MAX_TEXT);
const codeFields = {
  color: color.optional(),
  definition: longText.optional(),
  inclusion: longText.optional(),
  exclusion: longText.optional(),
  example: longText.optional(),
  memo: longText.optional(),
};
const offset = z.number().int().min(0);
/** Whole source texts travel in editSourceText; importers accept files far larger than MAX_TEXT. */
const MAX_SOURCE_TEXT = 64 * 1024 * 1024;
const textEdit = z.strictObject({
  from: offset,
  to: offset,
  insert: z.string().max(MAX_SOURCE_TEXT),
});
const codedSegmentQuery = {
  codeId: id,
  includeChildren: z.boolean().optional(),
  coderId: id.optional(),
  coderIds: z.array(id).max(1000).optional(),
  sourceId: id.optional(),
  filter: sourceFilter,
};

const roundMode = z.enum(ROUND_MODES as [string, ...string[]]) as z.ZodType<
  (typeof ROUND_MODES)[number]
>;
const coderChanges = z.enum(CODER_CODEBOOK_CHANGES as [string, ...string[]]) as z.ZodType<
  (typeof CODER_CODEBOOK_CHANGES)[number]
>;
const ids = z.array(id).max(100_000);
const roundAssignments = z
  .array(z.strictObject({ sourceId: id, coderIds: z.array(id).max(100) }))
  .max(100_000);
/** Coder packages and returns: zips, at most MAX_UPLOAD_BYTES. */
const packageBytes = fileUpload.data;
const agreementQuery = {
  roundId: id.optional(),
  sourceIds: ids.optional(),
  coderIds: z.array(id).max(100).optional(),
  codeIds: ids.optional(),
  unit: z.enum(['character', 'segment']).optional(),
  overlap: z.number().gt(0, 'must be above 0').max(1).optional(),
  excludeUncoded: z.boolean().optional(),
  bootstrapResamples: z.number().int().min(0).max(100_000).optional(),
};

type InputSchemas = { [M in ApiMethod]: z.ZodType<ApiArgs<M>[0]> };

export const apiInputSchemas = {
  getAppInfo: none,
  getProject: none,
  createProject: z.strictObject({
    path,
    name: name.optional(),
    withDemo: z.boolean().optional(),
  }),
  openProject: z.strictObject({ path }),
  closeProject: none,
  listRecentProjects: none,

  listUsers: none,
  createUser: z.strictObject({ name, role }),
  getCurrentUser: none,
  setCurrentUser: z.strictObject({ userId: id }),

  listAttributes: none,
  createAttribute: z.strictObject({ name, type: attributeType, choices: choices.optional() }),
  updateAttribute: z.strictObject({
    id,
    name: name.optional(),
    type: attributeType.optional(),
    choices: choices.optional(),
  }),
  deleteAttribute: z.strictObject({ id }),
  listParticipants: none,
  createParticipant: z.strictObject({ pseudonym: name, attributes: attributeValues.optional() }),
  updateParticipant: z.strictObject({
    id,
    pseudonym: name.optional(),
    attributes: attributeValues.optional(),
  }),
  deleteParticipant: z.strictObject({ id }),
  importParticipantsCsv: z.strictObject(fileUpload),

  listSources: z.strictObject({ filter: sourceFilter }).optional(),
  getSource: z.strictObject({ id }),
  importSource: z.strictObject({
    ...fileUpload,
    participantId: id.nullable().optional(),
    kind: sourceKind.optional(),
    title: name.optional(),
  }),
  updateSource: z.strictObject({
    id,
    title: name.optional(),
    participantId: id.nullable().optional(),
    kind: sourceKind.optional(),
  }),
  deleteSource: z.strictObject({ id }),
  searchSources: z.strictObject({
    query: z.string().max(1000),
    limit: z.number().int().min(1).max(1000).optional(),
    filter: sourceFilter,
  }),

  listCodes: none,
  listCodings: z
    .strictObject({ sourceId: id.optional(), codeId: id.optional(), coderId: id.optional() })
    .optional(),

  listAuditLog: z
    .strictObject({
      limit: z.number().int().min(1).max(10_000).optional(),
      beforeId: z.number().int().optional(),
    })
    .optional(),

  createCode: z.strictObject({ name, parentId: id.nullable().optional(), ...codeFields }),
  updateCode: z.strictObject({ id, name: name.optional(), ...codeFields }),
  moveCode: z.strictObject({ id, parentId: id.nullable(), index: z.number().int().min(0) }),
  previewDeleteCode: z.strictObject({ id }),
  deleteCode: z.strictObject({ id }),
  mergeCodes: z.strictObject({ codeId: id, intoCodeId: id }),
  splitCode: z.strictObject({
    codeId: id,
    codingIds: z.array(id).min(1, 'must name at least one coding').max(1_000_000),
    name,
    color: color.optional(),
  }),
  copyCodeSubtree: z.strictObject({ id, parentId: id.nullable() }),
  listCodeStats: z.strictObject({ aggregate: z.boolean().optional() }).optional(),

  applyCode: z.strictObject({
    sourceId: id,
    codeId: id,
    start: offset,
    end: offset,
    memo: longText.optional(),
  }),
  removeCoding: z.strictObject({ id }),
  adjustCoding: z.strictObject({ id, start: offset, end: offset }),
  setCodingMemo: z.strictObject({ id, memo: longText }),

  editSourceText: z.union([
    z.strictObject({
      sourceId: id,
      expectedRevision: z.number().int().min(0).optional(),
      edits: z.array(textEdit).max(100_000),
    }),
    z.strictObject({
      sourceId: id,
      expectedRevision: z.number().int().min(0).optional(),
      text: z.string().max(MAX_SOURCE_TEXT),
      baseText: z.string().max(MAX_SOURCE_TEXT).optional(),
    }),
  ]),

  undo: none,
  redo: none,
  getUndoState: none,

  listCodedSegments: z.strictObject(codedSegmentQuery),
  exportCodedSegments: z.strictObject({
    ...codedSegmentQuery,
    format: z.enum(['csv', 'markdown']),
  }),

  updateUser: z.strictObject({
    id,
    name: name.optional(),
    role: role.optional(),
    active: z.boolean().optional(),
  }),
  getCodebookPolicy: none,
  setCodebookPolicy: z.strictObject({ coderChanges }),

  createRound: z.strictObject({ name, mode: roundMode, assignments: roundAssignments }),
  updateRound: z.strictObject({
    id,
    name: name.optional(),
    mode: roundMode.optional(),
    assignments: roundAssignments.optional(),
  }),
  listRounds: none,
  getRoundProgress: z.strictObject({ roundId: id }),
  setAssignmentDone: z.strictObject({
    roundId: id,
    sourceId: id,
    done: z.boolean(),
    coderId: id.optional(),
  }),
  closeRound: z.strictObject({ id }),
  reopenRound: z.strictObject({ id }),

  exportCoderPackage: z.strictObject({ roundId: id.optional(), coderId: id }),
  openCoderPackage: z
    .strictObject({
      projectPath: path,
      packagePath: path.optional(),
      fileName: fileUpload.fileName.optional(),
      data: packageBytes.optional(),
    })
    .refine(
      (args) => (args.packagePath === undefined) !== (args.data === undefined),
      'give either packagePath or data',
    ),
  exportCoderReturn: none,
  mergeCoderReturn: z.strictObject(fileUpload),
  applyCoderReturn: z
    .strictObject({
      previewId: id.optional(),
      fileName: fileUpload.fileName.optional(),
      data: packageBytes.optional(),
      decisions: z
        .array(z.strictObject({ codeId: id, action: z.enum(['merge', 'keep']) }))
        .max(100_000)
        .optional(),
    })
    .refine(
      (args) => (args.previewId === undefined) !== (args.data === undefined),
      'give either previewId or data',
    ),

  computeAgreement: z.strictObject(agreementQuery),
  listDisagreements: z.strictObject({
    roundId: id.optional(),
    sourceIds: ids.optional(),
    codeId: id.optional(),
    coderIds: z.array(id).min(2, 'must name at least two coders').max(100),
    limit: z.number().int().min(1).max(100_000).optional(),
  }),
  exportAgreementReport: z.strictObject({
    ...agreementQuery,
    format: z.enum(['csv', 'docx']),
  }),
} satisfies InputSchemas;

/** Describes a validation failure in words a user can act on. */
export function describeValidationError(method: string, error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return `Invalid arguments for ${method}.`;
  const where = first.path.length > 0 ? first.path.join('.') : 'argument';
  return `Invalid arguments for ${method}: ${where} ${first.message}`;
}
