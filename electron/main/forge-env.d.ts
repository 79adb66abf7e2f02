// Constants the Electron Forge Vite plugin defines when it bundles the main process
// (see @electron-forge/plugin-vite's getBuildDefine). The dev-server URL exists only under
// `electron-forge start`; in a packaged build the renderer is loaded from disk.
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string;
