import type { CodeStats } from '../../../shared/api/contract';
import { buildTree, walkTree } from '../../../shared/codebook';
import type { Code, Id } from '../../../shared/domain/types';
import type { CliCommand } from '../cli-context';
import { EXIT_OK } from '../cli-errors';
import { writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';

const HELP = `Usage: concord codes PROJECT [--json]

Shows the coding tree with, per code, its codings, sources and participants. Counts include the
codes below it (a participant or source is counted once).

Options:
      --json  Print the codes as one JSON array, parents before children:
              [{ id, parentId, name, color, depth, counts: { codings, sources, participants },
                 ownCounts: { ... } }]
  -h, --help  Show this help.
`;

export interface CodeListing {
  id: Id;
  parentId: Id | null;
  name: string;
  color: string;
  depth: number;
  /** Over the code and all its descendants. */
  counts: Omit<CodeStats, 'codeId'>;
  /** Of the code itself. */
  ownCounts: Omit<CodeStats, 'codeId'>;
}

export const codesCommand: CliCommand = {
  name: 'codes',
  summary: 'Show the coding tree with counts',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('codes', args, { json: { type: 'boolean' } });
    expectPositionals('codes', positionals, ['PROJECT']);
    const listing = await withProject(context, positionals[0] as string, async (api) =>
      codeListing(
        await api.listCodes(),
        await api.listCodeStats({ aggregate: true }),
        await api.listCodeStats(),
      ),
    );
    if (values.json) writeJson(context, listing);
    else context.stdout(formatListing(listing));
    return EXIT_OK;
  },
};

function codeListing(codes: Code[], aggregated: CodeStats[], own: CodeStats[]): CodeListing[] {
  const counts = (stats: CodeStats[], id: Id) => {
    const found = stats.find((entry) => entry.codeId === id);
    return {
      codings: found?.codings ?? 0,
      sources: found?.sources ?? 0,
      participants: found?.participants ?? 0,
    };
  };
  const listing: CodeListing[] = [];
  walkTree(buildTree(codes), ({ code }, depth) => {
    listing.push({
      id: code.id,
      parentId: code.parentId,
      name: code.name,
      color: code.color,
      depth,
      counts: counts(aggregated, code.id),
      ownCounts: counts(own, code.id),
    });
  });
  return listing;
}

function formatListing(listing: CodeListing[]): string {
  if (listing.length === 0) return 'No codes.\n';
  const lines = listing.map((code) => {
    const { codings, sources, participants } = code.counts;
    const label = `${'  '.repeat(code.depth)}${code.name}`;
    return `${label.padEnd(48)} ${String(codings).padStart(6)} codings  ${String(sources).padStart(4)} sources  ${String(participants).padStart(4)} participants`;
  });
  return `${lines.join('\n')}\n`;
}
