import { useUiStore } from '../state/ui';
import { ROUND_SELECT_ID } from './AgreementControls';

/** Shows the agreement tab with its round picker focused (the palette's command). */
export function showAgreementTab(): void {
  useUiStore.getState().setBottomTab('agreement');
  // The tab renders on the next frames (its controls once the rounds are read); focus when there.
  let attempts = 0;
  const focus = () => {
    const select = document.getElementById(ROUND_SELECT_ID);
    if (select) select.focus();
    else if (++attempts < 30) requestAnimationFrame(focus);
  };
  requestAnimationFrame(focus);
}
