/** A refusal as the person sees it: the service's title and detail, and each field it named with its reason. */
export interface ProblemView {
  status: number;
  title: string;
  detail?: string;
  /** API field path (e.g. "violations[0].type") → reason; shown next to the input of that name. */
  fields: Record<string, string>;
  correlationId?: string;
}

interface ProblemBody {
  title?: unknown;
  detail?: unknown;
  status?: unknown;
  correlationId?: unknown;
  errors?: unknown;
}

/** An RFC 9457 body (application/problem+json) read into a ProblemView; anything else keeps only the status. */
export function problemFromBody(status: number, body: unknown): ProblemView {
  const problem = (body && typeof body === 'object' ? body : {}) as ProblemBody;
  const fields: Record<string, string> = {};
  if (Array.isArray(problem.errors)) {
    for (const error of problem.errors as { field?: unknown; reason?: unknown }[]) {
      if (typeof error?.field === 'string' && typeof error.reason === 'string') {
        // one reason per field: the first the service gave, as the form has one place beside each input
        fields[error.field] ??= error.reason;
      }
    }
  }
  return {
    status,
    title: typeof problem.title === 'string' ? problem.title : `HTTP ${status}`,
    detail: typeof problem.detail === 'string' ? problem.detail : undefined,
    fields,
    correlationId: typeof problem.correlationId === 'string' ? problem.correlationId : undefined,
  };
}

/** What a generated client's failure means for a submission. */
export type Failure = { kind: 'refused'; problem: ProblemView } | { kind: 'unreachable'; reason: string };

/**
 * The generated clients throw a ResponseError (with the Response) for an answer that is not 2xx and a FetchError when
 * no answer came. No answer, a 5xx or 429 (the service or gateway is away or busy) and a 409 on a key still being
 * processed are worth trying again later with the same Idempotency-Key; any other 4xx is the service's refusal.
 */
export async function failureOf(error: unknown): Promise<Failure> {
  const response = (error as { response?: unknown })?.response;
  if (response instanceof Response) {
    const body = await response.clone().json().catch(() => undefined);
    const problem = problemFromBody(response.status, body);
    const retryable = response.status >= 500 || response.status === 429
      || (response.status === 409 && response.headers.has('Retry-After'));
    return retryable ? { kind: 'unreachable', reason: problem.title } : { kind: 'refused', problem };
  }
  return { kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) };
}

/** What a failed direct call (not queued) shows: the service's problem, or that it could not be reached and why. */
export async function problemOf(error: unknown): Promise<ProblemView> {
  const failure = await failureOf(error);
  return failure.kind === 'refused' ? failure.problem : { status: 0, title: failure.reason, fields: {} };
}

/** The reasons no input of the form shows (a field the form has no input for): listed above the form. */
export function unplacedReasons(problem: ProblemView, inputNames: readonly string[]): string[] {
  return Object.entries(problem.fields).filter(([field]) => !inputNames.includes(field))
    .map(([field, reason]) => `${field}: ${reason}`);
}
