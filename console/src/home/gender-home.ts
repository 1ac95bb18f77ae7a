import { LitElement, css, html, unsafeCSS } from 'lit';
import type { ParityLine, ParityResponse } from '@unmiss/gender-client';
import type { ApiClients } from '../api/clients';
import { accepting, fileNameFor } from '../api/downloads';
import { formatDate, formatDateTime, formatPercent, formatPoints } from '../i18n/format';
import { formatNumber, translate, type Language } from '../i18n/translate';
import type { DownloadOffer } from './download-buttons';
import './download-buttons';
import { parityFreshness, parityKey, targetMark } from './gender';
import { LOADING, loadPart, type Part } from './parts';
import { PANEL_STYLES, unavailableNote } from './unavailable-note';

const DEFAULT_AS_OF = '2025-12-31';

/** A gender officer's home: women's share against the parity targets by category and by contributing country. */
export class GenderHome extends LitElement {
  static properties = {
    api: { attribute: false },
    language: {},
    asOf: { state: true },
    parity: { state: true },
  };

  api!: ApiClients;
  language: Language = 'en';
  asOf = DEFAULT_AS_OF;
  parity: Part<ParityResponse> = LOADING;

  static styles = [unsafeCSS(PANEL_STYLES), css`
    .meets { color: #1d6b34; }
    .below { color: #9b1c1c; }
  `];

  connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    this.parity = LOADING;
    this.parity = await loadPart(() => this.api.genderParity.parityParity({ asOf: this.asOf }));
  }

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  private downloads(): DownloadOffer[] {
    return [{
      format: 'csv', fileName: fileNameFor('gender-parity', 'csv', this.asOf),
      answer: () => this.api.genderParity.parityParityRaw({ asOf: this.asOf }, accepting('csv')),
    }];
  }

  private freshness() {
    const freshness = parityFreshness(this.parity);
    switch (freshness.mark) {
      case 'stale':
        return html`<p class="stale" role="status" data-mark="stale">${this.t('gender.stale', {
          fetchedAt: formatDateTime(freshness.fetchedAt, this.language), reason: freshness.reason })}</p>`;
      case 'fresh':
        return html`<p data-mark="fresh">${this.t('gender.fresh', { fetchedAt: formatDateTime(freshness.fetchedAt, this.language) })}</p>`;
      case 'loading':
        return html`<p>${this.t('app.loading')}</p>`;
      default:
        return unavailableNote(this.parity, 'parity', this.language);
    }
  }

  private table(dimension: 'category' | 'country', lines: readonly ParityLine[]) {
    const n = (value: number) => formatNumber(value, this.language);
    return html`<table data-parity=${dimension}>
      <thead><tr>
        <th scope="col">${this.t(dimension === 'category' ? 'gender.category' : 'gender.country')}</th>
        <th scope="col">${this.t('gender.women')}</th><th scope="col">${this.t('gender.men')}</th>
        <th scope="col">${this.t('gender.total')}</th><th scope="col">${this.t('gender.share')}</th>
        <th scope="col">${this.t('gender.target')}</th><th scope="col">${this.t('gender.gap')}</th>
        <th scope="col">${this.t('gender.meetsTarget')}</th>
      </tr></thead>
      <tbody>${lines.map((line) => {
        const mark = targetMark(line);
        return html`<tr data-key=${parityKey(line)} data-female=${line.female} data-male=${line.male} data-total=${line.total}
            data-target=${mark}>
          <th scope="row">${parityKey(line)}</th>
          <td class="number">${n(line.female)}</td><td class="number">${n(line.male)}</td><td class="number">${n(line.total)}</td>
          <td class="number">${formatPercent(line.womenSharePercent, this.language)}</td>
          <td class="number">${formatPercent(line.targetPercent, this.language)}</td>
          <td class="number">${formatPoints(line.gapPercentagePoints, this.language)}</td>
          <td class=${mark}>${this.t(`gender.target.${mark}`)}</td>
        </tr>`;
      })}</tbody>
    </table>`;
  }

  render() {
    const view = this.parity.state === 'ready' ? this.parity.value : null;
    return html`
      <section data-home="gender" data-panel="parity" data-freshness=${parityFreshness(this.parity).mark}>
        <div class="heading">
          <h2>${this.t('gender.title')}</h2>
          <label>${this.t('gender.asOf')}
            <input type="date" name="asOf" .value=${this.asOf}
                   @change=${(e: Event) => { this.asOf = (e.target as HTMLInputElement).value || DEFAULT_AS_OF; void this.load(); }}>
          </label>
          <download-buttons .offers=${this.downloads()} language=${this.language} data-report="gender-parity"></download-buttons>
        </div>
        ${this.freshness()}
        ${view ? html`
          <p data-total=${view.total}>${this.t('gender.summary', { asOf: formatDate(view.asOf, this.language),
            total: formatNumber(view.total, this.language), year: view.targetYear })}</p>
          ${view.targetNote ? html`<p data-target-note>${view.targetNote}</p>` : ''}
          <h3>${this.t('gender.byCategory')}</h3>
          ${this.table('category', view.byCategory ?? [])}
          <h3>${this.t('gender.byCountry')}</h3>
          ${this.table('country', view.byCountry ?? [])}` : ''}
      </section>
    `;
  }
}

customElements.define('gender-home', GenderHome);
