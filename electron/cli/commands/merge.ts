import type { MergeDecision, MergePreview, MergeReport } from '../../../shared/api/contract';
import type { CliCommand } from '../cli-context';
import { ApiError } from '../../../shared/api/errors';
import { EXIT_OK, InputError, UsageError } from '../cli-errors';
import { plural, writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';
import { readInputFile } from '../read-input-file';

const HELP = `Usage: concord merge PROJECT RETURN_FILE [--dry-run] [--merge-same-names | --keep-same-names] [--json]

Merges a coder's return file (written by \`concord return\` or Concord's "Export return") into
the project: new codes, the coder's codebook edits (the lead's own later edits win and are
reported), and the coder's codings. Prints what the return holds, then what was merged.
Merging the same file again changes nothing. Codings on sources not assigned to the coder are
refused and reported. A return made for another project or round is refused (exit 1) and
nothing is changed.

Codes the coder added under a name the project already uses (for instance because two coders
each added the same code) are decided without asking:
  (default)           not merged: reported, and their codings wait for a later merge;
  --merge-same-names  merged into the existing code of that name;
  --keep-same-names   kept as new codes, renamed "NAME (CODER)".

Options:
      --dry-run           Print what merging would do and change nothing.
      --merge-same-names  Merge new codes into existing codes of the same name.
      --keep-same-names   Keep same-named new codes as separate codes, renamed.
      --json              Print JSON: the merge report (applyCoderReturn's result), or with
                          --dry-run the preview (mergeCoderReturn's result).
  -h, --help              Show this help.
`;

function formatPreview(preview: MergePreview): string {
  const { codings } = preview;
  const lines = [
    `Return of ${preview.coderName} (${preview.fileName}):`,
    `  Codings: ${codings.added} new, ${codings.updated} updated, ${codings.removed} removed, ${codings.unchanged} unchanged, ${codings.refused.length} refused`,
    `  Codes: ${plural(preview.newCodes.length, 'new code')}, ${plural(preview.codeEdits.length, 'code edit')}, ${plural(preview.nameCollisions.length, 'name collision')}, ${plural(preview.editConflicts.length, 'edit conflict')}`,
  ];
  for (const code of preview.newCodes) lines.push(`  New code "${code.name}"`);
  for (const collision of preview.nameCollisions) {
    lines.push(
      `  Same name as an existing code: "${collision.name}" (${plural(collision.codings, 'coding')})`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function formatReport(report: MergeReport): string {
  // A merged collision changes nothing by itself (its codings count as added or unchanged).
  const changed =
    report.codesCreated +
    report.codeEditsApplied +
    report.codingsAdded +
    report.codingsUpdated +
    report.codingsRemoved;
  const lines = [
    changed === 0 ? 'Merged: nothing changed (the return brings nothing new).' : 'Merged:',
    `  Codes: ${report.codesCreated} created, ${report.codesMerged} merged, ${report.codeEditsApplied} edits applied`,
    `  Codings: ${report.codingsAdded} added, ${report.codingsUpdated} updated, ${report.codingsRemoved} removed, ${report.codingsUnchanged} unchanged`,
  ];
  for (const collision of report.unresolvedCollisions) {
    lines.push(
      `Not merged: code "${collision.name}" has the name of an existing code (${plural(collision.codings, 'coding')} wait; use --merge-same-names or --keep-same-names)`,
    );
  }
  for (const conflict of report.editConflicts) {
    lines.push(
      `Kept the project's ${conflict.field} of a code: "${conflict.project}" (the coder had "${conflict.coder}")`,
    );
  }
  for (const refusal of report.refused)
    lines.push(`Refused coding ${refusal.codingId}: ${refusal.reason}`);
  return `${lines.join('\n')}\n`;
}

/** The decision for every name collision, from the command line; none leaves them waiting. */
function decisionsFor(
  preview: MergePreview,
  sameNames: MergeDecision['action'] | null,
): MergeDecision[] {
  if (sameNames === null) return [];
  return preview.nameCollisions.map((collision) => ({
    codeId: collision.codeId,
    action: sameNames,
  }));
}

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: "Merge a coder's return file into the project",
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('merge', args, {
      'dry-run': { type: 'boolean' },
      'merge-same-names': { type: 'boolean' },
      'keep-same-names': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    expectPositionals('merge', positionals, ['PROJECT', 'RETURN_FILE']);
    if (values['merge-same-names'] && values['keep-same-names']) {
      throw new UsageError(
        'concord merge: give either --merge-same-names or --keep-same-names, not both.',
      );
    }
    const sameNames = values['merge-same-names']
      ? 'merge'
      : values['keep-same-names']
        ? 'keep'
        : null;
    const upload = await readInputFile(context.cwd, positionals[1] as string);
    await withProject(context, positionals[0] as string, async (api) => {
      const preview = await api.mergeCoderReturn(upload).catch((error: unknown) => {
        // A refused return (another project, round or coder) is the user's to fix.
        if (error instanceof ApiError && error.code !== 'internal') {
          throw new InputError(`${error.message} Nothing was changed.`);
        }
        throw error;
      });
      if (values['dry-run']) {
        if (values.json) writeJson(context, preview);
        else context.stdout(`${formatPreview(preview)}Dry run: nothing was changed.\n`);
        return;
      }
      if (!values.json) context.stdout(formatPreview(preview));
      const report = await api.applyCoderReturn({
        previewId: preview.previewId,
        decisions: decisionsFor(preview, sameNames),
      });
      if (values.json) writeJson(context, report);
      else context.stdout(formatReport(report));
    });
    return EXIT_OK;
  },
};
