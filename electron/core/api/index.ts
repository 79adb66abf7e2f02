export { createCoreService, type CoreService } from './core-service';
export type { CoreServiceOptions } from './service-context';
export type { Dispatch, ServiceLog } from './dispatch';
