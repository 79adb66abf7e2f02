import type { ConcordApi } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { SOURCE_KINDS, type Id, type SourceKind } from '../../../shared/domain/types';
import type { CliCommand, CliContext } from '../cli-context';
import {
  EXIT_BAD_INPUT,
  EXIT_INTERNAL,
  EXIT_OK,
  UsageError,
  describeError,
  exitCodeFor,
} from '../cli-errors';
import { plural } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';
import { readInputFile } from '../read-input-file';

const HELP = `Usage: concord import PROJECT FILES... [--participant NAME] [--kind interview|field_notes]

Imports transcripts and notes (plain text, timestamped, speaker-labelled, Otter, Rev, f4, SRT,
WebVTT, .docx) into PROJECT. Each file is imported on its own: a file that cannot be imported is
reported and the others are still imported.

Options:
      --participant NAME  Link every imported source to the participant with this pseudonym
                          (created if the project has none by that name).
      --kind KIND         interview (default) or field_notes.
  -h, --help              Show this help.

Exit status: 0 if every file was imported, 1 if any file was refused, 2 on an internal error.
`;

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'Import transcript and note files',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('import', args, {
      participant: { type: 'string' },
      kind: { type: 'string' },
    });
    expectPositionals('import', positionals, ['PROJECT', 'FILES...'], { rest: true });
    const [project, ...files] = positionals as [string, ...string[]];
    const kind = parseKind(values.kind);
    const participantName = values.participant?.trim();
    if (values.participant !== undefined && !participantName) {
      throw new UsageError('concord import: --participant must not be empty.');
    }

    return withProject(context, project, async (api) => {
      const participant = participantName
        ? await findOrCreateParticipant(api, participantName)
        : null;
      let worstExit = EXIT_OK;
      let imported = 0;
      for (const file of files) {
        const exit = await importOne(api, context, file, {
          participantId: participant?.id ?? null,
          kind,
        });
        if (exit === EXIT_OK) imported++;
        worstExit = Math.max(worstExit, exit);
      }
      // A participant made only for this run stays only if something was linked to it.
      if (participant?.created && imported === 0) {
        await api.deleteParticipant({ id: participant.id });
      }
      const failed = files.length - imported;
      context.stderr(
        `${plural(imported, 'file')} imported` + (failed > 0 ? `, ${failed} refused.\n` : '.\n'),
      );
      return worstExit;
    });
  },
};

function parseKind(value: string | undefined): SourceKind | undefined {
  if (value === undefined) return undefined;
  if (!(SOURCE_KINDS as readonly string[]).includes(value)) {
    throw new UsageError(
      `concord import: --kind must be one of ${SOURCE_KINDS.join(', ')}, got "${value}".`,
    );
  }
  return value as SourceKind;
}

async function findOrCreateParticipant(
  api: ConcordApi,
  pseudonym: string,
): Promise<{ id: Id; created: boolean }> {
  const existing = (await api.listParticipants()).find((p) => p.pseudonym === pseudonym);
  if (existing) return { id: existing.id, created: false };
  const created = await api.createParticipant({ pseudonym });
  return { id: created.id, created: true };
}

async function importOne(
  api: ConcordApi,
  context: CliContext,
  file: string,
  options: { participantId: Id | null; kind: SourceKind | undefined },
): Promise<number> {
  try {
    const upload = await readInputFile(context.cwd, file);
    const result = await api.importSource({
      ...upload,
      participantId: options.participantId,
      ...(options.kind ? { kind: options.kind } : {}),
    });
    context.stdout(
      `Imported ${file} as "${result.title}" (${result.format}, ${plural(result.wordCount, 'word')}, ` +
        `${plural(result.turnCount, 'turn')})\n`,
    );
    for (const warning of result.warnings) context.stderr(`  warning: ${file}: ${warning}\n`);
    return EXIT_OK;
  } catch (error) {
    const code = exitCodeFor(error);
    // ApiError messages from the importer may not repeat the file name; make sure it is there.
    const message = describeError(error);
    const named =
      error instanceof ApiError && !message.includes(file) ? `${file}: ${message}` : message;
    context.stderr(`Refused ${named}\n`);
    return code === EXIT_INTERNAL ? EXIT_INTERNAL : EXIT_BAD_INPUT;
  }
}
