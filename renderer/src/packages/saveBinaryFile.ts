import type { BinaryFile } from '../../../shared/api/contract';

/** Long enough for the browser (or Electron's save dialog) to have taken the blob. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a file the core made (a package or a return) as saveExportedFile does for text: a Blob
 * behind a temporary <a download>. In the browser this is a download; in Electron the host shows
 * its save dialog.
 */
export function saveBinaryFile(file: BinaryFile): void {
  const bytes = file.data as Uint8Array<ArrayBuffer>;
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the blob yet.
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
