import { API_METHODS, type ConcordApi } from '../../../shared/api/contract';
import { agreementMethods } from './agreement-methods';
import { codebookMethods } from './codebook-methods';
import { codingMethods } from './coding-methods';
import { createDispatcher, type Dispatch, type ServiceLog } from './dispatch';
import { historyMethods } from './history-methods';
import { lifecycleMethods } from './lifecycle-methods';
import { packageMethods } from './package-methods';
import { participantMethods } from './participant-methods';
import { RecentProjects } from './recent-projects';
import { roundMethods } from './round-methods';
import { ServiceContext, type CoreServiceOptions } from './service-context';
import { sourceMethods } from './source-methods';
import { teamMethods } from './team-methods';

export interface CoreService {
  /** The api with every call validated exactly as `dispatch` validates it. */
  api: ConcordApi;
  /** Entry point for hosts (IPC, HTTP): unknown methods and invalid arguments are refused. */
  dispatch: Dispatch;
  /** Closes the open project, if any. */
  close(): void;
}

const defaultLog: ServiceLog = (message, error) => {
  console.error(`[concord] ${message}`, error ?? '');
};

export function createCoreService(options: CoreServiceOptions): CoreService {
  const log = options.log ?? defaultLog;
  const context = new ServiceContext(options, new RecentProjects(options.configDir), log);
  const implementation: ConcordApi = {
    ...lifecycleMethods(context),
    ...teamMethods(context),
    ...participantMethods(context),
    ...sourceMethods(context),
    ...codebookMethods(context),
    ...codingMethods(context),
    ...historyMethods(context),
    ...roundMethods(context),
    ...agreementMethods(context),
    ...packageMethods(context),
  };
  const dispatch = createDispatcher(implementation, log);

  const api = Object.fromEntries(
    API_METHODS.map((method) => [method, (arg?: unknown) => dispatch(method, arg)]),
  ) as unknown as ConcordApi;
  context.publicApi = api;

  return {
    api,
    dispatch,
    close() {
      context.replaceSession(null);
    },
  };
}
