import { describe, expect, it } from 'vitest';
import type { ApiClients } from '../api/clients';
import type { Identity } from '../auth/identity';
import { mergeTasks, myTasks, sourcesFor, TASK_SOURCES, type Task, type TaskSource } from './tasks';

const civilAffairs: Identity = {
  name: 'Demo Civil Affairs', username: 'civil.affairs', jobFunction: 'civil-affairs-officer', fieldOffice: 'HQ',
  roles: ['civil-affairs-officer', 'PEACE_READ', 'PEACE_WRITE', 'GENDER_READ', 'PERSONNEL_READ'],
};

function task(reference: string, due: string | null, kind: Task['kind'] = 'next-step-overdue'): Task {
  return { kind, reference, title: reference, due, fieldOffice: 'HQ' };
}

describe('sourcesFor', () => {
  it("asks only the services whose work the person's roles give them", () => {
    expect(sourcesFor(civilAffairs).map((s) => s.id)).toEqual(['engagements-mine', 'next-steps-overdue']);
    expect(sourcesFor({ ...civilAffairs, roles: ['HR_READ', 'HR_WRITE', 'HR_VERIFY'] }).map((s) => s.id))
      .toEqual(['hr-verification', 'hr-assigned']);
    expect(sourcesFor({ ...civilAffairs, roles: [] })).toEqual([]);
  });
});

describe('mergeTasks', () => {
  it('puts every answered source in one list, the earliest due first and undated ones last', () => {
    const list = mergeTasks([
      { source: 'a', part: { state: 'ready', value: [task('A-2', '2025-12-01'), task('A-1', null)] } },
      { source: 'b', part: { state: 'ready', value: [task('B-1', '2025-11-15', 'action-point-overdue'), task('B-0', '2025-12-01')] } },
    ]);
    expect(list.tasks.map((t) => t.reference)).toEqual(['B-1', 'A-2', 'B-0', 'A-1']);
    expect(list.answered).toEqual([{ source: 'a', count: 2 }, { source: 'b', count: 2 }]);
    expect(list.unavailable).toEqual([]);
  });

  it('keeps the tasks of the sources that answered and names the one that did not', () => {
    const list = mergeTasks([
      { source: 'up', part: { state: 'ready', value: [task('U-1', '2025-10-01')] } },
      { source: 'down', part: { state: 'unavailable', status: 503, reason: 'peace-process-service is not answering' } },
    ]);
    expect(list.tasks.map((t) => t.reference)).toEqual(['U-1']);
    expect(list.unavailable).toEqual([{ source: 'down', status: 503, reason: 'peace-process-service is not answering' }]);
  });
});

describe('myTasks', () => {
  it("shows the civil affairs officer's own drafts and rejected reports, not others', and overdue next steps", async () => {
    const asked: string[] = [];
    const api = {
      engagements: {
        engagementsList: async ({ status }: { status: string }) => {
          asked.push(status);
          return status === 'DRAFT'
            ? { content: [{ id: 'E-1', purpose: 'Dialogue', date: '2025-12-02', author: 'civil.affairs', fieldOffice: 'BOR' },
              { id: 'E-2', purpose: 'Someone else', date: '2025-12-01', author: 'other.officer', fieldOffice: 'BOR' }] }
            : { content: [{ id: 'E-3', purpose: 'Revise', date: '2025-11-20', author: 'civil.affairs', fieldOffice: 'HQ' }] };
        },
      },
      engagementReports: {
        engagementReportsOverdueNextSteps: async () => { throw new TypeError('Failed to fetch'); },
      },
    } as unknown as ApiClients;
    const list = await myTasks(api, civilAffairs);
    expect(asked.sort()).toEqual(['DRAFT', 'REJECTED']);
    expect(list.tasks.map((t) => [t.kind, t.reference])).toEqual([['engagement-rejected', 'E-3'], ['engagement-to-submit', 'E-1']]);
    expect(list.unavailable).toEqual([{ source: 'next-steps-overdue', status: null, reason: 'Failed to fetch' }]);
  });

  it('leaves out an approver\'s own pending report (four eyes)', async () => {
    const approval = TASK_SOURCES.find((s) => s.id === 'engagements-approval') as TaskSource;
    const api = {
      engagements: {
        engagementsList: async () => ({ content: [{ id: 'E-9', author: 'admin.one' }, { id: 'E-8', author: 'someone' }] }),
      },
    } as unknown as ApiClients;
    const tasks = await approval.load(api, { ...civilAffairs, username: 'admin.one' });
    expect(tasks.map((t) => t.reference)).toEqual(['E-8']);
  });
});
