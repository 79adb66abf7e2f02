import { app, type Session, type WebContents } from 'electron';
import {
  CONTENT_SECURITY_POLICY,
  developmentContentSecurityPolicy,
} from '../server/content-security-policy';
import { isAppUrl, originOf, type RendererSource } from './app-origin';

/**
 * Session-wide rules, following Electron's security checklist: no permission is granted except
 * writing sanitized text to the clipboard (the UI's "copy quote"), no request leaves the app
 * (Concord never uses the network), and the app's own responses carry the CSP header.
 */
export function hardenSession(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(details.requestingUrl, source));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return permission === 'clipboard-sanitized-write' && isAppUrl(requestingOrigin, source);
  });

  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    const allowed = isAllowedRequest(details.url, source);
    if (!allowed) console.warn(`[concord] Blocked a request to ${details.url}`);
    callback({ cancel: !allowed });
  });

  const policy = source.devServerUrl
    ? developmentContentSecurityPolicy(source.devServerUrl)
    : CONTENT_SECURITY_POLICY;
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url, source)) {
      callback({});
      return;
    }
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}

/** The app's own files, in-page data, DevTools, and in development the Vite server and its HMR socket. */
function isAllowedRequest(url: string, source: RendererSource): boolean {
  if (isAppUrl(url, source)) return true;
  const scheme = url.slice(0, Math.max(0, url.indexOf(':'))).toLowerCase();
  if (scheme === 'data' || scheme === 'blob' || scheme === 'devtools') return true;
  if (source.devServerUrl) {
    const devHost = new URL(source.devServerUrl).host;
    return originOf(url) === `ws://${devHost}`;
  }
  return false;
}

/**
 * Per-window rules: the page can neither navigate away from the app, nor open windows, nor embed
 * <webview>. Links to the outside world are simply inert; Concord has none.
 */
export function hardenWebContents(contents: WebContents, source: RendererSource): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url, source)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAppUrl(event.url, source)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, source)) event.preventDefault();
  });
}

/** No <webview> and no window anywhere in the app may escape the rules above. */
export function hardenAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
