import type { ConcordApi } from '../../../shared/api/contract';
import { createHttpApi } from './http-adapter';
import { adaptPreloadApi } from './preload-adapter';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    api?: ConcordApi;
  }
}

/**
 * The renderer's only way to the core: the preload's functions in Electron, the HTTP adapter in
 * browser mode. Both implement the same contract and reject with ApiError.
 */
export const api: ConcordApi = window.api
  ? adaptPreloadApi(window.api)
  : createHttpApi(window.location);
