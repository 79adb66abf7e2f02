import { useUiStore } from '../state/ui';
import { CODE_PICKER_ID } from './CodePicker';

/** Shows the coded-segments tab with the code picker focused (the palette's command). */
export function showRetrievalTab(): void {
  useUiStore.getState().setBottomTab('segments');
  // The tab renders on the next frame; focus the picker once it is there.
  requestAnimationFrame(() => document.getElementById(CODE_PICKER_ID)?.focus());
}
