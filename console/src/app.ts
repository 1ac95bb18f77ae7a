import { LitElement, css, html } from 'lit';
import type { UserManager } from 'oidc-client-ts';
import { apiClients, type ApiClients } from './api/clients';
import { decodeJwtPayload, identityFromClaims, type Identity } from './auth/identity';
import { currentUser, loadConfig, userManager } from './auth/session';
import { homeFor } from './home/homes';
import './home/personnel-home';
import './home/humanrights-home';
import './home/gender-home';
import './home/poc-home';
import './home/civil-affairs-home';
import './home/my-tasks';
import { LANGUAGES, directionOf, languageFrom, translate, type Language } from './i18n/translate';
import { workContext, type WorkContext } from './work/context';
import './work/work-view';

const LANGUAGE_KEY = 'unmiss.console.language';
const VIEW_KEY = 'unmiss.console.view';
const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', fr: 'Français', ar: 'العربية' };

/** The console's shell: sign-in, the header with the person's identity, the language switch and their home. */
export class MissionConsole extends LitElement {
  static properties = {
    language: { state: true },
    identity: { state: true },
    failure: { state: true },
    work: { state: true },
    view: { state: true },
  };

  language: Language = languageFrom([localStorage.getItem(LANGUAGE_KEY), ...navigator.languages]);
  identity?: Identity;
  failure?: string;
  /** The work area's shared state (outbox, drafts); `view` is what the page shows: the home or the work area. */
  work?: WorkContext;
  // kept for the tab: a session that expires comes back from Keycloak's login to the work area and its drafts
  view: 'home' | 'work' = window.location.hash === '#work' || sessionStorage.getItem(VIEW_KEY) === 'work' ? 'work' : 'home';
  private manager?: UserManager;
  private api?: ApiClients;

  static styles = css`
    :host { display: block; }
    header { display: flex; flex-wrap: wrap; align-items: center; gap: 1rem; padding: 0.75rem 1.25rem;
             background: #1b4f8a; color: #fff; }
    header h1 { font-size: 1.15rem; margin: 0; margin-inline-end: auto; }
    .who { display: flex; gap: 1rem; }
    .who span { white-space: nowrap; }
    main { padding: 1.25rem; }
    button, select { font: inherit; }
  `;

  connectedCallback(): void {
    super.connectedCallback();
    this.applyLanguage();
    void this.start();
  }

  private async start(): Promise<void> {
    try {
      const manager = userManager(await loadConfig());
      this.manager = manager;
      const user = await currentUser(manager);
      if (!user) {
        await manager.signinRedirect();
        return;
      }
      manager.events.addUserLoaded((renewed) => { this.identity = identityFromClaims(decodeJwtPayload(renewed.access_token)); });
      // A session that can no longer be renewed goes back to Keycloak's login page.
      manager.events.addAccessTokenExpired(() => { void manager.signinRedirect(); });
      this.api = apiClients(async () => {
        const current = await manager.getUser();
        if (!current || current.expired) {
          await manager.signinRedirect();
          throw new Error('the session has expired');
        }
        return current.access_token;
      });
      this.identity = identityFromClaims(decodeJwtPayload(user.access_token));
      this.work = await workContext(this.api, this.identity);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  private applyLanguage(): void {
    document.documentElement.lang = this.language;
    document.documentElement.dir = directionOf(this.language);
    document.title = translate('app.title', this.language);
  }

  private switchLanguage(language: Language): void {
    this.language = language;
    localStorage.setItem(LANGUAGE_KEY, language);
    this.applyLanguage();
  }

  private t(key: string) {
    return translate(key, this.language);
  }

  private home(identity: Identity) {
    switch (homeFor(identity)) {
      case 'personnel':
        return html`<personnel-home .api=${this.api} language=${this.language}></personnel-home>`;
      case 'humanrights':
        return html`<humanrights-home .api=${this.api} .fieldOffice=${identity.fieldOffice} language=${this.language}></humanrights-home>`;
      case 'gender':
        return html`<gender-home .api=${this.api} language=${this.language}></gender-home>`;
      case 'poc':
        return html`<poc-home .api=${this.api} language=${this.language}></poc-home>`;
      case 'civil-affairs':
        return html`<civil-affairs-home .api=${this.api} .identity=${identity} language=${this.language}></civil-affairs-home>`;
      default:
        return html`<p data-home="none">${this.t('home.none')}</p>`;
    }
  }

  render() {
    const identity = this.identity;
    return html`
      <header>
        <h1>${this.t('app.title')}</h1>
        ${identity ? html`<div class="who" data-identity>
          <span data-name>${identity.name}</span>
          <span data-job-function title=${this.t('identity.jobFunction')}>${this.t(`role.${identity.jobFunction ?? 'none'}`)}</span>
          <span data-field-office title=${this.t('identity.fieldOffice')}>${identity.fieldOffice ?? '—'}</span>
        </div>` : ''}
        <label>${this.t('app.language')}
          <select name="language" @change=${(e: Event) => this.switchLanguage((e.target as HTMLSelectElement).value as Language)}>
            ${LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === this.language}>${LANGUAGE_NAMES[l]}</option>`)}
          </select>
        </label>
        ${identity ? html`<nav class="views">${(['home', 'work'] as const).map((v) => html`<button type="button" data-view=${v}
          aria-current=${this.view === v ? 'page' : 'false'} @click=${() => { this.view = v; sessionStorage.setItem(VIEW_KEY, v); }}>${this.t(`view.${v}`)}</button>`)}</nav>` : ''}
        ${identity ? html`<button type="button" data-sign-out @click=${() => void this.manager?.signoutRedirect()}>${this.t('app.signOut')}</button>` : ''}
      </header>
      <main>
        ${this.failure ? html`<p role="alert">${translate('app.error', this.language, { message: this.failure })}</p>` : ''}
        ${identity ? (this.view === 'work' && this.work
          ? html`<work-view .work=${this.work} language=${this.language}></work-view>` : this.home(identity)) : this.failure ? '' : html`<p>${this.t('app.signingIn')}</p>`}
        ${identity && this.api && this.view !== 'work' ? html`<my-tasks .api=${this.api} .identity=${identity} language=${this.language}></my-tasks>` : ''}
      </main>
    `;
  }
}

customElements.define('mission-console', MissionConsole);
