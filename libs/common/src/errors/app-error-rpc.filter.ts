import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { AppError, AppErrorPayload } from './app-error';
import { ErrorCode } from './error-code.enum';
import { isDatabaseUnavailable } from './is-database-unavailable';

/**
 * Nest turns a plain Error thrown in a message handler into "Internal server error", losing its code.
 * For message handlers this filter sends AppErrors as their payload and anything unexpected as INTERNAL
 * with no internals; HTTP requests keep Nest's default handling. One filter serves both because a hybrid
 * app's microservice only inherits filters registered on the app.
 */
@Catch()
export class AppErrorRpcFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('RpcError');

  override catch(exception: unknown, host: ArgumentsHost): Observable<never> | void {
    if (host.getType() !== 'rpc') return super.catch(exception, host);
    // The transport serialises whatever the observable errors with: send the bare payload.
    return throwError(() => this.toPayload(exception, host));
  }

  private toPayload(exception: unknown, host: ArgumentsHost): AppErrorPayload {
    if (exception instanceof AppError) return exception.toPayload();
    if (exception instanceof RpcException && AppError.isPayload(exception.getError())) {
      return exception.getError() as AppErrorPayload;
    }
    const subject = host.switchToRpc().getContext<{ getSubject?: () => string }>()?.getSubject?.();
    if (isDatabaseUnavailable(exception)) {
      // A database restart is not a bug: callers get a code they can retry on, as for a missing service.
      this.logger.warn(`database unavailable handling ${subject ?? 'a message'}: ${exception instanceof Error ? exception.message : String(exception)}`);
      return { code: ErrorCode.SERVICE_UNAVAILABLE, message: 'The database is not available; try again shortly.' };
    }
    const stack = exception instanceof Error ? exception.stack : String(exception);
    this.logger.error(`unexpected error handling ${subject ?? 'a message'}`, stack);
    return { code: ErrorCode.INTERNAL, message: 'An internal error occurred.' };
  }
}
