export { ProjectStore, createProjectStore, openProjectStore } from './project-store';
export { CONCORD_APPLICATION_ID, PROJECT_EXTENSION, removeProjectFiles } from './database';
export { migrate } from './migrate';
export { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
