import { describe, expect, it } from 'vitest';
import {
  assignCoders,
  draftAssignments,
  draftFromRound,
  isAssignedIn,
  toggleAssignment,
  type AssignmentDraft,
} from '../../../renderer/src/rounds/assignmentDraft';
import { assignment, round } from './fixtures';

const existing = round('r', [
  assignment('s1', 'jun'),
  assignment('s1', 'miguel', true),
  assignment('s2', 'miguel'),
]);

/** The draft as plain data, to compare. */
const plain = (draft: AssignmentDraft) =>
  Object.fromEntries([...draft].map(([sourceId, coders]) => [sourceId, [...coders].sort()]));

describe('draftFromRound', () => {
  it('groups the round’s assignments by source', () => {
    expect(plain(draftFromRound(existing))).toEqual({ s1: ['jun', 'miguel'], s2: ['miguel'] });
  });

  it('is empty for a new round', () => {
    expect(draftFromRound(null).size).toBe(0);
  });
});

describe('toggleAssignment', () => {
  it('adds and removes one coder on one source without changing the draft it was given', () => {
    const draft = draftFromRound(existing);
    const added = toggleAssignment(draft, 's2', 'jun');
    expect(isAssignedIn(added, 's2', 'jun')).toBe(true);
    expect(isAssignedIn(draft, 's2', 'jun')).toBe(false);
    const removed = toggleAssignment(added, 's1', 'miguel');
    expect(plain(removed)).toEqual({ s1: ['jun'], s2: ['jun', 'miguel'] });
    expect(plain(draft)).toEqual({ s1: ['jun', 'miguel'], s2: ['miguel'] });
  });

  it('assigns on a source not yet in the draft', () => {
    expect(plain(toggleAssignment(new Map(), 's9', 'kim'))).toEqual({ s9: ['kim'] });
  });
});

describe('assignCoders', () => {
  it('gives each selected source exactly the chosen coders', () => {
    const draft = assignCoders(draftFromRound(existing), ['s1', 's3'], ['sarah']);
    expect(plain(draft)).toEqual({ s1: ['sarah'], s2: ['miguel'], s3: ['sarah'] });
  });

  it('takes the selected sources out of the round with no coders', () => {
    const draft = assignCoders(draftFromRound(existing), new Set(['s2']), []);
    expect(draftAssignments(draft, ['s1', 's2'], ['jun', 'miguel'])).toEqual([
      { sourceId: 's1', coderIds: ['jun', 'miguel'] },
    ]);
  });
});

describe('draftAssignments', () => {
  it('lists sources and coders in the given orders and leaves out unassigned sources', () => {
    const draft = toggleAssignment(draftFromRound(existing), 's3', 'jun');
    expect(draftAssignments(draft, ['s3', 's2', 's1', 's4'], ['miguel', 'jun'])).toEqual([
      { sourceId: 's3', coderIds: ['jun'] },
      { sourceId: 's2', coderIds: ['miguel'] },
      { sourceId: 's1', coderIds: ['miguel', 'jun'] },
    ]);
  });

  it('leaves out coders not in the coder order (e.g. no longer offered)', () => {
    expect(draftAssignments(draftFromRound(existing), ['s1', 's2'], ['jun'])).toEqual([
      { sourceId: 's1', coderIds: ['jun'] },
    ]);
  });
});
