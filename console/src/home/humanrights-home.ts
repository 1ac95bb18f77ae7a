import { LitElement, css, html } from 'lit';
import type { ApiClients } from '../api/clients';
import { formatNumber, translate, type Language } from '../i18n/translate';
import { caseCountsByStatus, type StatusCount } from './homes';
import './humanrights-quarterly';

/** A human rights officer's home: their office's cases by status, and the quarterly figures. */
export class HumanRightsHome extends LitElement {
  static properties = {
    api: { attribute: false },
    language: {},
    fieldOffice: { attribute: false },
    counts: { state: true },
    failure: { state: true },
  };

  api!: ApiClients;
  language: Language = 'en';
  fieldOffice: string | null = null;
  counts?: StatusCount[];
  failure?: string;

  static styles = css`
    table { border-collapse: collapse; min-width: 20rem; }
    th, td { border-bottom: 1px solid #c8d3e0; padding: 0.4rem 0.75rem; text-align: start; }
    td { text-align: end; font-variant-numeric: tabular-nums; }
    tfoot th, tfoot td { font-weight: 600; }
  `;

  connectedCallback(): void {
    super.connectedCallback();
    caseCountsByStatus(this.api, this.fieldOffice)
      .then((counts) => { this.counts = counts; })
      .catch((error: unknown) => { this.failure = error instanceof Error ? error.message : String(error); });
  }

  render() {
    const office = this.fieldOffice ?? '—';
    const total = (this.counts ?? []).reduce((sum, c) => sum + c.count, 0);
    return html`
      <h2>${translate('hr.title', this.language, { office })}</h2>
      ${this.failure ? html`<p role="alert">${translate('app.error', this.language, { message: this.failure })}</p>` : ''}
      ${this.counts ? html`
        <table data-home="humanrights">
          <tbody>
            ${this.counts.map((c) => html`<tr data-status=${c.status} data-value=${c.count}>
              <th scope="row">${translate(`status.${c.status}`, this.language)}</th>
              <td>${formatNumber(c.count, this.language)}</td></tr>`)}
          </tbody>
          <tfoot><tr data-status="total" data-value=${total}>
            <th scope="row">${translate('hr.total', this.language)}</th><td>${formatNumber(total, this.language)}</td>
          </tr></tfoot>
        </table>` : html`<p>${translate('app.loading', this.language)}</p>`}
      <humanrights-quarterly .api=${this.api} language=${this.language}></humanrights-quarterly>
    `;
  }
}

customElements.define('humanrights-home', HumanRightsHome);
