import { describe, expect, it } from 'vitest';
import type { Identity } from '../auth/identity';
import { awaitsAnotherOfficer, engagementActions } from './engagement-actions';

const person = (username: string, ...roles: string[]): Identity => ({ name: username, username, jobFunction: null, fieldOffice: 'HQ', roles });
const writer = person('civil.affairs', 'PEACE_READ', 'PEACE_WRITE');
const approver = person('mission.admin', 'PEACE_READ', 'PEACE_APPROVE');
const both = person('civil.affairs', 'PEACE_WRITE', 'PEACE_APPROVE');

describe('engagement actions', () => {
  it('offers the writer submit on a draft or a rejected report, and nothing once pending', () => {
    expect(engagementActions({ status: 'DRAFT', author: 'civil.affairs' }, writer)).toEqual(['submit']);
    expect(engagementActions({ status: 'REJECTED', author: 'civil.affairs' }, writer)).toEqual(['submit']);
    expect(engagementActions({ status: 'PENDING_APPROVAL', author: 'civil.affairs' }, writer)).toEqual([]);
  });

  it('offers another officer with PEACE_APPROVE approve and reject on a pending report', () => {
    expect(engagementActions({ status: 'PENDING_APPROVAL', author: 'civil.affairs' }, approver)).toEqual(['approve', 'reject']);
    expect(engagementActions({ status: 'APPROVED', author: 'civil.affairs' }, approver)).toEqual([]);
  });

  it('never offers the author their own approval, even with PEACE_APPROVE (four eyes)', () => {
    expect(engagementActions({ status: 'PENDING_APPROVAL', author: 'civil.affairs' }, both)).toEqual([]);
    expect(awaitsAnotherOfficer({ status: 'PENDING_APPROVAL', author: 'civil.affairs' }, both)).toBe(true);
    expect(awaitsAnotherOfficer({ status: 'PENDING_APPROVAL', author: 'civil.affairs' }, approver)).toBe(false);
  });
});
