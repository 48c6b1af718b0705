export * from './audit-publisher';
export * from './ensure-audit-stream';
