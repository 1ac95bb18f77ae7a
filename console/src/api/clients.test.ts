import { describe, expect, it } from 'vitest';
import { accessTokenFor, apiClients } from './clients';
import { caseCountsByStatus, homeFor } from '../home/homes';
import { identityFromClaims } from '../auth/identity';

describe('accessTokenFor', () => {
  it('answers both schemes of the generated clients so that "Bearer <token>" is sent', async () => {
    const answer = accessTokenFor(async () => 'abc');
    expect(await answer('bearer-jwt')).toBe('abc');
    expect(await answer('keycloak')).toBe('Bearer abc');
  });
});

describe('the generated clients as the console calls them', () => {
  it('send one Authorization header "Bearer <token>" to the same origin, and count cases per status', async () => {
    const seen: { url: string; authorization: string | null }[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input);
      seen.push({ url, authorization: new Headers(init?.headers).get('Authorization') });
      const status = new URL(url, 'http://gateway').searchParams.get('status');
      return new Response(JSON.stringify({ content: [], page: 0, size: 1, totalPages: 0,
        totalElements: status === 'RECEIVED' ? 3 : 0 }), { headers: { 'Content-Type': 'application/json' } });
    }) as typeof fetch;
    try {
      const counts = await caseCountsByStatus(apiClients(async () => 'tok'), 'MALAKAL');
      expect(counts.find((c) => c.status === 'RECEIVED')?.count).toBe(3);
      expect(counts).toHaveLength(7);
      expect(seen[0].url).toMatch(/^\/api\/v1\/hr-cases\?/);
      expect(seen[0].url).toContain('fieldOffice=MALAKAL');
      expect(seen.every((s) => s.authorization === 'Bearer tok')).toBe(true);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('homeFor', () => {
  const withRoles = (...roles: string[]) => identityFromClaims({ realm_access: { roles } });
  it('chooses the home by job function, and none for the others', () => {
    expect(homeFor(withRoles('personnel-officer'))).toBe('personnel');
    expect(homeFor(withRoles('human-rights-officer'))).toBe('humanrights');
    expect(homeFor(withRoles('senior-human-rights-officer'))).toBe('humanrights');
    expect(homeFor(withRoles('gender-officer'))).toBe('gender');
    expect(homeFor(withRoles('unpol-officer'))).toBe('poc');
    expect(homeFor(withRoles('civil-affairs-officer'))).toBe('civil-affairs');
    expect(homeFor(withRoles('partner-agency'))).toBe('none');
  });
});
