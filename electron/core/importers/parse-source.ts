import type { ParsedSource } from '../../../shared/domain/parsed';
import type { SourceFormat } from '../../../shared/domain/types';
import { decodeText } from './decode-text';
import { badInput } from './errors';
import { classifyFile, titleFromFileName } from './file-kind';
import { extractDocxText } from './formats/docx';
import { looksLikeSrt, parseSrt } from './formats/srt';
import { looksLikeWebVtt, parseWebVtt } from './formats/webvtt';
import { splitLines } from './lines';
import { readTextTranscript } from './text-transcript';
import type { BuiltTranscript } from './transcript-builder';

/**
 * Files above this are refused before decoding: their text would not fit in a JavaScript
 * string, and no interview transcript comes near it.
 */
export const MAX_SOURCE_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Reads a transcript or field-notes file into Concord's canonical structure. The format comes
 * from the extension (.docx, .srt, .vtt) or else from the content. Every problem with the file
 * is reported as ApiError('bad_input', '<fileName>: <problem>').
 */
export async function parseSourceFile(fileName: string, data: Uint8Array): Promise<ParsedSource> {
  if (data.byteLength > MAX_SOURCE_FILE_BYTES) {
    const megabytes = Math.round(data.byteLength / (1024 * 1024));
    throw badInput(fileName, `is too large (${megabytes} MB); the limit is 512 MB.`);
  }
  const kind = classifyFile(fileName);
  const title = titleFromFileName(fileName);
  try {
    if (kind === 'docx') {
      const lines = splitLines(await extractDocxText(fileName, data));
      return finish(fileName, title, 'docx', readTextTranscript(lines).transcript, []);
    }
    const { text, warnings } = decodeText(fileName, data);
    const lines = splitLines(text);
    if (kind === 'webvtt' || (kind === 'text' && looksLikeWebVtt(lines))) {
      return finish(fileName, title, 'webvtt', parseWebVtt(fileName, lines), warnings);
    }
    if (kind === 'srt' || looksLikeSrt(lines)) {
      return finish(fileName, title, 'srt', parseSrt(fileName, lines), warnings);
    }
    const { convention, transcript } = readTextTranscript(lines);
    return finish(fileName, title, convention, transcript, warnings);
  } catch (error) {
    if (isTooLongForEngine(error)) throw badInput(fileName, 'is too large to read.');
    throw error;
  }
}

/**
 * Near the size limit a decoded text can exceed what the engine can hold in one string or
 * array; that is the file's size, not a bug.
 */
function isTooLongForEngine(error: unknown): boolean {
  if (error instanceof RangeError) return /Invalid (string|array) length/.test(error.message);
  return (error as { code?: unknown } | null)?.code === 'ERR_STRING_TOO_LONG';
}

function finish(
  fileName: string,
  title: string,
  format: SourceFormat,
  transcript: BuiltTranscript,
  warnings: string[],
): ParsedSource {
  if (!/\S/.test(transcript.text)) {
    throw badInput(fileName, 'contains no transcript text.');
  }
  return { title, format, ...transcript, warnings };
}
