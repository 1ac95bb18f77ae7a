import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

/** What the gateway tells the console at /console-config.json: nothing about a deployment is built into the bundle. */
export interface ConsoleConfig {
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export const CALLBACK_PATH = '/auth/callback';

export async function loadConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`the console's configuration did not load (HTTP ${response.status})`);
  }
  return (await response.json()) as ConsoleConfig;
}

/**
 * Authorization code + PKCE (S256) with the public client mission-console; the tokens stay in this tab's session
 * storage and are renewed with the refresh token before they expire.
 */
export function userManager(config: ConsoleConfig, origin: string = window.location.origin): UserManager {
  return new UserManager({
    authority: `${config.keycloakUrl}/realms/${config.realm}`,
    client_id: config.clientId,
    redirect_uri: origin + CALLBACK_PATH,
    post_logout_redirect_uri: origin + '/',
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** The signed-in person, finishing a sign-in that Keycloak has just redirected back from; null when nobody is. */
export async function currentUser(manager: UserManager): Promise<User | null> {
  if (window.location.pathname === CALLBACK_PATH) {
    const user = await manager.signinRedirectCallback();
    window.history.replaceState({}, '', '/');
    return user;
  }
  const user = await manager.getUser();
  return user && !user.expired ? user : null;
}
