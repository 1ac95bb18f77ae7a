import { LitElement, html, unsafeCSS } from 'lit';
import type { QuarterlyBrief } from '@unmiss/humanrights-client';
import type { ApiClients } from '../api/clients';
import { formatDate, formatPercent } from '../i18n/format';
import { formatNumber, translate, type Language } from '../i18n/translate';
import { LOADING, loadPart, type Part } from './parts';
import { PANEL_STYLES, unavailableNote } from './unavailable-note';

// The demo cases' last full quarter; the officer picks another (YYYY-Qn, the service checks it).
const DEFAULT_QUARTER = '2025-Q4';
const FIGURES = ['cases', 'violations', 'victims', 'lateVerifications', 'hateSpeechIncidents'] as const;

/**
 * A human rights officer's quarterly figures, as humanrights-service's quarterly brief counts them (verified cases
 * only). The service offers this brief as JSON only, so there is no file to download for it.
 */
export class HumanRightsQuarterly extends LitElement {
  static properties = {
    api: { attribute: false },
    language: {},
    quarter: { state: true },
    brief: { state: true },
  };

  api!: ApiClients;
  language: Language = 'en';
  quarter = DEFAULT_QUARTER;
  brief: Part<QuarterlyBrief> = LOADING;

  static styles = unsafeCSS(PANEL_STYLES);

  connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.brief = LOADING;
    this.brief = await loadPart(() => this.api.humanRightsReports.humanRightsReportsQuarterlyBrief({ quarter: this.quarter }));
  }

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  render() {
    const brief = this.brief.state === 'ready' ? this.brief.value : null;
    const n = (value: number) => formatNumber(value, this.language);
    return html`<section data-panel="quarterly" data-quarter=${brief?.quarter ?? ''}>
      <div class="heading">
        <h3>${this.t('hr.quarterly')}</h3>
        <label>${this.t('hr.quarter')}
          <input name="quarter" .value=${this.quarter} pattern="[0-9]{4}-Q[1-4]" size="8"
                 @change=${(e: Event) => { this.quarter = (e.target as HTMLInputElement).value.trim() || DEFAULT_QUARTER; void this.load(); }}>
        </label>
      </div>
      ${unavailableNote(this.brief, 'quarterly', this.language)}
      ${this.brief.state === 'loading' ? html`<p>${this.t('app.loading')}</p>` : ''}
      ${brief ? html`
        <p>${this.t('hr.quarterRange', { from: formatDate(brief.from, this.language), to: formatDate(brief.to, this.language) })}</p>
        <table data-figures="quarterly"><tbody>
          ${FIGURES.map((figure) => html`<tr data-figure=${figure} data-value=${brief[figure]}>
            <th scope="row">${this.t(`hr.figure.${figure}`)}</th><td class="number">${n(brief[figure])}</td></tr>`)}
          <tr data-figure="lateVerificationRate" data-value=${brief.lateVerificationRate}>
            <th scope="row">${this.t('hr.figure.lateVerificationRate')}</th>
            <td class="number">${formatPercent(brief.lateVerificationRate * 100, this.language)}</td></tr>
        </tbody></table>
        <h3>${this.t('hr.byType')}</h3>
        <table data-figures="by-type">
          <thead><tr><th scope="col">${this.t('hr.violationType')}</th><th scope="col">${this.t('hr.figure.violations')}</th>
            <th scope="col">${this.t('hr.figure.victims')}</th></tr></thead>
          <tbody>${(brief.byType ?? []).map((row) => html`<tr data-type=${row.type ?? ''} data-violations=${row.violations}
              data-victims=${row.victims}><th scope="row">${row.type}</th>
            <td class="number">${n(row.violations)}</td><td class="number">${n(row.victims)}</td></tr>`)}</tbody>
        </table>` : ''}
    </section>`;
  }
}

customElements.define('humanrights-quarterly', HumanRightsQuarterly);
