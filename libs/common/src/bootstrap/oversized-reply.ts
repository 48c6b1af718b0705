import { AppErrorPayload } from '../errors/app-error';
import { ErrorCode } from '../errors/error-code.enum';

type Publish = (response: Record<string, unknown>) => unknown;

export const REPLY_TOO_LARGE: AppErrorPayload = {
  code: ErrorCode.INTERNAL,
  message: 'The answer was larger than NATS accepts in one message; ask for fewer items at once.',
};

export function isPayloadTooLarge(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === 'MAX_PAYLOAD_EXCEEDED';
}

/**
 * Nest sends a handler's reply outside any try: a reply over the server's max_payload threw from
 * there and took the whole service down. The caller gets an error reply instead.
 */
export function guardOversizedReply(publish: Publish, onTooLarge: (error: unknown) => void): Publish {
  return (response) => {
    try {
      return publish(response);
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      onTooLarge(error);
      return publish({ err: REPLY_TOO_LARGE, response: null, isDisposed: true });
    }
  };
}
