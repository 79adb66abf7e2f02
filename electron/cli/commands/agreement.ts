import type { AgreementReport } from '../../../shared/api/contract';
import { formatFigure } from '../../../shared/rounds';
import type { CliCommand } from '../cli-context';
import { EXIT_OK, UsageError } from '../cli-errors';
import { writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';
import { findRound, findUsers } from './team-lookup';

const HELP = `Usage: concord agreement PROJECT [--round R] [--coders A,B] [--unit character|segment] [--overlap 0.9] [--exclude-uncoded] [--resamples N] [--json]

Inter-coder agreement of the project's codings: per code, per source, per pair of coders and
for the group: percent agreement, Cohen's kappa (pairs), Fleiss' kappa, Krippendorff's alpha
with a bootstrap interval, character- and segment-level agreement, unitizing alpha per code
(|u-alpha) and the u-alpha family as ATLAS.ti reports it: u-alpha and cu-alpha over all codes,
and for a code with subcodes the Cu-alpha among its subcodes (shown in the cu-alpha column).

Options:
      --round R          Only this round's sources and coders (name or id).
      --coders A,B       Coders to compare, by name (default: the round's, else all who coded).
      --unit UNIT        Headline unit: character (default) or segment.
      --overlap SHARE    Minimum overlap of matching segments, in (0, 1] (default 0.9).
      --exclude-uncoded  Leave out text no coder coded.
      --resamples N      Bootstrap replicates for alpha's interval (default 1000; 0: none).
      --json             Print the whole report as JSON (the computeAgreement result).
  -h, --help             Show this help.
`;

function number(flag: string, value: string): number {
  const parsed = Number(value);
  if (value.trim() === '' || !Number.isFinite(parsed)) {
    throw new UsageError(`${flag} "${value}" is not a number.`);
  }
  return parsed;
}

function formatReport(report: AgreementReport): string {
  const names = new Map(report.coders.map((coder) => [coder.id, coder.name]));
  const codes = new Map(report.codes.map((code) => [code.id, code.name]));
  const lines = [
    `Unit: ${report.unit}; ${report.sources.length} sources, ${report.codes.length} codes`,
    '',
    `${'Code'.padEnd(30)} ${'Coders'.padEnd(24)} ${'%agree'.padStart(7)} ${'kappa'.padStart(7)} ${'alpha'.padStart(7)} ${'|u-alpha'.padStart(8)} ${'u-alpha'.padStart(7)} ${'cu-alpha'.padStart(8)}`,
  ];
  for (const row of report.rows.filter((r) => r.sourceId === null)) {
    const f = row.figures;
    const kappa = row.scope === 'pair' ? f.cohenKappa : f.fleissKappa;
    const pooled = row.codeId === null;
    const family = [
      (pooled ? '' : formatFigure(f.unitizingAlpha)).padStart(8),
      (pooled ? formatFigure(f.uAlpha) : '').padStart(7),
      // On a code's row: the Cu-alpha among its subcodes, when it has any.
      (pooled
        ? formatFigure(f.cuAlpha)
        : f.domainCuAlpha === null
          ? ''
          : formatFigure(f.domainCuAlpha)
      ).padStart(8),
    ].join(' ');
    lines.push(
      `${(row.codeId === null ? 'All codes' : (codes.get(row.codeId) ?? '')).slice(0, 30).padEnd(30)} ${row.coderIds
        .map((id) => names.get(id) ?? id)
        .join(row.scope === 'pair' ? ' & ' : ', ')
        .slice(0, 24)
        .padEnd(
          24,
        )} ${formatFigure(f.percentAgreement).padStart(7)} ${formatFigure(kappa).padStart(7)} ${formatFigure(f.krippendorffAlpha).padStart(7)} ${family}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const agreementCommand: CliCommand = {
  name: 'agreement',
  summary: "Inter-coder agreement of a project's codings",
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('agreement', args, {
      round: { type: 'string' },
      coders: { type: 'string' },
      unit: { type: 'string' },
      overlap: { type: 'string' },
      'exclude-uncoded': { type: 'boolean' },
      resamples: { type: 'string' },
      json: { type: 'boolean' },
    });
    expectPositionals('agreement', positionals, ['PROJECT']);
    const unit = values.unit ?? 'character';
    if (unit !== 'character' && unit !== 'segment') {
      throw new UsageError(`--unit "${unit}" must be character or segment.`);
    }
    const overlap = values.overlap === undefined ? undefined : number('--overlap', values.overlap);
    if (overlap !== undefined && !(overlap > 0 && overlap <= 1)) {
      throw new UsageError(`--overlap ${overlap} must lie in (0, 1].`);
    }
    const resamples =
      values.resamples === undefined ? undefined : number('--resamples', values.resamples);
    if (resamples !== undefined && !(Number.isInteger(resamples) && resamples >= 0)) {
      throw new UsageError(`--resamples ${resamples} must be a whole number >= 0.`);
    }
    const report = await withProject(context, positionals[0] as string, async (api) => {
      const round = values.round === undefined ? undefined : await findRound(api, values.round);
      const coderIds =
        values.coders === undefined ? undefined : await findUsers(api, values.coders, '--coders');
      return api.computeAgreement({
        roundId: round?.id,
        coderIds,
        unit,
        overlap,
        excludeUncoded: values['exclude-uncoded'] ?? false,
        bootstrapResamples: resamples,
      });
    });
    if (values.json) writeJson(context, report);
    else context.stdout(formatReport(report));
    return EXIT_OK;
  },
};
