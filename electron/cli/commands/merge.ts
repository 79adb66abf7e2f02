import type { MergeReport } from '../../../shared/api/contract';
import type { CliCommand } from '../cli-context';
import { EXIT_OK } from '../cli-errors';
import { writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';
import { readInputFile } from '../read-input-file';

const HELP = `Usage: concord merge PROJECT RETURN_FILE [--merge-same-names] [--json]

Merges a coder's return file into the project: new codes, the coder's codebook edits (the
lead's own later edits win and are reported), and the coder's codings. Merging the same file
again changes nothing. Codings on sources not assigned to the coder are refused and reported.

A code the coder added under a name the project already uses is not merged unless
--merge-same-names is given (then it becomes the existing code); otherwise it is reported
and its codings wait for a later merge.

Options:
      --merge-same-names  Merge new codes into existing codes of the same name.
      --json              Print the merge report as JSON (the applyCoderReturn result).
  -h, --help              Show this help.
`;

function formatReport(report: MergeReport): string {
  const lines = [
    `Codes: ${report.codesCreated} created, ${report.codesMerged} merged, ${report.codeEditsApplied} edits applied`,
    `Codings: ${report.codingsAdded} added, ${report.codingsUpdated} updated, ${report.codingsRemoved} removed, ${report.codingsUnchanged} unchanged`,
  ];
  for (const collision of report.unresolvedCollisions) {
    lines.push(
      `Not merged: code "${collision.name}" has the name of an existing code (${collision.codings} codings wait; use --merge-same-names)`,
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

export const mergeCommand: CliCommand = {
  name: 'merge',
  summary: "Merge a coder's return file into the project",
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('merge', args, {
      'merge-same-names': { type: 'boolean' },
      json: { type: 'boolean' },
    });
    expectPositionals('merge', positionals, ['PROJECT', 'RETURN_FILE']);
    const upload = await readInputFile(context.cwd, positionals[1] as string);
    const report = await withProject(context, positionals[0] as string, async (api) => {
      const preview = await api.mergeCoderReturn(upload);
      const decisions = values['merge-same-names']
        ? preview.nameCollisions.map((collision) => ({
            codeId: collision.codeId,
            action: 'merge' as const,
          }))
        : [];
      return api.applyCoderReturn({ previewId: preview.previewId, decisions });
    });
    if (values.json) writeJson(context, report);
    else context.stdout(formatReport(report));
    return EXIT_OK;
  },
};
