export * from './required-permissions';
