import type { ConcordApi } from '../../../shared/api/contract';
import { addSource, projectPath, span } from './coding-helpers';

export const TEXT_A = 'Ana trusts the nurse. Ana doubts the doctor. Ana hopes for the best.';
export const TEXT_B = 'Ben trusts nobody. Ben fears the bills.';

export interface RoundStudy {
  leadId: string;
  coderA: string;
  coderB: string;
  sourceA: string;
  sourceB: string;
  trust: string;
  doubt: string;
}

/**
 * A project with two sources, two codes and two coders who each coded both sources
 * (the lead too, on source B). No round yet; the lead is the current user.
 */
export async function makeRoundStudy(api: ConcordApi, dir: string): Promise<RoundStudy> {
  await api.createProject({ path: projectPath(dir) });
  const leadId = (await api.getCurrentUser())!.id;
  const sourceA = await addSource(api, TEXT_A, { title: 'A' });
  const sourceB = await addSource(api, TEXT_B, { title: 'B' });
  const trust = (await api.createCode({ name: 'Trust' })).id;
  const doubt = (await api.createCode({ name: 'Doubt' })).id;
  const coderA = (await api.createUser({ name: 'Ada', role: 'coder' })).id;
  const coderB = (await api.createUser({ name: 'Bo', role: 'mentee' })).id;
  await api.applyCode({
    sourceId: sourceB,
    codeId: doubt,
    ...span(TEXT_B, 'Ben fears the bills.'),
  });
  await api.setCurrentUser({ userId: coderA });
  await api.applyCode({
    sourceId: sourceA,
    codeId: trust,
    ...span(TEXT_A, 'Ana trusts the nurse.'),
  });
  await api.applyCode({ sourceId: sourceB, codeId: trust, ...span(TEXT_B, 'Ben trusts nobody.') });
  await api.setCurrentUser({ userId: coderB });
  await api.applyCode({
    sourceId: sourceA,
    codeId: doubt,
    ...span(TEXT_A, 'Ana doubts the doctor.'),
  });
  await api.applyCode({ sourceId: sourceA, codeId: trust, ...span(TEXT_A, 'Ana trusts') });
  await api.setCurrentUser({ userId: leadId });
  return { leadId, coderA, coderB, sourceA, sourceB, trust, doubt };
}
