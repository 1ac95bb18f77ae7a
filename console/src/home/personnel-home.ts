import { LitElement, css, html, svg } from 'lit';
import type { StrengthReport, UnpolStrength } from '@unmiss/personnel-client';
import type { ApiClients } from '../api/clients';
import { formatNumber, translate, type Language } from '../i18n/translate';
import { scaleBars } from './chart';

const DEFAULT_AS_OF = '2025-12-31';
const CHART_WIDTH = 300;
const BAR_HEIGHT = 22;
const LABEL_WIDTH = 150;

/** A personnel officer's home: UNPOL composition and strength by category as of a chosen day. */
export class PersonnelHome extends LitElement {
  static properties = {
    api: { attribute: false },
    language: {},
    asOf: { state: true },
    unpol: { state: true },
    strength: { state: true },
    failure: { state: true },
  };

  api!: ApiClients;
  language: Language = 'en';
  asOf = DEFAULT_AS_OF;
  unpol?: UnpolStrength;
  strength?: StrengthReport;
  failure?: string;

  static styles = css`
    dl { display: grid; grid-template-columns: repeat(4, minmax(8rem, 1fr)); gap: 0.75rem; margin: 1rem 0; }
    dl div { border: 1px solid #c8d3e0; border-radius: 6px; padding: 0.75rem; }
    dt { font-size: 0.85rem; color: #41536b; }
    dd { margin: 0.25rem 0 0; font-size: 1.6rem; font-weight: 600; }
    .total { background: #eaf2fb; }
    svg { max-width: 36rem; width: 100%; }
    rect { fill: #2f6fb3; }
    text { font-size: 12px; fill: #1b2a3d; }
  `;

  connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.failure = undefined;
    try {
      [this.unpol, this.strength] = await Promise.all([
        this.api.personnelReports.unpolStrength({ asOf: this.asOf }),
        this.api.personnelReports.personnelReportsStrength({ asOf: this.asOf, groupBy: 'category' }),
      ]);
    } catch (error) {
      this.failure = error instanceof Error ? error.message : String(error);
    }
  }

  private t(key: string) {
    return translate(key, this.language);
  }

  private figure(id: string, label: string, value: number | undefined, extra = '') {
    return html`<div class=${extra} data-figure=${id}>
      <dt>${label}</dt><dd data-value=${value ?? ''}>${value === undefined ? '…' : formatNumber(value, this.language)}</dd>
    </div>`;
  }

  private chart() {
    const rows = (this.strength?.rows ?? []).map((row) => ({ label: row.category ?? '?', value: row.count }));
    const bars = scaleBars(rows, CHART_WIDTH);
    const height = bars.length * BAR_HEIGHT;
    return html`<svg role="img" aria-label=${this.t('personnel.byCategory')} data-chart="strength-by-category"
        viewBox="0 0 ${LABEL_WIDTH + CHART_WIDTH + 60} ${height}">
      ${bars.map((bar, i) => svg`
        <g data-category=${bar.label} data-value=${bar.value}>
          <text x="0" y=${i * BAR_HEIGHT + 15}>${bar.label}</text>
          <rect x=${LABEL_WIDTH} y=${i * BAR_HEIGHT + 3} width=${bar.length} height=${BAR_HEIGHT - 6}></rect>
          <text x=${LABEL_WIDTH + bar.length + 6} y=${i * BAR_HEIGHT + 15}>${formatNumber(bar.value, this.language)}</text>
        </g>`)}
    </svg>`;
  }

  render() {
    return html`
      <h2>${this.t('personnel.title')}</h2>
      <label>${this.t('personnel.asOf')}
        <input type="date" name="asOf" .value=${this.asOf}
               @change=${(e: Event) => { this.asOf = (e.target as HTMLInputElement).value || DEFAULT_AS_OF; void this.load(); }}>
      </label>
      ${this.failure ? html`<p role="alert">${translate('app.error', this.language, { message: this.failure })}</p>` : ''}
      <dl data-home="personnel" data-as-of=${this.unpol?.asOf ?? ''}>
        ${this.figure('fpu', this.t('personnel.fpu'), this.unpol?.formedPoliceUnits)}
        ${this.figure('ipo', this.t('personnel.ipo'), this.unpol?.individualPoliceOfficers)}
        ${this.figure('corrections', this.t('personnel.corrections'), this.unpol?.corrections)}
        ${this.figure('total', this.t('personnel.total'), this.unpol?.total, 'total')}
      </dl>
      <h3>${this.t('personnel.byCategory')}</h3>
      ${this.strength ? this.chart() : ''}
    `;
  }
}

customElements.define('personnel-home', PersonnelHome);
