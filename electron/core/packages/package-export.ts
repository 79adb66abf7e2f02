import { ApiError } from '../../../shared/api/errors';
import type { Id } from '../../../shared/domain/types';
import type { ProjectStore } from '../store';
import { PACKAGE_EXTENSION, PACKAGE_FORMAT, writeExchangeFile } from './format';
import type { PackageContent } from './package-content';
import { selectRows } from './tables';

const IN_LIST = (column: string) => `${column} IN (SELECT value FROM json_each(?))`;

/** File-name-safe form of a name. */
export function fileSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase();
  return slug === '' ? 'coder' : slug;
}

/**
 * A coder's package: the sources assigned to them in the round (every source without a round),
 * the participants of those sources, the codebook and the coder's own codings. Nobody else's
 * codings leave the project.
 */
export function buildCoderPackage(
  store: ProjectStore,
  options: { roundId?: Id; coderId: Id },
): { fileName: string; data: Uint8Array } {
  const coder = store.users.get(options.coderId);
  const round = options.roundId === undefined ? null : store.rounds.get(options.roundId);
  let sourceIds: Id[];
  if (round) {
    sourceIds = round.assignments
      .filter((assignment) => assignment.coderId === coder.id)
      .map((assignment) => assignment.sourceId);
    if (sourceIds.length === 0) {
      throw new ApiError(
        'bad_input',
        `${coder.name} is not assigned to any source in round "${round.name}".`,
      );
    }
  } else {
    sourceIds = store.db.prepare('SELECT id FROM sources ORDER BY seq').pluck().all() as Id[];
  }
  const db = store.db;
  const sources = JSON.stringify(sourceIds);
  const sourceRows = selectRows(db, 'sources', `${IN_LIST('id')} ORDER BY seq`, [sources]);
  const participantIds = JSON.stringify([
    ...new Set(sourceRows.map((row) => row.participant_id).filter((id) => id !== null)),
  ]);
  const texts: Record<string, string> = {};
  for (const id of sourceIds) texts[id] = store.sources.getText(id);

  const roundId = round?.id ?? null;
  const content: PackageContent = {
    policy: store.codebookPolicy.get(),
    // The coder, and the leads so that names in the history read right.
    users: selectRows(db, 'users', "id = ? OR role = 'lead'", [coder.id]),
    attributes: selectRows(db, 'attributes'),
    participants: selectRows(db, 'participants', IN_LIST('id'), [participantIds]),
    participant_values: selectRows(db, 'participant_values', IN_LIST('participant_id'), [
      participantIds,
    ]),
    sources: sourceRows,
    texts,
    source_turns: selectRows(db, 'source_turns', IN_LIST('source_id'), [sources]),
    sync_points: selectRows(db, 'sync_points', IN_LIST('source_id'), [sources]),
    codes: selectRows(db, 'codes'),
    codings: selectRows(db, 'codings', `coder_id = ? AND ${IN_LIST('source_id')}`, [
      coder.id,
      sources,
    ]),
    rounds: roundId ? selectRows(db, 'rounds', 'id = ?', [roundId]) : [],
    round_sources: roundId
      ? selectRows(db, 'round_sources', `round_id = ? AND ${IN_LIST('source_id')}`, [
          roundId,
          sources,
        ])
      : [],
    round_assignments: roundId
      ? selectRows(db, 'round_assignments', 'round_id = ? AND coder_id = ?', [roundId, coder.id])
      : [],
  };
  const project = store.project.get();
  const data = writeExchangeFile(
    {
      format: PACKAGE_FORMAT,
      projectId: project.id,
      projectName: project.name,
      roundId,
      coderId: coder.id,
      coderName: coder.name,
      createdAt: new Date().toISOString(),
    },
    content,
  );
  const roundPart = round ? `-${fileSlug(round.name)}` : '';
  return {
    fileName: `${fileSlug(project.name)}${roundPart}-${fileSlug(coder.name)}${PACKAGE_EXTENSION}`,
    data,
  };
}
