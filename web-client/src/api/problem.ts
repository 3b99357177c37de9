/** One field's failure as the server's stable code and the values its translated message needs. */
export interface FieldError {
  code: string;
  args: Record<string, string | number>;
}

/** An RFC 9457 problem from the host, with its stable `code` and per-field errors (camelCase keys). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors: Record<string, string[]> = {},
    readonly extensions: Record<string, unknown> = {},
    readonly fieldErrors: Record<string, FieldError[]> = {},
  ) {
    super(detail);
  }
}

const fallbackCodes: Record<number, string> = {
  400: 'validation_failed',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'rate_limited',
};

export function toProblem(status: number, body: unknown): ApiProblem {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const code = typeof b.code === 'string' ? b.code : (fallbackCodes[status] ?? 'internal_error');
  const detail = typeof b.detail === 'string' ? b.detail : typeof b.title === 'string' ? b.title : `HTTP ${status}`;
  const errors = (b.errors && typeof b.errors === 'object' ? b.errors : {}) as Record<string, string[]>;
  return new ApiProblem(status, code, detail, errors, b, readFieldErrors(b.fieldErrors));
}

function readFieldErrors(value: unknown): Record<string, FieldError[]> {
  if (!value || typeof value !== 'object') return {};
  const result: Record<string, FieldError[]> = {};
  for (const [field, list] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    result[field] = list
      .filter((e): e is { code: string; args?: unknown } => !!e && typeof e === 'object' && typeof (e as { code?: unknown }).code === 'string')
      .map((e) => ({ code: e.code, args: (e.args && typeof e.args === 'object' ? e.args : {}) as FieldError['args'] }));
  }
  return result;
}
