import { createHash } from 'node:crypto';
import { ApiError } from '../../../shared/api/errors';
import type { Id } from '../../../shared/domain/types';
import { readArchive, writeArchive, type ReadArchiveOptions } from './archive';

/**
 * The two files coders exchange with the lead, each a zip of `manifest.json` and `content.json`.
 * The manifest names the project, round and coder and carries the SHA-256 of content.json, so a
 * file for another project or a damaged file is refused before anything is read from it.
 */
export const PACKAGE_FORMAT = 'concord-coder-package';
export const RETURN_FORMAT = 'concord-coder-return';
export const FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.concord-package';
export const RETURN_EXTENSION = '.concord-return';

const ENTRIES = ['manifest.json', 'content.json'] as const;

export interface Manifest {
  format: typeof PACKAGE_FORMAT | typeof RETURN_FORMAT;
  formatVersion: number;
  projectId: Id;
  projectName: string;
  roundId: Id | null;
  coderId: Id;
  coderName: string;
  createdAt: string;
  /** SHA-256 (hex) of content.json's UTF-8 bytes. */
  checksum: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function writeExchangeFile(
  manifest: Omit<Manifest, 'checksum' | 'formatVersion'>,
  content: unknown,
): Uint8Array {
  const contentJson = JSON.stringify(content);
  const full: Manifest = {
    ...manifest,
    formatVersion: FORMAT_VERSION,
    checksum: sha256(contentJson),
  };
  return writeArchive({
    'manifest.json': JSON.stringify(full, null, 2),
    'content.json': contentJson,
  });
}

/** Reads and checks an exchange file of the given format; returns its manifest and content. */
export function readExchangeFile<Content>(
  fileName: string,
  bytes: Uint8Array,
  format: Manifest['format'],
  options: Pick<ReadArchiveOptions, 'maxUncompressedBytes'> = {},
): { manifest: Manifest; content: Content } {
  const entries = readArchive(fileName, bytes, { ...options, expected: ENTRIES });
  const refuse = (problem: string) =>
    new ApiError('bad_input', `Cannot read ${fileName}: ${problem}.`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(entries.get('manifest.json')!) as Manifest;
  } catch {
    throw refuse('its manifest is not valid JSON');
  }
  if (typeof manifest !== 'object' || manifest === null || manifest.format !== format) {
    const what = format === PACKAGE_FORMAT ? 'a coder package' : 'a coder return';
    throw refuse(`it is not ${what}`);
  }
  if (manifest.formatVersion !== FORMAT_VERSION) {
    throw new ApiError(
      'unsupported_version',
      `Cannot read ${fileName}: it was made by a Concord with file format ${String(manifest.formatVersion)}; this one reads format ${FORMAT_VERSION}.`,
    );
  }
  for (const key of ['projectId', 'coderId', 'checksum', 'projectName', 'coderName'] as const) {
    if (typeof manifest[key] !== 'string' || manifest[key] === '') {
      throw refuse(`its manifest has no ${key}`);
    }
  }
  const contentJson = entries.get('content.json')!;
  if (sha256(contentJson) !== manifest.checksum) {
    throw refuse('its checksum does not match its content (the file was changed or damaged)');
  }
  try {
    return { manifest, content: JSON.parse(contentJson) as Content };
  } catch {
    throw refuse('its content is not valid JSON');
  }
}
