import { describe, expect, it } from 'vitest';
import { decodeJwtPayload, identityFromClaims } from './identity';

function jwt(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'RS256' })}.${encode(payload)}.signature`;
}

describe('identityFromClaims', () => {
  it('reads name, job function and field office from a Keycloak access token', () => {
    const identity = identityFromClaims(decodeJwtPayload(jwt({
      preferred_username: 'hr.officer.malakal',
      given_name: 'Demo',
      family_name: 'Human Rights Officer Malakal',
      field_office: 'MALAKAL',
      realm_access: { roles: ['default-roles-unmiss', 'HR_READ', 'human-rights-officer'] },
    })));
    expect(identity).toEqual({
      name: 'Demo Human Rights Officer Malakal',
      username: 'hr.officer.malakal',
      jobFunction: 'human-rights-officer',
      fieldOffice: 'MALAKAL',
      roles: ['default-roles-unmiss', 'HR_READ', 'human-rights-officer'],
    });
  });

  it('prefers the most specific job function and the full name claim', () => {
    const identity = identityFromClaims({
      name: 'Senior Officer',
      realm_access: { roles: ['human-rights-officer', 'senior-human-rights-officer'] },
    });
    expect(identity.jobFunction).toBe('senior-human-rights-officer');
    expect(identity.name).toBe('Senior Officer');
  });

  it('shows the username, no job function and no office when the token has none', () => {
    const identity = identityFromClaims({ preferred_username: 'someone', field_office: '' });
    expect(identity).toMatchObject({ name: 'someone', jobFunction: null, fieldOffice: null, roles: [] });
  });

  it('decodes non-ASCII names (UTF-8, base64url)', () => {
    expect(decodeJwtPayload(jwt({ name: 'Hélène عائشة' })).name).toBe('Hélène عائشة');
  });

  it('refuses something that is not a JWT', () => {
    expect(() => decodeJwtPayload('garbage')).toThrow('not a JWT');
  });
});
