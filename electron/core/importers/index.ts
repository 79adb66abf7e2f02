/**
 * Importers: turn users' files into what the store takes. Pure functions of (file name, bytes);
 * they read nothing from disk and store nothing.
 */
export { parseSourceFile, MAX_SOURCE_FILE_BYTES } from './parse-source';
export { parseParticipantsCsv } from './participants-csv';
