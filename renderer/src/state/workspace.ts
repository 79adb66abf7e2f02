import type { User } from '../../../shared/domain/types';
import { useCodebookStore } from './codebook';
import { useParticipantsStore } from './participants';
import { useProjectStore } from './project';
import { useRetrievalStore } from './retrieval';
import { useSearchStore } from './search';
import { useSourcesStore } from './sources';
import { useUiStore } from './ui';

/**
 * Clears every per-project store and reloads from the API: after opening, creating or closing a
 * project here or from the host's menu.
 */
export async function reloadWorkspace(): Promise<void> {
  useSourcesStore.getState().reset();
  useParticipantsStore.getState().reset();
  useSearchStore.getState().clear();
  useUiStore.getState().resetMedia();
  await useProjectStore.getState().initialize();
  if (useProjectStore.getState().status === 'open') await loadProjectData();
}

/** Loads the lists the workbench shows for the open project. */
export async function loadProjectData(): Promise<void> {
  await Promise.all([useSourcesStore.getState().load(), useParticipantsStore.getState().load()]);
}

/**
 * Reloads what the core answers differently depending on who asks: in an open independent round a
 * coder or mentee sees only their own codings on its sources, so the code tree's counts and the
 * coded segments change with the current user. (The open transcript's codings, the rounds, the
 * agreement report and the undo history reload themselves on a switch.)
 */
export async function reloadViewerData(): Promise<void> {
  await Promise.all([useCodebookStore.getState().load(), useRetrievalStore.getState().reload()]);
}

/** Whether what the core shows changed: another user, or the same one in another role. */
function viewerChanged(current: User | null, previous: User | null): boolean {
  return current?.id !== previous?.id || current?.role !== previous?.role;
}

// The one place that follows a coder switch (the title bar, the palette, or a lead changing their
// own role) within the open project. Opening another project reloads everything anyway.
useProjectStore.subscribe((state, previous) => {
  if (state.status !== 'open' || previous.status !== 'open') return;
  if (state.project?.path !== previous.project?.path) return;
  if (!viewerChanged(state.currentUser, previous.currentUser)) return;
  void reloadViewerData();
});
