import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FileUpload } from '../../shared/api/contract';
import { MAX_UPLOAD_BYTES } from '../../shared/api/schemas';
import { InputError } from './cli-errors';

/** Reads a file the user named into the upload shape the API takes, with errors naming the file. */
export async function readInputFile(cwd: string, file: string): Promise<FileUpload> {
  const absolutePath = path.resolve(cwd, file);
  const info = await stat(absolutePath).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
  });
  if (!info.isFile()) throw new InputError(`${file}: not a file.`);
  if (info.size > MAX_UPLOAD_BYTES) {
    throw new InputError(`${file}: larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`);
  }
  const data = await readFile(absolutePath).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`${file}: cannot be read (${error.code ?? error.message}).`);
  });
  // A Uint8Array view of the same memory: the API validates instanceof Uint8Array, not Buffer.
  return {
    fileName: path.basename(absolutePath),
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  };
}
