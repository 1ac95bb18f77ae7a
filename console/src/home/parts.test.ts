import { describe, expect, it } from 'vitest';
import { loadPart } from './parts';

function failed(status: number, body: string, type = 'application/problem+json') {
  return { response: new Response(body, { status, headers: { 'Content-Type': type } }) };
}

describe('loadPart', () => {
  it('holds the value when the service answers', async () => {
    expect(await loadPart(async () => 42)).toEqual({ state: 'ready', value: 42 });
  });

  it("gives the problem's detail and status when the service refuses or is down", async () => {
    const down = failed(503, JSON.stringify({ title: 'Service Unavailable', detail: 'personnel-service is not answering' }));
    expect(await loadPart(async () => { throw down; }))
      .toEqual({ state: 'unavailable', status: 503, reason: 'personnel-service is not answering' });
    const titleOnly = failed(403, JSON.stringify({ title: 'Forbidden' }));
    expect(await loadPart(async () => { throw titleOnly; })).toMatchObject({ status: 403, reason: 'Forbidden' });
  });

  it('falls back to the status when the body is no problem, and to the message for a network error', async () => {
    expect(await loadPart(async () => { throw failed(502, '<html>bad gateway</html>', 'text/html'); }))
      .toEqual({ state: 'unavailable', status: 502, reason: 'HTTP 502' });
    expect(await loadPart(async () => { throw new TypeError('Failed to fetch'); }))
      .toEqual({ state: 'unavailable', status: null, reason: 'Failed to fetch' });
  });
});
