import { describe, expect, it } from 'vitest';
import { caseDraftFrom } from './case-form';
import { trainingRequestFrom } from './training-form';
import { reasonsByLine } from './rotation-import';
import { engagementRequestFrom } from './engagement-view';

describe('form values to the API body', () => {
  it('builds a case with its acts and their victims, names only for victims given one, blanks left out', () => {
    const body = caseDraftFrom({
      title: 'Synthetic case', fieldOffice: 'MALAKAL', 'occurredFrom.date': '2026-03-12', 'occurredFrom.precision': 'EXACT',
      'location.state': 'UPPER_NILE', 'location.county': ' ', acts: '2',
      'violations[0].type': 'KILLING', 'violations[0].perpetrators[0].partyCode': 'SSPDF', 'violations[0].victimCount': '2',
      'violations[0].victims[0].kind': 'INDIVIDUAL', 'violations[0].victims[0].sex': 'FEMALE', 'violations[0].victims[0].age': '34',
      'violations[0].victims[0].identity.name': 'Synthetic Name',
      'violations[0].victims[1].kind': 'GROUP', 'violations[0].victims[1].sex': 'MALE', 'violations[0].victims[1].count': '5',
      'violations[1].type': 'DESTRUCTION_OF_PROPERTY', 'violations[1].victimCount': '0',
    }) as { violations: { type: string; perpetrators: unknown[]; victims: Record<string, unknown>[] }[]; location: Record<string, unknown> };
    expect(body.location).toEqual({ state: 'UPPER_NILE', county: undefined, place: undefined });
    expect(body.violations.map((v) => v.type)).toEqual(['KILLING', 'DESTRUCTION_OF_PROPERTY']);
    expect(body.violations[0]!.perpetrators).toEqual([{ partyCode: 'SSPDF' }]);
    expect(body.violations[0]!.victims[0]).toMatchObject({ kind: 'INDIVIDUAL', sex: 'FEMALE', age: 34, identity: { name: 'Synthetic Name' } });
    expect(body.violations[0]!.victims[1]).toMatchObject({ kind: 'GROUP', count: 5, identity: undefined });
    expect(body.violations[1]!.victims).toEqual([]);
  });

  it('totals a training\'s participants and sends only the age groups filled in', () => {
    const body = trainingRequestFrom({
      title: 'Synthetic training', fieldOffice: 'WAU', startDate: '2026-11-02', 'pillars[0]': 'PREVENTION',
      'participants.female': '12', 'participants.male': '8',
      'participants.byAgeGroup[1].female': '7', 'participants.byAgeGroup[2].male': '8', 'participants.byAgeGroup[2].female': '5',
    }) as { type: string; pillars: string[]; participants: { total: number; byAgeGroup: unknown[] } };
    expect(body.type).toBe('TRAINING');
    expect(body.pillars).toEqual(['PREVENTION']);
    expect(body.participants).toEqual({
      female: 12, male: 8, total: 20,
      byAgeGroup: [{ ageGroup: 'AGE_18_TO_24', female: 7, male: 0 }, { ageGroup: 'AGE_25_TO_59', female: 5, male: 8 }],
    });
  });

  it('builds an engagement draft with its participants by sex as numbers', () => {
    expect(engagementRequestFrom({ 'participantsBySex.female': '3', 'participantsBySex.male': '4', 'interlocutors[0].type': 'WOMEN' }))
      .toMatchObject({ participantsBySex: { female: 3, male: 4 }, interlocutors: [{ type: 'WOMEN' }] });
  });

  it('puts each import problem beside its line', () => {
    const byLine = reasonsByLine([
      { field: 'line 3: sex', reason: 'must be FEMALE or MALE' }, { field: 'line 3: category', reason: 'is required' },
      { field: 'line 7: nationality', reason: 'is not a contributing country' }, { field: 'file', reason: 'ignored' },
    ]);
    expect([...byLine.entries()]).toEqual([
      [3, ['sex: must be FEMALE or MALE', 'category: is required']], [7, ['nationality: is not a contributing country']],
    ]);
  });
});
