import type { Identity } from '../auth/identity';
import type { ApiClients } from '../api/clients';
import { CaseStatus } from '@unmiss/humanrights-client';

export type Home = 'personnel' | 'humanrights' | 'gender' | 'poc' | 'civil-affairs' | 'none';

/** Each job function's home (issue 16); a person with none sees only "My tasks". */
export function homeFor(identity: Identity): Home {
  if (identity.roles.includes('personnel-officer')) {
    return 'personnel';
  }
  if (identity.roles.includes('human-rights-officer') || identity.roles.includes('senior-human-rights-officer')) {
    return 'humanrights';
  }
  if (identity.roles.includes('gender-officer')) {
    return 'gender';
  }
  if (identity.roles.includes('unpol-officer')) {
    return 'poc';
  }
  if (identity.roles.includes('civil-affairs-officer')) {
    return 'civil-affairs';
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
