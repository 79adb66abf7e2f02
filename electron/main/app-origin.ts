/**
 * Where the renderer comes from. A packaged app serves it on its own privileged scheme
 * (concord://app/...) rather than file://, so the page has a real, unique origin: CSP 'self', the
 * IPC sender check and the network filter can all name it exactly. Under `electron-forge start`
 * it comes from the Vite dev server instead.
 */
export const APP_SCHEME = 'concord';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

export interface RendererSource {
  /** The URL the main window loads. */
  entryUrl: string;
  /** The one origin whose pages may call the API and load resources. */
  origin: string;
  /** Set only in development. */
  devServerUrl: string | null;
}

export function rendererSource(devServerUrl: string | undefined): RendererSource {
  if (devServerUrl) {
    const origin = originOf(devServerUrl);
    if (origin === null) throw new Error(`Invalid dev server URL: ${devServerUrl}`);
    return { entryUrl: devServerUrl, origin, devServerUrl };
  }
  return { entryUrl: APP_ENTRY_URL, origin: APP_ORIGIN, devServerUrl: null };
}

/** True when `url` belongs to the app's own origin (a parse failure is never trusted). */
export function isAppUrl(url: string, source: RendererSource): boolean {
  return originOf(url) === source.origin;
}

/**
 * scheme://host[:port], computed by hand: WHATWG URL reports the origin of a custom scheme such
 * as concord: as the opaque "null", which would make every concord:// URL look alike.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (!parsed.host) return null;
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}
