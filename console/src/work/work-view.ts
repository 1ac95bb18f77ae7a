import { LitElement, css, html, nothing } from 'lit';
import { translate, type Language } from '../i18n/translate';
import type { Identity } from '../auth/identity';
import type { WorkContext } from './context';
import './case-form';
import './case-view';
import './incident-form';
import './engagement-view';
import './training-form';
import './rotation-import';
import './outbox-view';

export type WorkTab = 'case' | 'open-case' | 'incident' | 'engagement' | 'training' | 'rotation' | 'outbox';

/** The work a person's roles let them do (the services decide each request; this only leaves out what is useless). */
export function workTabsFor(identity: Identity): WorkTab[] {
  const has = (role: string) => identity.roles.includes(role);
  const tabs: WorkTab[] = [];
  if (has('HR_WRITE')) tabs.push('case');
  if (has('HR_READ')) tabs.push('open-case');
  if (has('POC_WRITE')) tabs.push('incident');
  if (has('PEACE_WRITE') || has('PEACE_APPROVE')) tabs.push('engagement');
  if (has('GENDER_WRITE')) tabs.push('training');
  if (has('PERSONNEL_WRITE')) tabs.push('rotation');
  tabs.push('outbox');
  return tabs;
}

/** The console's work area: one tab per kind of work, and the device's outbox. */
export class WorkView extends LitElement {
  static properties = { work: { attribute: false }, language: {}, tab: { state: true }, reference: { state: true } };
  static styles = css`
    nav { display: flex; flex-wrap: wrap; gap: 0.4rem; margin-block-end: 1rem; }
    nav button[aria-current=page] { font-weight: 700; text-decoration: underline; }
    button, input { font: inherit; }
  `;

  work!: WorkContext;
  language: Language = 'en';
  tab?: WorkTab;
  reference = '';

  private t(key: string) {
    return translate(key, this.language);
  }

  private content(tab: WorkTab) {
    const common = { work: this.work, language: this.language };
    switch (tab) {
      case 'case': return html`<case-form .work=${common.work} language=${common.language}></case-form>`;
      case 'open-case': return html`
        <form data-form="open-case" @submit=${(e: Event) => { e.preventDefault(); this.reference = ((e.target as HTMLFormElement).elements.namedItem('reference') as HTMLInputElement).value.trim(); }}>
          <label for="reference">${this.t('case.reference')}</label> <input id="reference" name="reference" pattern="HR-\\d{4}-\\d{6}" required>
          <button type="submit" data-open-case>${this.t('case.open')}</button>
        </form>
        ${this.reference ? html`<case-view .work=${common.work} language=${common.language} reference=${this.reference}></case-view>` : nothing}`;
      case 'incident': return html`<incident-form .work=${common.work} language=${common.language}></incident-form>`;
      case 'engagement': return html`<engagement-view .work=${common.work} language=${common.language}></engagement-view>`;
      case 'training': return html`<training-form .work=${common.work} language=${common.language}></training-form>`;
      case 'rotation': return html`<rotation-import .work=${common.work} language=${common.language}></rotation-import>`;
      case 'outbox': return html`<outbox-view .work=${common.work} language=${common.language}></outbox-view>`;
    }
  }

  render() {
    const tabs = workTabsFor(this.work.identity);
    const tab = this.tab && tabs.includes(this.tab) ? this.tab : tabs[0]!;
    return html`
      <nav aria-label=${this.t('work.title')}>
        ${tabs.map((t) => html`<button type="button" data-tab=${t} aria-current=${t === tab ? 'page' : 'false'} @click=${() => { this.tab = t; }}>${this.t(`work.tab.${t}`)}</button>`)}
      </nav>
      ${this.content(tab)}
    `;
  }
}

customElements.define('work-view', WorkView);
