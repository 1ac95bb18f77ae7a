import { CaseStatus } from '@unmiss/humanrights-client';
import { EngagementStatus } from '@unmiss/peace-process-client';
import { IncidentCategory, ReferralStatus } from '@unmiss/poc-site-client';
import type { ApiClients } from '../api/clients';
import type { Identity } from '../auth/identity';
import { loadPart, type Part } from './parts';

/** What waits for a person, whichever service holds it. */
export type TaskKind =
  | 'case-to-verify'
  | 'case-to-investigate'
  | 'engagement-to-approve'
  | 'engagement-to-submit'
  | 'engagement-rejected'
  | 'next-step-overdue'
  | 'action-point-overdue'
  | 'referral-pending';

export interface Task {
  kind: TaskKind;
  /** The record's own reference (case, engagement, activity, incident): what the person looks up. */
  reference: string;
  title: string;
  /** The day it is due (next steps, action points), or the day it concerns; null when there is none. */
  due: string | null;
  fieldOffice: string | null;
}

/** One service's list of tasks: shown, or marked unavailable on its own. */
export interface TaskSource {
  id: string;
  /** The roles (any one) that give a person this kind of task; the service still decides what they see. */
  roles: readonly string[];
  load(api: ApiClients, identity: Identity): Promise<Task[]>;
}

// A person's own work is short; a page of this many is what one list shows (the rest is in the service's own list).
const PAGE = 100;

export const TASK_SOURCES: readonly TaskSource[] = [
  {
    id: 'hr-verification',
    roles: ['HR_VERIFY'],
    async load(api) {
      const page = await api.humanRightsCases.humanRightsCasesVerificationQueue({ size: PAGE });
      return (page.content ?? []).map((c) => ({
        kind: 'case-to-verify', reference: c.reference ?? '', title: c.title ?? '', due: c.occurredFrom?.date ?? null,
        fieldOffice: c.fieldOffice,
      }));
    },
  },
  {
    id: 'hr-assigned',
    roles: ['HR_WRITE'],
    async load(api, identity) {
      const pages = await Promise.all([CaseStatus.Received, CaseStatus.UnderInvestigation].map((status) =>
        api.humanRightsCases.humanRightsCasesList({ assignedTo: identity.username, status, size: PAGE })));
      return pages.flatMap((page) => page.content ?? []).map((c) => ({
        kind: 'case-to-investigate', reference: c.reference ?? '', title: c.title ?? '', due: c.occurredFrom?.date ?? null,
        fieldOffice: c.fieldOffice,
      }));
    },
  },
  {
    id: 'engagements-approval',
    roles: ['PEACE_APPROVE'],
    async load(api, identity) {
      const page = await api.engagements.engagementsList({ status: EngagementStatus.PendingApproval, size: PAGE });
      // Four eyes: a report's author cannot approve it, so it is not their task.
      return (page.content ?? []).filter((e) => e.author !== identity.username).map((e) => ({
        kind: 'engagement-to-approve', reference: e.id ?? '', title: e.purpose ?? '', due: e.date ?? null,
        fieldOffice: e.fieldOffice ?? null,
      }));
    },
  },
  {
    id: 'engagements-mine',
    roles: ['PEACE_WRITE'],
    async load(api, identity) {
      const [drafts, rejected] = await Promise.all([EngagementStatus.Draft, EngagementStatus.Rejected].map((status) =>
        api.engagements.engagementsList({ status, size: PAGE })));
      const own = (kind: TaskKind) => (e: { id?: string; purpose?: string; date?: string; fieldOffice?: string; author?: string }) =>
        e.author === identity.username ? [{ kind, reference: e.id ?? '', title: e.purpose ?? '', due: e.date ?? null, fieldOffice: e.fieldOffice ?? null }] : [];
      return [...(drafts.content ?? []).flatMap(own('engagement-to-submit')),
        ...(rejected.content ?? []).flatMap(own('engagement-rejected'))];
    },
  },
  {
    id: 'next-steps-overdue',
    roles: ['PEACE_WRITE'],
    async load(api) {
      const page = await api.engagementReports.engagementReportsOverdueNextSteps({ size: PAGE });
      return (page.content ?? []).map((s) => ({
        kind: 'next-step-overdue', reference: s.engagementId ?? '', title: s.action ?? '', due: s.dueDate,
        fieldOffice: s.fieldOffice,
      }));
    },
  },
  {
    id: 'action-points-overdue',
    roles: ['GENDER_WRITE'],
    async load(api) {
      const page = await api.genderActivities.genderActivitiesActionPoints({ overdue: true, size: PAGE });
      return (page.content ?? []).map((p) => ({
        kind: 'action-point-overdue', reference: p.activityId ?? '', title: p.description ?? p.activityTitle ?? '',
        due: p.dueDate, fieldOffice: p.fieldOffice,
      }));
    },
  },
  {
    id: 'referrals-pending',
    roles: ['POC_WRITE'],
    async load(api) {
      const page = await api.securityIncidents.securityIncidentsList({ category: IncidentCategory.Sgbv, size: PAGE });
      // Referred with consent but not yet taken by humanrights-service (it is retried until it is).
      return (page.content ?? []).filter((i) => i.referral?.status === ReferralStatus.Pending).map((i) => ({
        kind: 'referral-pending', reference: i.reference ?? '', title: i.siteCode ?? '', due: i.referral?.requestedAt?.slice(0, 10) ?? null,
        fieldOffice: i.fieldOffice,
      }));
    },
  },
];

export function sourcesFor(identity: Identity, sources: readonly TaskSource[] = TASK_SOURCES): TaskSource[] {
  return sources.filter((source) => source.roles.some((role) => identity.roles.includes(role)));
}

export interface TaskList {
  /** Every source's tasks in one list, the earliest due first (those without a day last). */
  tasks: Task[];
  /** The sources that answered, with how many tasks each gave. */
  answered: { source: string; count: number }[];
  /** The sources whose service did not answer, and why. */
  unavailable: { source: string; status: number | null; reason: string }[];
}

export function mergeTasks(parts: readonly { source: string; part: Part<Task[]> }[]): TaskList {
  const list: TaskList = { tasks: [], answered: [], unavailable: [] };
  for (const { source, part } of parts) {
    if (part.state === 'ready') {
      list.tasks.push(...part.value);
      list.answered.push({ source, count: part.value.length });
    } else if (part.state === 'unavailable') {
      list.unavailable.push({ source, status: part.status, reason: part.reason });
    }
  }
  list.tasks.sort((a, b) => (a.due === b.due ? a.reference.localeCompare(b.reference)
    : a.due === null ? 1 : b.due === null ? -1 : a.due.localeCompare(b.due)));
  return list;
}

/** Each of the person's sources asked at once; one that fails does not hold the others back. */
export async function myTasks(api: ApiClients, identity: Identity, sources: readonly TaskSource[] = TASK_SOURCES): Promise<TaskList> {
  const chosen = sourcesFor(identity, sources);
  const parts = await Promise.all(chosen.map(async (source) => ({ source: source.id, part: await loadPart(() => source.load(api, identity)) })));
  return mergeTasks(parts);
}
