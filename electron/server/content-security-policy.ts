/**
 * The Content-Security-Policy every host sends with the renderer, in addition to the <meta> tag in
 * renderer/index.html (a header also covers frame-ancestors, which a meta tag cannot). Concord
 * loads nothing from elsewhere: scripts, styles and data come from the app's own origin only.
 * 'unsafe-inline' styles are allowed because the editor positions highlights with style attributes.
 */
const PRODUCTION_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'media-src': "'self' blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
  'frame-ancestors': "'none'",
};

export const CONTENT_SECURITY_POLICY = serialize(PRODUCTION_DIRECTIVES);

/**
 * The policy while the renderer comes from the Vite dev server: its HMR client needs a websocket
 * to the same host and React Refresh injects an inline preamble. Used only by `electron-forge start`.
 */
export function developmentContentSecurityPolicy(devServerUrl: string): string {
  const origin = new URL(devServerUrl);
  const websocket = `ws://${origin.host}`;
  return serialize({
    ...PRODUCTION_DIRECTIVES,
    'script-src': `'self' 'unsafe-inline' ${origin.origin}`,
    'connect-src': `'self' ${origin.origin} ${websocket}`,
  });
}

function serialize(directives: Record<string, string>): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}
