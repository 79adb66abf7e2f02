import { API_METHODS, type ConcordApi } from '../../../shared/api/contract';
import { ApiError, deserializeError } from '../../../shared/api/errors';
import { API_PATH_PREFIX, decodeWire, encodeWire } from '../../../shared/api/wire';

/** Where the per-run access token lives between reloads of the tab (never in localStorage). */
const TOKEN_STORAGE_KEY = 'concord.token';
const TOKEN_FRAGMENT = /(?:^#|&)token=([A-Za-z0-9_-]+)/;

/**
 * The browser-mode implementation of the API: every method is a POST to /api/<method> on the
 * local `concord serve` server, authenticated with the token the server printed in the URL
 * fragment (`#token=...`). Fragments are never sent over HTTP, so the token reaches only this page;
 * it is kept in sessionStorage and removed from the address bar at once.
 */
export function createHttpApi(location: Location): ConcordApi {
  const token = takeToken(location);
  const call = async (method: string, arg: unknown): Promise<unknown> => {
    if (token === null) {
      throw new ApiError(
        'forbidden',
        'This page has no access token. Open the address printed by `concord serve`.',
      );
    }
    let response: Response;
    try {
      response = await fetch(`${API_PATH_PREFIX}${method}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: encodeWire({ arg }),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch {
      throw new ApiError(
        'internal',
        'Concord server is not reachable. Is `concord serve` running?',
      );
    }
    return readEnvelope(response);
  };

  const api: Record<string, (arg?: unknown) => Promise<unknown>> = {};
  for (const method of API_METHODS) api[method] = (arg?: unknown) => call(method, arg);
  return Object.freeze(api) as unknown as ConcordApi;
}

async function readEnvelope(response: Response): Promise<unknown> {
  let body: unknown;
  try {
    body = decodeWire(await response.text());
  } catch {
    throw new ApiError(
      'internal',
      `Concord server sent an unreadable answer (HTTP ${response.status}).`,
    );
  }
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    const envelope = body as { ok: unknown; value?: unknown; error?: unknown };
    if (envelope.ok === true && response.ok) return envelope.value;
    if (envelope.ok === false) throw deserializeError(envelope.error);
  }
  throw new ApiError(
    'internal',
    `Concord server sent an unexpected answer (HTTP ${response.status}).`,
  );
}

function takeToken(location: Location): string | null {
  const match = TOKEN_FRAGMENT.exec(location.hash);
  if (match?.[1]) {
    const token = match[1];
    try {
      sessionStorage.setItem(TOKEN_STORAGE_KEY, token);
    } catch {
      // Storage can be disabled; the token still works for this page load.
    }
    // Drop only the token; anything else in the fragment belongs to the UI.
    const rest = location.hash
      .replace(/^#/, '')
      .split('&')
      .filter((part) => part !== '' && !part.startsWith('token='))
      .join('&');
    history.replaceState(
      history.state,
      '',
      location.pathname + location.search + (rest ? `#${rest}` : ''),
    );
    return token;
  }
  try {
    return sessionStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}
