import { describe, expect, it } from 'vitest';
import { failureOf, problemFromBody, unplacedReasons } from './problems';

const VALIDATION = {
  type: 'urn:unmiss:problem:validation-failed', title: 'Validation failed', status: 422, detail: 'The case is not valid',
  correlationId: 'abc-123',
  errors: [
    { field: 'title', reason: 'must not be blank' },
    { field: 'violations[0].victims[0].sex', reason: 'is required' },
    { field: 'title', reason: 'a second reason for the same field' },
    { field: 'pocIncidentReferences[0]', reason: 'is not a known incident' },
  ],
};

describe('problem+json to the form', () => {
  it('names each field with the first reason the service gave for it', () => {
    const problem = problemFromBody(422, VALIDATION);
    expect(problem.fields).toEqual({
      title: 'must not be blank',
      'violations[0].victims[0].sex': 'is required',
      'pocIncidentReferences[0]': 'is not a known incident',
    });
    expect(problem.title).toBe('Validation failed');
    expect(problem.detail).toBe('The case is not valid');
    expect(problem.correlationId).toBe('abc-123');
  });

  it('lists the reasons no input of the form can show', () => {
    const problem = problemFromBody(422, VALIDATION);
    expect(unplacedReasons(problem, ['title', 'violations[0].victims[0].sex']))
      .toEqual(['pocIncidentReferences[0]: is not a known incident']);
  });

  it('keeps the status of an answer that is not a problem document', () => {
    expect(problemFromBody(403, 'Forbidden')).toEqual({ status: 403, title: 'HTTP 403', detail: undefined, fields: {}, correlationId: undefined });
  });

  it('tells a refusal from an answer worth trying again with the same key', async () => {
    const answer = (status: number, headers: Record<string, string> = {}) => ({
      response: new Response(JSON.stringify(VALIDATION), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } }),
    });
    expect((await failureOf(answer(422))).kind).toBe('refused');
    expect((await failureOf(answer(403))).kind).toBe('refused');
    expect((await failureOf(answer(409))).kind).toBe('refused');
    expect((await failureOf(answer(409, { 'Retry-After': '2' }))).kind).toBe('unreachable');
    expect((await failureOf(answer(503))).kind).toBe('unreachable');
    expect((await failureOf(new TypeError('Failed to fetch'))).kind).toBe('unreachable');
    const refused = await failureOf(answer(422));
    expect(refused.kind === 'refused' && refused.problem.fields.title).toBe('must not be blank');
  });
});
