import { ArgumentsHost, Catch, Logger, RpcExceptionFilter } from '@nestjs/common';
import { RpcException } from '@nestjs/microservices';
import { Observable, throwError } from 'rxjs';
import { AppError, AppErrorPayload } from './app-error';
import { ErrorCode } from './error-code.enum';

/**
 * Nest turns a plain Error thrown in a message handler into "Internal server error", losing its code.
 * This filter sends AppErrors as their payload and anything unexpected as INTERNAL with no internals.
 */
@Catch()
export class AppErrorRpcFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('RpcError');

  catch(exception: unknown, host: ArgumentsHost): Observable<never> {
    return throwError(() => new RpcException(this.toPayload(exception, host)));
  }

  private toPayload(exception: unknown, host: ArgumentsHost): AppErrorPayload {
    if (exception instanceof AppError) return exception.toPayload();
    if (exception instanceof RpcException && AppError.isPayload(exception.getError())) {
      return exception.getError() as AppErrorPayload;
    }
    const pattern = host.switchToRpc().getContext<{ getSubject?: () => string }>()?.getSubject?.();
    const stack = exception instanceof Error ? exception.stack : String(exception);
    this.logger.error(`unexpected error handling ${pattern ?? 'a message'}`, stack);
    return { code: ErrorCode.INTERNAL, message: 'An internal error occurred.' };
  }
}
