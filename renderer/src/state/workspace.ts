import { useParticipantsStore } from './participants';
import { useProjectStore } from './project';
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
