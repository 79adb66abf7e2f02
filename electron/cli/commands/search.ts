import type { SearchHit } from '../../../shared/domain/types';
import type { CliCommand } from '../cli-context';
import { EXIT_OK } from '../cli-errors';
import { plural, writeJson } from '../output';
import { expectPositionals, parseCommandLine, parsePositiveInteger } from '../parse-options';
import { withProject } from '../project-session';

const HELP = `Usage: concord search PROJECT QUERY [--limit N] [--json]

Searches the text of every source and shows the matches in context.

Options:
      --limit N  Return at most N sources (default: the core's default).
      --json     Print the hits (SearchHit[]) as one JSON document.
  -h, --help     Show this help.
`;

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Search the text of all sources',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('search', args, {
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    expectPositionals('search', positionals, ['PROJECT', 'QUERY']);
    const [project, query] = positionals as [string, string];
    const limit =
      values.limit === undefined
        ? undefined
        : parsePositiveInteger('search', '--limit', values.limit);
    const hits = await withProject(context, project, (api) =>
      api.searchSources(limit === undefined ? { query } : { query, limit }),
    );
    if (values.json) writeJson(context, hits);
    else context.stdout(formatHits(hits));
    return EXIT_OK;
  },
};

function formatHits(hits: SearchHit[]): string {
  if (hits.length === 0) return 'No matches.\n';
  const lines: string[] = [];
  for (const hit of hits) {
    const who = hit.participantPseudonym ? ` (${hit.participantPseudonym})` : '';
    lines.push(`${hit.title}${who}: ${plural(hit.totalMatches, 'match', 'matches')}`);
    for (const match of hit.matches) {
      const context = `${match.before}[${match.match}]${match.after}`.replace(/\s+/g, ' ').trim();
      lines.push(`  @${match.offset}  …${context}…`);
    }
  }
  return `${lines.join('\n')}\n`;
}
