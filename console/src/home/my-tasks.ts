import { LitElement, html, unsafeCSS } from 'lit';
import type { ApiClients } from '../api/clients';
import type { Identity } from '../auth/identity';
import { formatDate } from '../i18n/format';
import { formatNumber, translate, type Language } from '../i18n/translate';
import { myTasks, type TaskList } from './tasks';
import { PANEL_STYLES } from './unavailable-note';

/** "My tasks": what waits for this person in every service, in one list; a service that is down is named, not hidden. */
export class MyTasks extends LitElement {
  static properties = {
    api: { attribute: false },
    identity: { attribute: false },
    language: {},
    list: { state: true },
  };

  api!: ApiClients;
  identity!: Identity;
  language: Language = 'en';
  list?: TaskList;

  static styles = unsafeCSS(PANEL_STYLES);

  connectedCallback(): void {
    super.connectedCallback();
    void myTasks(this.api, this.identity).then((list) => { this.list = list; });
  }

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  render() {
    const list = this.list;
    return html`<section data-panel="my-tasks" data-count=${list ? list.tasks.length : ''}>
      <h2>${this.t('tasks.title')}</h2>
      ${!list ? html`<p>${this.t('app.loading')}</p>` : html`
        ${list.unavailable.map((part) => html`<p class="unavailable" role="status" data-unavailable=${part.source}
            data-status=${part.status ?? ''}>${this.t('tasks.unavailable', { part: this.t(`tasks.source.${part.source}`), reason: part.reason })}</p>`)}
        ${list.tasks.length === 0 && list.unavailable.length === 0 ? html`<p data-empty>${this.t('tasks.none')}</p>` : ''}
        ${list.answered.length > 0 ? html`<p>${list.answered.map((a) => html`<span data-source=${a.source} data-count=${a.count}>
            ${this.t(`tasks.source.${a.source}`)}: ${formatNumber(a.count, this.language)}</span> `)}</p>` : ''}
        ${list.tasks.length > 0 ? html`<table>
          <thead><tr><th scope="col">${this.t('tasks.due')}</th><th scope="col">${this.t('tasks.what')}</th>
            <th scope="col">${this.t('tasks.reference')}</th><th scope="col">${this.t('tasks.about')}</th>
            <th scope="col">${this.t('identity.fieldOffice')}</th></tr></thead>
          <tbody>${list.tasks.map((task) => html`<tr data-task-kind=${task.kind} data-reference=${task.reference}>
            <td>${formatDate(task.due, this.language)}</td><td>${this.t(`tasks.kind.${task.kind}`)}</td>
            <td>${task.reference}</td><td>${task.title}</td><td>${task.fieldOffice ?? '—'}</td></tr>`)}</tbody>
        </table>` : ''}`}
    </section>`;
  }
}

customElements.define('my-tasks', MyTasks);
