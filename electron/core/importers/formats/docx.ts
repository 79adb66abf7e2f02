import mammoth from 'mammoth';
import { badInput } from '../errors';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: legacy .doc (and other old Office formats). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const SAVE_AS_DOCX =
  'open it in Word (or LibreOffice) and save it as .docx, then import that file.';

/**
 * The text of a Word document, one paragraph per line with a blank line between paragraphs
 * (mammoth's raw text), so that it goes through the same convention detection as a text file.
 */
export async function extractDocxText(fileName: string, data: Uint8Array): Promise<string> {
  if (startsWith(data, OLE_MAGIC)) {
    throw badInput(fileName, `is an old-style Word document (.doc); ${SAVE_AS_DOCX}`);
  }
  if (!startsWith(data, ZIP_MAGIC)) {
    throw badInput(fileName, 'is not a readable Word document (.docx).');
  }
  let text: string;
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(data) });
    text = result.value;
  } catch {
    // mammoth fails with zip or XML errors that mean nothing to the user; the cause is the file.
    throw badInput(
      fileName,
      'is not a readable Word document (.docx); it may be damaged or incomplete.',
    );
  }
  if (!/\S/.test(text)) throw badInput(fileName, 'the document contains no text.');
  return text;
}

function startsWith(data: Uint8Array, prefix: readonly number[]): boolean {
  return data.length >= prefix.length && prefix.every((byte, index) => data[index] === byte);
}
