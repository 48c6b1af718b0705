import { LoggerService } from '@nestjs/common';
import { Logger } from 'pino';

/** Routes Nest's own logging through pino, so every line is JSON and redacted the same way. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]): void {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.write('trace', message, rest);
  }

  private write(level: 'info' | 'error' | 'warn' | 'debug' | 'trace', message: unknown, rest: unknown[]): void {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    if (typeof message === 'object' && message !== null) {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.logger[level]({ ...fields, context }, typeof msg === 'string' ? msg : undefined);
      return;
    }
    const extra = typeof rest[0] === 'object' && rest[0] !== null ? rest[0] : undefined;
    this.logger[level]({ context, ...(extra as object) }, String(message));
  }
}
