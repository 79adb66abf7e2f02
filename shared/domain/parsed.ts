import type { AttributeType, SourceFormat, SpeakerTurn, SyncPoint } from './types';

/**
 * What an importer makes of a file before anything is stored. The store takes it whole in one
 * transaction, so a file that fails to parse changes nothing.
 */
export interface ParsedSource {
  /** A title proposed from the file name or the document. */
  title: string;
  format: SourceFormat;
  /** Canonical text: turns joined by '\n', line endings normalised to '\n'. */
  text: string;
  /** Non-empty for structured transcripts; a plain text yields one turn per paragraph. */
  turns: SpeakerTurn[];
  syncPoints: SyncPoint[];
  /** Non-fatal observations the user should see (e.g. "decoded as Windows-1252"). */
  warnings: string[];
}

/** A participants table read from CSV: one row per participant, one column per attribute. */
export interface ParsedParticipantTable {
  /** Column holding the pseudonym (matched by header name, else the first column). */
  pseudonymColumn: string;
  columns: ParsedAttributeColumn[];
  rows: ParsedParticipantRow[];
  warnings: string[];
}

export interface ParsedAttributeColumn {
  name: string;
  /** Inferred from the values; the user may change it afterwards. */
  type: AttributeType;
  /** For 'choice': the distinct values in first-seen order. */
  choices: string[];
}

export interface ParsedParticipantRow {
  pseudonym: string;
  /** Column name -> normalised value (numbers as number, dates as YYYY-MM-DD). */
  values: Record<string, string | number | null>;
}
