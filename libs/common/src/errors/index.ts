export * from './error-code.enum';
export * from './app-error';
export * from './app-error-rpc.filter';
export * from './is-database-unavailable';
