import type { SourceKind } from '../../../shared/domain/types';

/** One file of the demo study, imported through the same importers a user's files go through. */
export interface DemoSourceFile {
  /** The file name the importer sees; its extension and content pick the format. */
  fileName: string;
  /** Pseudonym of the participant (a row of the demo participants table). */
  participant: string;
  kind: SourceKind;
  content: string;
}
