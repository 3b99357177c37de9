/** An RFC 9457 problem from the host, with its stable `code` and per-field errors (camelCase keys). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    detail: string,
    readonly errors: Record<string, string[]> = {},
    readonly extensions: Record<string, unknown> = {},
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
  return new ApiProblem(status, code, detail, errors, b);
}
