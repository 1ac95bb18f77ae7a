/**
 * One part of a page (a panel, a task source) loads on its own: a service that is down or refuses makes that part
 * say so, with the service's own words (problem+json detail), while the others show what they have.
 */
export type Part<T> =
  | { state: 'loading' }
  | { state: 'ready'; value: T }
  | { state: 'unavailable'; status: number | null; reason: string };

export const LOADING: Part<never> = { state: 'loading' };

/** What the generated clients throw for a non-2xx answer (ResponseError): the response, its body unread. */
interface FailedAnswer {
  response: Response;
}

function isFailedAnswer(error: unknown): error is FailedAnswer {
  return typeof error === 'object' && error !== null && 'response' in error
    && typeof (error as FailedAnswer).response?.status === 'number';
}

/** Why a part could not load: the problem's detail (or title) and HTTP status, or the network error's message. */
export async function unavailable(error: unknown): Promise<Part<never>> {
  if (isFailedAnswer(error)) {
    const { response } = error;
    let reason = `HTTP ${response.status}`;
    try {
      const problem = (await response.clone().json()) as { detail?: unknown; title?: unknown };
      const said = typeof problem.detail === 'string' ? problem.detail : typeof problem.title === 'string' ? problem.title : null;
      if (said) {
        reason = said;
      }
    } catch {
      // not problem+json (a proxy's page, an empty body): the status says enough
    }
    return { state: 'unavailable', status: response.status, reason };
  }
  return { state: 'unavailable', status: null, reason: error instanceof Error ? error.message : String(error) };
}

export async function loadPart<T>(work: () => Promise<T>): Promise<Part<T>> {
  try {
    return { state: 'ready', value: await work() };
  } catch (error) {
    return unavailable(error);
  }
}
