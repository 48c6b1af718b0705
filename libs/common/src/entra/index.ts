export * from './diagnosis';
export * from './parse-entra-error';
export * from './classify-token-error';
export * from './token-failure.messages';
export * from './remediation';
export * from './redact-secret';
export { PAGE as TROUBLESHOOTING_PAGE } from './troubleshooting-page';
export * from './token-roles';
