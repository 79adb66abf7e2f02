import type { CodedSegment, ConcordApi } from '../../../shared/api/contract';
import { nameKey, pathOf } from '../../../shared/codebook';
import type { AttributeValue, Code, Id } from '../../../shared/domain/types';
import type { CliCommand } from '../cli-context';
import { EXIT_OK, InputError } from '../cli-errors';
import { writeJson } from '../output';
import { expectPositionals, parseCommandLine } from '../parse-options';
import { withProject } from '../project-session';

const HELP = `Usage: concord codings PROJECT [--code NAME] [--coder NAME] [--source TITLE] [--json]

Lists coded segments with their text, ordered by source and offset.

Options:
      --code NAME     Only this code and the codes below it. NAME is a code name or a path
                      such as "Collaboration factors / Trust".
      --coder NAME    Only codings by this team member.
      --source TITLE  Only codings in the source with this title.
      --json          Print the segments as one JSON array:
                      [{ source, participant, attributes: { NAME: value }, code, codePath,
                         coder, start, end, text, memo, codedAt }]
  -h, --help          Show this help.
`;

export interface CodingListing {
  source: string;
  participant: string | null;
  /** Participant attributes by attribute name. */
  attributes: Record<string, AttributeValue>;
  code: string;
  codePath: string;
  coder: string;
  start: number;
  end: number;
  text: string;
  memo: string;
  codedAt: string;
}

export const codingsCommand: CliCommand = {
  name: 'codings',
  summary: 'List coded segments with their text',
  help: HELP,
  async run(args, context) {
    const { values, positionals } = parseCommandLine('codings', args, {
      code: { type: 'string' },
      coder: { type: 'string' },
      source: { type: 'string' },
      json: { type: 'boolean' },
    });
    expectPositionals('codings', positionals, ['PROJECT']);
    const listing = await withProject(context, positionals[0] as string, (api) =>
      listCodings(api, { code: values.code, coder: values.coder, source: values.source }),
    );
    if (values.json) writeJson(context, listing);
    else context.stdout(formatListing(listing));
    return EXIT_OK;
  },
};

async function listCodings(
  api: ConcordApi,
  options: { code?: string; coder?: string; source?: string },
): Promise<CodingListing[]> {
  const codes = await api.listCodes();
  const coderId = options.coder === undefined ? undefined : await findCoder(api, options.coder);
  const sourceId = options.source === undefined ? undefined : await findSource(api, options.source);
  const segments: CodedSegment[] = [];
  if (options.code !== undefined) {
    const codeId = findCode(codes, options.code);
    segments.push(
      ...(await api.listCodedSegments({ codeId, includeChildren: true, coderId, sourceId })),
    );
  } else {
    for (const code of codes) {
      segments.push(...(await api.listCodedSegments({ codeId: code.id, coderId, sourceId })));
    }
    segments.sort(
      (a, b) =>
        a.sourceTitle.localeCompare(b.sourceTitle) ||
        a.sourceId.localeCompare(b.sourceId) ||
        a.start - b.start ||
        a.end - b.end,
    );
  }
  const attributeNames = new Map(
    (await api.listAttributes()).map((attribute) => [attribute.id, attribute.name]),
  );
  return segments.map((segment) => ({
    source: segment.sourceTitle,
    participant: segment.participantPseudonym,
    attributes: Object.fromEntries(
      Object.entries(segment.attributes).map(([id, value]) => [
        attributeNames.get(id) ?? id,
        value,
      ]),
    ),
    code: segment.codeName,
    codePath: pathOf(codes, segment.codeId),
    coder: segment.coderName,
    start: segment.start,
    end: segment.end,
    text: segment.text,
    memo: segment.memo,
    codedAt: segment.createdAt,
  }));
}

/** A code by path ("A / B") or by name; an ambiguous name lists the candidates. */
function findCode(codes: readonly Code[], wanted: string): Id {
  const key = nameKey(wanted.replace(/\s*\/\s*/g, ' / '));
  const byPath = codes.filter((code) => nameKey(pathOf(codes, code.id)) === key);
  if (byPath.length === 1) return byPath[0]!.id;
  const byName = codes.filter((code) => nameKey(code.name) === key);
  if (byName.length === 1) return byName[0]!.id;
  if (byName.length > 1) {
    const paths = byName.map((code) => `"${pathOf(codes, code.id)}"`).join(', ');
    throw new InputError(`--code "${wanted}" names several codes: ${paths}. Give the path.`);
  }
  throw new InputError(`--code "${wanted}": no such code in this project.`);
}

async function findCoder(api: ConcordApi, wanted: string): Promise<Id> {
  const users = await api.listUsers();
  const user = users.find((candidate) => nameKey(candidate.name) === nameKey(wanted));
  if (!user) {
    const names = users.map((candidate) => candidate.name).join(', ');
    throw new InputError(`--coder "${wanted}": no such team member (the team: ${names}).`);
  }
  return user.id;
}

async function findSource(api: ConcordApi, wanted: string): Promise<Id> {
  const source = (await api.listSources()).find(
    (candidate) => nameKey(candidate.title) === nameKey(wanted),
  );
  if (!source) throw new InputError(`--source "${wanted}": no source with this title.`);
  return source.id;
}

function formatListing(listing: CodingListing[]): string {
  if (listing.length === 0) return 'No codings.\n';
  const lines: string[] = [];
  let source: string | null = null;
  for (const entry of listing) {
    if (entry.source !== source) {
      source = entry.source;
      lines.push(entry.participant ? `${entry.source} (${entry.participant})` : entry.source);
    }
    const text = entry.text.replace(/\s+/g, ' ').trim();
    lines.push(`  [${entry.start}-${entry.end}] ${entry.codePath} · ${entry.coder}: ${text}`);
  }
  return `${lines.join('\n')}\n`;
}
