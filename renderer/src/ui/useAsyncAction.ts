import { useCallback, useState } from 'react';
import { errorMessage } from '../lib/errors';

/**
 * The state every dialog action shares: busy while the core works (buttons disabled), and the
 * core's message when it refuses. `run` resolves true when the action succeeded.
 */
export function useAsyncAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async (action: () => Promise<unknown>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      setError(errorMessage(caught));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}
