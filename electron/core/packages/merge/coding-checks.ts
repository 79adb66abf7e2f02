import { createHash } from 'node:crypto';
import type { Id } from '../../../../shared/domain/types';
import type { ProjectStore } from '../../store';
import { assertWholeCharacters } from '../../store/text-remap';
import type { Row } from '../tables';
import type { ParsedReturn } from './read-return';

interface SourceText {
  text: string;
  hash: string;
}

/**
 * Whether a coding of a return may enter the project at all: it must be the return's coder's, on
 * a source of this project assigned to them in the return's round, made on the very same text,
 * over a span of whole characters inside it.
 */
export class CodingChecks {
  private readonly texts = new Map<Id, SourceText | null>();
  private readonly assigned: Set<Id> | null;
  private readonly roundName: string;
  private readonly selectText;

  constructor(
    store: ProjectStore,
    private readonly parsed: ParsedReturn,
  ) {
    const { roundId, coderId } = parsed.manifest;
    const round = roundId === null ? null : store.rounds.get(roundId);
    this.roundName = round?.name ?? '';
    this.assigned = round
      ? new Set(round.assignments.filter((a) => a.coderId === coderId).map((a) => a.sourceId))
      : null;
    this.selectText = store.db
      .prepare(
        'SELECT t.text FROM source_texts t JOIN sources s ON s.seq = t.source_seq WHERE s.id = ?',
      )
      .pluck();
  }

  /** The project's text of a source with its SHA-256, or null if the project lacks the source. */
  sourceText(id: Id): SourceText | null {
    if (!this.texts.has(id)) {
      const found = this.selectText.get(id) as string | undefined;
      this.texts.set(
        id,
        found === undefined
          ? null
          : { text: found, hash: createHash('sha256').update(found, 'utf8').digest('hex') },
      );
    }
    return this.texts.get(id)!;
  }

  /** Why the coding is refused, or null if it may be merged. */
  refusal(row: Row): string | null {
    const { coderId, coderName } = this.parsed.manifest;
    const sourceId = String(row.source_id);
    if (row.coder_id !== coderId) return "it belongs to a coder other than the return's";
    const source = this.sourceText(sourceId);
    if (!source) return 'its source is not in this project';
    if (this.assigned && !this.assigned.has(sourceId)) {
      return `${coderName} is not assigned to this source in round "${this.roundName}"`;
    }
    if (this.parsed.content.textHashes[sourceId] !== source.hash) {
      return 'the text of its source differs between the return and this project';
    }
    const start = Number(row.start);
    const end = Number(row.end);
    const inside =
      Number.isInteger(start) &&
      Number.isInteger(end) &&
      start >= 0 &&
      end > start &&
      end <= source.text.length;
    try {
      if (!inside) throw new RangeError('outside');
      assertWholeCharacters(source.text, [start, end], 'coding');
    } catch {
      return `its span [${String(row.start)}, ${String(row.end)}) does not fit the text`;
    }
    return null;
  }
}
