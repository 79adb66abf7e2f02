import type { BinaryFile } from '../../../shared/api/contract';

/** Long enough for the browser (or Electron's save dialog) to have taken the blob. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a file the way every export does (retrieval/saveExportedFile.ts): a Blob behind a
 * temporary <a download>; in the browser a download, in Electron the host's save dialog. This
 * one takes bytes (a DOCX, a CSV with its byte order mark, an SVG) where the retrieval helper
 * takes text; passing the bytes straight to the Blob keeps them exactly as the core made them.
 */
export function saveBinaryFile(file: BinaryFile): void {
  const url = URL.createObjectURL(
    new Blob([file.data as Uint8Array<ArrayBuffer>], { type: file.mimeType }),
  );
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
