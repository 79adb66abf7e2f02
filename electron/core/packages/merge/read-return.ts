import { ApiError } from '../../../../shared/api/errors';
import type { ProjectStore } from '../../store';
import { RETURN_FORMAT, readExchangeFile, type Manifest } from '../format';
import type { ReturnContent } from '../package-content';

export interface ParsedReturn {
  fileName: string;
  manifest: Manifest;
  content: ReturnContent;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape of content.json (checksummed, but written by any tool); throws naming the file. */
function checkContent(fileName: string, content: unknown): ReturnContent {
  const refuse = (problem: string) =>
    new ApiError('bad_input', `Cannot read ${fileName}: ${problem}.`);
  if (!isRecord(content)) throw refuse('its content is not a return');
  for (const key of ['codes', 'baseCodes', 'codings', 'baseCodings'] as const) {
    if (!Array.isArray(content[key])) throw refuse(`its ${key} are missing`);
  }
  const rows = [content.codes, content.baseCodes, content.codings] as unknown[][];
  if (rows.some((list) => list.some((row) => !isRecord(row) || typeof row.id !== 'string'))) {
    throw refuse('a code or coding has no id');
  }
  const packaged = content.baseCodings as unknown[];
  const wellFormed = (coding: unknown) =>
    isRecord(coding) &&
    ['id', 'sourceId', 'codeId', 'memo'].every((key) => typeof coding[key] === 'string') &&
    typeof coding.start === 'number' &&
    typeof coding.end === 'number';
  if (!packaged.every(wellFormed)) throw refuse('a packaged coding is malformed');
  const checked = content as unknown as ReturnContent;
  if (!isRecord(checked.textHashes)) checked.textHashes = {};
  checked.done = Array.isArray(checked.done)
    ? checked.done.filter(
        (mark) =>
          isRecord(mark) && typeof mark.roundId === 'string' && typeof mark.sourceId === 'string',
      )
    : [];
  return checked;
}

/**
 * Reads a return and checks it belongs to this project, to one of its rounds in which its coder
 * has sources, and to one of its users. Every refusal names the file and changes nothing.
 */
export function readCoderReturn(
  store: ProjectStore,
  fileName: string,
  bytes: Uint8Array,
): ParsedReturn {
  const read = readExchangeFile<unknown>(fileName, bytes, RETURN_FORMAT);
  const manifest = read.manifest;
  const project = store.project.get();
  if (manifest.projectId !== project.id) {
    throw new ApiError(
      'bad_input',
      `${fileName} is a return for the project "${manifest.projectName}", not for "${project.name}".`,
    );
  }
  const coder = store.users.find(manifest.coderId);
  if (!coder) {
    throw new ApiError('bad_input', `${fileName} comes from a coder who is not in this project.`);
  }
  if (manifest.roundId !== null) {
    const round = store.rounds.find(manifest.roundId);
    if (!round) {
      throw new ApiError(
        'bad_input',
        `${fileName} belongs to a round this project does not have (it may have been deleted).`,
      );
    }
    if (!round.assignments.some((assignment) => assignment.coderId === coder.id)) {
      throw new ApiError(
        'bad_input',
        `${fileName} is ${coder.name}'s work for round "${round.name}", but ${coder.name} has no sources in that round.`,
      );
    }
  }
  return { fileName, manifest, content: checkContent(fileName, read.content) };
}
