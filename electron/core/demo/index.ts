import type { ConcordApi } from '../../../shared/api/contract';
import type { AttributeValue, UserRole } from '../../../shared/domain/types';
import { buildDemoCoding } from './coding';
import { DEMO_PARTICIPANTS_CSV } from './participants';
import { buildDemoRounds } from './rounds';
import { DEMO_SOURCES } from './sources';

/** The research team of the demo: a lead, three coders and a mentee, as in the method. */
const DEMO_TEAM: readonly { name: string; role: UserRole }[] = [
  { name: 'Avery', role: 'lead' },
  { name: 'Sarah', role: 'coder' },
  { name: 'Miguel', role: 'coder' },
  { name: 'Jun', role: 'coder' },
  { name: 'Kim', role: 'mentee' },
];

/**
 * Columns the analysis compares by, so they must be choices (filterable, countable). The CSV import
 * infers a column with many distinct values (nine job titles among fourteen people) as text; the
 * demo then converts it, as a researcher would.
 */
const CHOICE_COLUMNS: readonly string[] = ['Job title', 'Site', 'Sector'];

/**
 * Fills the open (new, empty) project with the fictional demo study: team, participants table,
 * the fourteen sources, the coding tree and Sarah's first-pass codings. It drives the core only through the public api, so the demo exercises the
 * same validation, importers and audit trail as a user's own files. Throws on the first failure;
 * the caller discards the half-built project.
 */
export async function buildDemoStudy(api: ConcordApi): Promise<void> {
  await createTeam(api);
  await api.importParticipantsCsv({
    fileName: 'participants.csv',
    data: encode(DEMO_PARTICIPANTS_CSV),
  });
  await makeChoiceColumns(api);
  const participantIds = new Map(
    (await api.listParticipants()).map((participant) => [participant.pseudonym, participant.id]),
  );
  for (const file of DEMO_SOURCES) {
    const participantId = participantIds.get(file.participant);
    if (participantId === undefined) {
      throw new Error(
        `Demo source "${file.fileName}" names participant "${file.participant}", who is not in the demo participants table.`,
      );
    }
    await api.importSource({
      fileName: file.fileName,
      data: encode(file.content),
      participantId,
      kind: file.kind,
    });
  }
  await buildDemoCoding(api);
  await buildDemoRounds(api);
}

async function makeChoiceColumns(api: ConcordApi): Promise<void> {
  const participants = await api.listParticipants();
  for (const attribute of await api.listAttributes()) {
    if (!CHOICE_COLUMNS.includes(attribute.name) || attribute.type === 'choice') continue;
    const values = participants.map((participant) => participant.attributes[attribute.id]);
    const choices = [...new Set(values.filter(isText))].sort((a, b) => a.localeCompare(b));
    const result = await api.updateAttribute({ id: attribute.id, type: 'choice', choices });
    if (result.clearedValues.length > 0) {
      throw new Error(`Demo attribute "${attribute.name}" lost values converting to a choice.`);
    }
  }
}

function isText(value: AttributeValue | undefined): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** Creates the demo team, skipping names the project already has (e.g. its creator). */
async function createTeam(api: ConcordApi): Promise<void> {
  const existing = new Set((await api.listUsers()).map((user) => user.name));
  for (const member of DEMO_TEAM) {
    if (!existing.has(member.name)) await api.createUser(member);
  }
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
