/** What the console shows about the signed-in person, read from their access token (the server still decides). */
export interface Identity {
  name: string;
  username: string;
  /** The realm's job-function role (e.g. personnel-officer), or null for a person with none. */
  jobFunction: string | null;
  fieldOffice: string | null;
  roles: readonly string[];
}

/** The realm's job-function (composite) roles, most specific first: a senior officer is also an officer. */
export const JOB_FUNCTIONS = [
  'administrator',
  'senior-human-rights-officer',
  'human-rights-officer',
  'personnel-officer',
  'unpol-officer',
  'gender-officer',
  'civil-affairs-officer',
  'humanitarian-liaison-officer',
  'partner-agency',
  'reporting-tool',
] as const;

export type Claims = Record<string, unknown>;

/** The payload of a JWT, without checking its signature: only for display, the gateway and services verify it. */
export function decodeJwtPayload(token: string): Claims {
  const part = token.split('.')[1];
  if (!part) {
    throw new Error('not a JWT');
  }
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes)) as Claims;
}

export function identityFromClaims(claims: Claims): Identity {
  const realmAccess = claims.realm_access as { roles?: unknown } | undefined;
  const roles = Array.isArray(realmAccess?.roles) ? realmAccess.roles.filter((r): r is string => typeof r === 'string') : [];
  const username = text(claims.preferred_username) ?? text(claims.sub) ?? '';
  const fullName = text(claims.name) ?? [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  return {
    name: fullName || username,
    username,
    jobFunction: JOB_FUNCTIONS.find((role) => roles.includes(role)) ?? null,
    fieldOffice: text(claims.field_office),
    roles,
  };
}

function text(value: unknown): string | null {
  if (Array.isArray(value)) {
    return text(value[0]);
  }
  return typeof value === 'string' && value.length > 0 ? value : null;
}
