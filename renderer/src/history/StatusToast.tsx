import { useEffect } from 'react';
import { Icon } from '../ui/Icon';
import { useStatusStore } from './status';

const SHOWN_MS = 4000;
const ERROR_SHOWN_MS = 8000;

/**
 * The transient status line at the bottom of the window. It is a polite live region, so screen
 * readers announce "Undo delete code 'Trust'" without moving focus.
 */
export function StatusToast() {
  const message = useStatusStore((s) => s.message);
  const dismiss = useStatusStore((s) => s.dismiss);

  useEffect(() => {
    if (!message) return;
    const timer = window.setTimeout(
      () => dismiss(message.serial),
      message.tone === 'error' ? ERROR_SHOWN_MS : SHOWN_MS,
    );
    return () => window.clearTimeout(timer);
  }, [message, dismiss]);

  return (
    <div className="status-toast__region" role="status" aria-live="polite">
      {message && (
        <div
          key={message.serial}
          className={`status-toast status-toast--${message.tone}`}
          data-testid="status-toast"
        >
          <Icon name={message.tone === 'error' ? 'alert' : 'history'} small />
          <span className="status-toast__text">{message.text}</span>
          <button
            type="button"
            className="icon-btn status-toast__close"
            aria-label="Dismiss"
            onClick={() => dismiss(message.serial)}
          >
            <Icon name="close" small />
          </button>
        </div>
      )}
    </div>
  );
}
