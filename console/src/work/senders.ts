import { CaseDraftFromJSON } from '@unmiss/humanrights-client';
import { IncidentRequestFromJSON } from '@unmiss/poc-site-client';
import { EngagementRequestFromJSON } from '@unmiss/peace-process-client';
import { ActivityRequestFromJSON } from '@unmiss/gender-client';
import type { ApiClients } from '../api/clients';
import type { OutboxKind, SendResult, Sender } from '../offline/outbox';
import { failureOf } from './problems';

/**
 * How each queued form reaches its service: through its generated client, with the entry's Idempotency-Key. The
 * outbox keeps forms as the API's JSON (dates as strings); the clients' FromJSON turns them into their model types.
 */
export function outboxSender(api: ApiClients): Sender {
  const create: Record<OutboxKind, (body: unknown, idempotencyKey: string) => Promise<string | null | undefined>> = {
    'hr-case': async (body, idempotencyKey) => (await api.humanRightsCases.humanRightsCasesCreate(
      { caseDraft: CaseDraftFromJSON(body), idempotencyKey })).reference,
    incident: async (body, idempotencyKey) => (await api.securityIncidents.securityIncidentsRecord(
      { incidentRequest: IncidentRequestFromJSON(body), idempotencyKey })).reference,
    engagement: async (body, idempotencyKey) => (await api.engagements.engagementsCreate(
      { engagementRequest: EngagementRequestFromJSON(body), idempotencyKey })).id,
    training: async (body, idempotencyKey) => (await api.genderActivities.genderActivitiesCreate(
      { activityRequest: ActivityRequestFromJSON(body), idempotencyKey })).id,
  };
  return async (kind, body, idempotencyKey): Promise<SendResult> => {
    try {
      return { kind: 'sent', reference: (await create[kind](body, idempotencyKey)) ?? '' };
    } catch (error) {
      return failureOf(error);
    }
  };
}
