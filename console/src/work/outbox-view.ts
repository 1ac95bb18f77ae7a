import { LitElement, html, nothing } from 'lit';
import type { OutboxEntry } from '../offline/outbox';
import { translate, type Language } from '../i18n/translate';
import type { WorkContext } from './context';
import { FORM_STYLES } from './form';

/** What waits on this device to be sent, what was sent (with the new record's reference) and what was refused, and why. */
export class OutboxView extends LitElement {
  static properties = { work: { attribute: false }, language: {}, entries: { state: true }, online: { state: true } };
  static styles = FORM_STYLES;

  work!: WorkContext;
  language: Language = 'en';
  entries: OutboxEntry[] = [];
  online = navigator.onLine;
  private stop?: () => void;
  private readonly connection = () => { this.online = navigator.onLine; };

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  connectedCallback(): void {
    super.connectedCallback();
    const refresh = () => { void this.work.outbox.entries().then((entries) => { this.entries = entries; }); };
    this.stop = this.work.outbox.onChange(refresh);
    window.addEventListener('online', this.connection);
    window.addEventListener('offline', this.connection);
    refresh();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
    window.removeEventListener('online', this.connection);
    window.removeEventListener('offline', this.connection);
  }

  private outcome(entry: OutboxEntry) {
    if (entry.state === 'sent') {
      return html`<span data-reference>${entry.reference}</span>`;
    }
    if (entry.state === 'refused' && entry.problem) {
      return html`<div class="error" data-refusal><strong>${entry.problem.title}</strong>${entry.problem.detail ? html` — ${entry.problem.detail}` : nothing}
        <ul>${Object.entries(entry.problem.fields).map(([field, reason]) => html`<li><code>${field}</code>: ${reason}</li>`)}</ul></div>`;
    }
    return this.t('outbox.waiting', { attempts: entry.attempts });
  }

  render() {
    const queued = this.entries.filter((e) => e.state === 'queued').length;
    return html`
      <h3>${this.t('outbox.title')}</h3>
      <p data-connection=${this.online ? 'online' : 'offline'}>${this.t(this.online ? 'outbox.online' : 'outbox.offline')}
        ${queued ? html` — <span data-queued-count=${queued}>${this.t('outbox.queued', { count: queued })}</span>` : nothing}</p>
      ${this.entries.length ? html`<table data-outbox>
        <thead><tr><th>${this.t('outbox.form')}</th><th>${this.t('outbox.queuedAt')}</th><th>${this.t('case.status')}</th><th>${this.t('outbox.outcome')}</th><th></th></tr></thead>
        <tbody>${this.entries.map((entry) => html`<tr data-entry=${entry.id} data-kind=${entry.kind} data-state=${entry.state}>
          <td>${this.t(`outbox.kind.${entry.kind}`)}</td>
          <td>${new Intl.DateTimeFormat(this.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(entry.queuedAt))}</td>
          <td>${this.t(`outbox.state.${entry.state}`)}</td><td>${this.outcome(entry)}</td>
          <td>${entry.state !== 'queued' ? html`<button type="button" @click=${() => this.work.outbox.dismiss(entry.id)}>${this.t('outbox.dismiss')}</button>` : nothing}</td>
        </tr>`)}</tbody></table>` : html`<p>${this.t('outbox.empty')}</p>`}
    `;
  }
}

customElements.define('outbox-view', OutboxView);
