export { startServer, type RunningServer, type StartServerOptions } from './start-server';
export { createConcordHttpServer, listenOnLoopback, closeServer } from './http-server';
export {
  CONTENT_SECURITY_POLICY,
  developmentContentSecurityPolicy,
} from './content-security-policy';
