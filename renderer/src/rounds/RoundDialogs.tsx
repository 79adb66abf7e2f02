import { ConfirmRoundStatusDialog } from './ConfirmRoundStatusDialog';
import { RoundEditorDialog } from './RoundEditorDialog';
import { RoundsDialog } from './RoundsDialog';
import { useRoundsStore } from './roundsStore';

/** Dialogs for creating, editing and following coding rounds; one shows at a time. */
export function RoundDialogs() {
  const view = useRoundsStore((s) => s.view);
  if (!view) return null;
  switch (view.kind) {
    case 'list':
      return <RoundsDialog />;
    case 'edit':
      return <RoundEditorDialog key={view.roundId ?? 'new'} roundId={view.roundId} />;
    case 'close':
    case 'reopen':
      return <ConfirmRoundStatusDialog action={view.kind} roundId={view.roundId} />;
  }
}
