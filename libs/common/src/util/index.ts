export * from './guid';
export * from './cursor';
