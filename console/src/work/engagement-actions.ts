import { EngagementStatus, type EngagementResponse } from '@unmiss/peace-process-client';
import type { Identity } from '../auth/identity';

export type EngagementAction = 'submit' | 'approve' | 'reject';

/**
 * The buttons an engagement report shows this person, as a display aid (ADR 0105): the author submits a draft or a
 * rejected report (PEACE_WRITE); another officer with PEACE_APPROVE approves or rejects a pending one, never its
 * author (four eyes). The service decides every move itself and refuses the author's approval anyway.
 */
export function engagementActions(engagement: Pick<EngagementResponse, 'status' | 'author'>, identity: Identity): EngagementAction[] {
  const roles = identity.roles;
  const author = engagement.author === identity.username;
  if ((engagement.status === EngagementStatus.Draft || engagement.status === EngagementStatus.Rejected) && roles.includes('PEACE_WRITE')) {
    return ['submit'];
  }
  if (engagement.status === EngagementStatus.PendingApproval && roles.includes('PEACE_APPROVE') && !author) {
    return ['approve', 'reject'];
  }
  return [];
}

/** Whether the report waits for someone other than this person: the author sees that another officer decides. */
export function awaitsAnotherOfficer(engagement: Pick<EngagementResponse, 'status' | 'author'>, identity: Identity): boolean {
  return engagement.status === EngagementStatus.PendingApproval && engagement.author === identity.username;
}
