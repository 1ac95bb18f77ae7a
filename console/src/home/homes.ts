import type { Identity } from '../auth/identity';
import type { ApiClients } from '../api/clients';
import { CaseStatus } from '@unmiss/humanrights-client';

export type Home = 'personnel' | 'humanrights' | 'none';

/** The first homes built: each job function gets its own in later slices (issue 16). */
export function homeFor(identity: Identity): Home {
  if (identity.roles.includes('personnel-officer')) {
    return 'personnel';
  }
  if (identity.roles.includes('human-rights-officer') || identity.roles.includes('senior-human-rights-officer')) {
    return 'humanrights';
  }
  return 'none';
}

export const CASE_STATUSES: readonly CaseStatus[] = Object.values(CaseStatus);

export interface StatusCount {
  status: CaseStatus;
  count: number;
}

/**
 * How many of the office's cases are in each status: one page-of-one query per status, whose totalElements is the
 * count (the service applies the caller's field-office scope itself).
 */
export async function caseCountsByStatus(api: ApiClients, fieldOffice: string | null): Promise<StatusCount[]> {
  return Promise.all(CASE_STATUSES.map(async (status) => {
    const page = await api.humanRightsCases.humanRightsCasesList({
      status, fieldOffice: fieldOffice ?? undefined, page: 0, size: 1,
    });
    return { status, count: page.totalElements };
  }));
}
