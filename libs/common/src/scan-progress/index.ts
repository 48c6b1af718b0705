export * from './ensure-scan-progress-stream';
