import type { FileUpload } from '../../../shared/api/contract';

/** Package and return files are zips named .concord-package / .concord-return. */
export const PACKAGE_ACCEPT = '.concord-package,.zip';
export const RETURN_ACCEPT = '.concord-return,.zip';

/** A file chosen in a file input, as the API takes uploads. */
export async function readFileUpload(file: File): Promise<FileUpload> {
  return { fileName: file.name, data: new Uint8Array(await file.arrayBuffer()) };
}
