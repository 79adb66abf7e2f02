import type { ConcordApi } from '../../../../shared/api/contract';
import { createSeededRandom } from '../../../../shared/agreement';
import type { Code, Id, SourceSummary } from '../../../../shared/domain/types';
import {
  COLLEAGUE_RATES,
  MENTEE_RATES,
  firstPass,
  varyCodings,
  type PlannedCoding,
} from './variations';

/** Fixed so every demo project has exactly the same codings and figures. */
const DEMO_SEED = 20_261_123;

export const ROUND_ONE = 'First set \u2014 independent';
export const ROUND_TWO = 'Second set \u2014 pairs';

/** Round 1: interviews 01-06, all three coders. Round 2: 07-13, in pairs. */
const ROUND_ONE_FILES = /^Interview 0[1-6]\b/;
const ROUND_TWO_PAIRS: readonly { files: RegExp; coders: [string, string] }[] = [
  { files: /^Interview (07|08|09|10)\b/, coders: ['Avery', 'Kim'] },
  { files: /^Interview (11|12|13)\b/, coders: ['Miguel', 'Jun'] },
];

/**
 * The demo's coding rounds, built on Sarah's codings: in round 1 Miguel and Jun code interviews
 * 01-06 independently, their codings derived from Sarah's with deliberate, seeded differences
 * (missed passages, neighbouring codes, other boundaries, extra codes), and the round is closed
 * so the agreement report has material. In round 2 the pairs code 07-13; it stays open, so
 * coders see only their own work there. Sarah's codings are not changed.
 */
export async function buildDemoRounds(api: ConcordApi): Promise<void> {
  const users = new Map((await api.listUsers()).map((user) => [user.name, user.id]));
  const userId = (name: string): Id => {
    const id = users.get(name);
    if (!id) throw new Error(`The demo team has no member named ${name}.`);
    return id;
  };
  const lead = await api.getCurrentUser();
  if (!lead) throw new Error('The demo rounds need a current user (the lead).');
  const sources = (await api.listSources())
    .filter((source) => source.importedFrom !== null)
    .sort((a, b) => a.importedFrom!.localeCompare(b.importedFrom!));
  const codes = await api.listCodes();
  const leaves = leafCodes(codes);
  const random = createSeededRandom(DEMO_SEED);

  const roundOneSources = sources.filter((s) => ROUND_ONE_FILES.test(s.importedFrom!));
  const roundOneCoders = ['Sarah', 'Miguel', 'Jun'].map(userId);
  const roundOne = await api.createRound({
    name: ROUND_ONE,
    mode: 'independent',
    assignments: roundOneSources.map((source) => ({
      sourceId: source.id,
      coderIds: roundOneCoders,
    })),
  });
  const sarahCodings = await api.listCodings({ coderId: userId('Sarah') });
  const plan: { coder: Id; source: SourceSummary; codings: PlannedCoding[] }[] = [];
  for (const source of roundOneSources) {
    const text = (await api.getSource({ id: source.id })).text;
    const sarah = sarahCodings
      .filter((coding) => coding.sourceId === source.id)
      .map(({ codeId, start, end }) => ({ codeId, start, end }));
    for (const name of ['Miguel', 'Jun']) {
      plan.push({
        coder: userId(name),
        source,
        codings: varyCodings(text, sarah, codes, COLLEAGUE_RATES, random),
      });
    }
  }

  const roundTwoAssignments: { sourceId: Id; coderIds: Id[] }[] = [];
  for (const pair of ROUND_TWO_PAIRS) {
    const [experienced, second] = pair.coders;
    for (const source of sources.filter((s) => pair.files.test(s.importedFrom!))) {
      roundTwoAssignments.push({
        sourceId: source.id,
        coderIds: [userId(experienced), userId(second)],
      });
      const text = (await api.getSource({ id: source.id })).text;
      const first = firstPass(text, leaves, random, 10);
      plan.push({ coder: userId(experienced), source, codings: first });
      plan.push({
        coder: userId(second),
        source,
        codings: varyCodings(
          text,
          first,
          codes,
          second === 'Kim' ? MENTEE_RATES : COLLEAGUE_RATES,
          random,
        ),
      });
    }
  }
  const roundTwo = await api.createRound({
    name: ROUND_TWO,
    mode: 'independent',
    assignments: roundTwoAssignments,
  });

  try {
    for (const { coder, source, codings } of plan) {
      await api.setCurrentUser({ userId: coder });
      for (const coding of codings) await api.applyCode({ sourceId: source.id, ...coding });
    }
    // Round 1 is finished: everyone marked their interviews done, and the lead closed it.
    for (const source of roundOneSources) {
      for (const coder of roundOneCoders) {
        await api.setCurrentUser({ userId: coder });
        await api.setAssignmentDone({ roundId: roundOne.id, sourceId: source.id, done: true });
      }
    }
    // Round 2 is under way: the first source of each pair is done.
    const firstOfEachPair = ROUND_TWO_PAIRS.map((pair) =>
      roundTwoAssignments.find((a) => a.coderIds[0] === userId(pair.coders[0])),
    );
    for (const assignment of firstOfEachPair) {
      if (!assignment) continue;
      for (const coder of assignment.coderIds) {
        await api.setCurrentUser({ userId: coder });
        await api.setAssignmentDone({
          roundId: roundTwo.id,
          sourceId: assignment.sourceId,
          done: true,
        });
      }
    }
  } finally {
    await api.setCurrentUser({ userId: lead.id });
  }
  await api.closeRound({ id: roundOne.id });
}

/** Codes no other code descends from. */
export function leafCodes(codes: readonly Code[]): Code[] {
  return codes.filter((code) => !codes.some((child) => child.parentId === code.id));
}
