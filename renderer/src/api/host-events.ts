import type { ConcordHost } from '../../../shared/api/host-events';

export type { MenuCommand, MenuCommandType } from '../../../shared/api/host-events';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    concordHost?: ConcordHost;
  }
}

/** Browser mode has no native menus, so nothing is ever sent. */
const browserHost: ConcordHost = {
  onMenuCommand: () => () => {},
};

/**
 * Native-menu commands from the desktop host. Subscribe once near the root of the UI:
 *   useEffect(() => host.onMenuCommand((command) => { ... }), []);
 */
export const host: ConcordHost = window.concordHost ?? browserHost;
