import { z } from 'zod';
import { EmulatorRequest, EmulatorResponse } from '../http/emulator-request';
import { ConflictError } from '../tenants/tenant-store';

export function controlJson(status: number, body?: unknown): EmulatorResponse {
  return { status, body, contentType: 'application/json' };
}

export function controlError(status: number, code: string, message: string): EmulatorResponse {
  return controlJson(status, { error: { code, message } });
}

export const notFound = (what: string) => controlError(404, 'NotFound', `${what} not found`);

export type Parsed<T> = { ok: true; value: T } | { ok: false; response: EmulatorResponse };

/** Parses a JSON body against a schema; every failure is a 400 that names the offending field. */
export function parseJsonBody<S extends z.ZodType>(schema: S, request: EmulatorRequest): Parsed<z.output<S>> {
  let json: unknown;
  try {
    json = request.body.trim() === '' ? {} : JSON.parse(request.body);
  } catch {
    return { ok: false, response: controlError(400, 'BadRequest', 'body is not valid JSON') };
  }
  const result = schema.safeParse(json);
  if (!result.success) return { ok: false, response: controlError(400, 'BadRequest', z.prettifyError(result.error)) };
  return { ok: true, value: result.data };
}

/** Maps a store conflict to 409 and lets anything else reach the 500 handler. */
export function conflictToResponse(action: () => EmulatorResponse): EmulatorResponse {
  try {
    return action();
  } catch (error) {
    if (error instanceof ConflictError) return controlError(409, 'Conflict', error.message);
    throw error;
  }
}
