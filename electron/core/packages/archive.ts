import { Unzip, UnzipInflate, strFromU8, strToU8, zipSync } from 'fflate';
import { ApiError } from '../../../shared/api/errors';

/**
 * The zip container of coder packages and returns. Reading is defensive, because a package may
 * come from anywhere: only the expected entry names are accepted (no folders, so no path
 * traversal), and the bytes inflated are counted as they come out, so a zip bomb is stopped at
 * the cap whatever sizes its headers claim.
 */

/** The most a package may inflate to, all entries together. */
export const MAX_ARCHIVE_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024;

export function writeArchive(entries: Record<string, string>): Uint8Array {
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, text]) => [name, strToU8(text)])),
    { level: 6 },
  );
}

export interface ReadArchiveOptions {
  /** Names the archive must consist of; anything else is refused. */
  expected: readonly string[];
  maxUncompressedBytes?: number;
}

/** The archive's entries as text; ApiError('bad_input') naming `fileName` for anything wrong. */
export function readArchive(
  fileName: string,
  bytes: Uint8Array,
  options: ReadArchiveOptions,
): Map<string, string> {
  const cap = options.maxUncompressedBytes ?? MAX_ARCHIVE_UNCOMPRESSED_BYTES;
  const expected = new Set(options.expected);
  const chunks = new Map<string, Uint8Array[]>();
  const finished = new Set<string>();
  let total = 0;
  let failure: string | null = null;
  const fail = (message: string) => {
    failure ??= message;
  };

  const unzip = new Unzip((file) => {
    if (failure) return;
    if (!expected.has(file.name)) {
      fail(`it contains an unexpected entry "${file.name.slice(0, 200)}"`);
      return;
    }
    if (chunks.has(file.name)) {
      fail(`it contains "${file.name}" twice`);
      return;
    }
    if (file.originalSize !== undefined && total + file.originalSize > cap) {
      fail(`it would unpack to more than ${Math.round(cap / (1024 * 1024))} MB`);
      return;
    }
    const parts: Uint8Array[] = [];
    chunks.set(file.name, parts);
    file.ondata = (error, data, final) => {
      if (failure) return;
      if (error) {
        fail(`"${file.name}" is damaged (${error.message})`);
        return;
      }
      total += data.length;
      if (total > cap) {
        fail(`it would unpack to more than ${Math.round(cap / (1024 * 1024))} MB`);
        file.terminate();
        return;
      }
      parts.push(data);
      if (final) finished.add(file.name);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    unzip.push(bytes, true);
  } catch (error) {
    fail(`it is not a readable zip file (${error instanceof Error ? error.message : 'damaged'})`);
  }
  const missing = options.expected.find((name) => !finished.has(name));
  if (!failure && missing) fail(`it is incomplete or not a Concord file (no "${missing}")`);
  if (failure) throw new ApiError('bad_input', `Cannot read ${fileName}: ${failure}.`);

  const result = new Map<string, string>();
  for (const [name, parts] of chunks) {
    const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      joined.set(part, at);
      at += part.length;
    }
    result.set(name, strFromU8(joined));
  }
  return result;
}
