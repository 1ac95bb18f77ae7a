import { LitElement, css, html, unsafeCSS } from 'lit';
import { ImplementationStatus, type ImplementationMatrix } from '@unmiss/peace-process-client';
import type { ApiClients } from '../api/clients';
import { accepting, fileNameFor } from '../api/downloads';
import type { Identity } from '../auth/identity';
import { formatDate } from '../i18n/format';
import { formatNumber, translate, type Language } from '../i18n/translate';
import type { DownloadOffer } from './download-buttons';
import './download-buttons';
import { LOADING, loadPart, type Part } from './parts';
import { mergeTasks, sourcesFor, type Task } from './tasks';
import { PANEL_STYLES, unavailableNote } from './unavailable-note';

const DEFAULT_AS_OF = '2025-12-31';
const STATUSES = Object.values(ImplementationStatus);
/** The engagement reports that wait for this person: their drafts and rejected reports, or others' to approve. */
const ENGAGEMENT_SOURCES = new Set(['engagements-mine', 'engagements-approval']);

/** A civil affairs officer's home: engagement reports awaiting their action, the R-ARCSS matrix as of a day. */
export class CivilAffairsHome extends LitElement {
  static properties = {
    api: { attribute: false },
    identity: { attribute: false },
    language: {},
    asOf: { state: true },
    engagements: { state: true },
    matrix: { state: true },
  };

  api!: ApiClients;
  identity!: Identity;
  language: Language = 'en';
  asOf = DEFAULT_AS_OF;
  engagements: Part<Task[]> = LOADING;
  matrix: Part<ImplementationMatrix> = LOADING;

  static styles = [unsafeCSS(PANEL_STYLES), css`td.comment { max-width: 24rem; }`];

  connectedCallback(): void {
    super.connectedCallback();
    void this.loadEngagements();
    void this.loadMatrix();
  }

  private async loadEngagements(): Promise<void> {
    const sources = sourcesFor(this.identity).filter((source) => ENGAGEMENT_SOURCES.has(source.id));
    const parts = await Promise.all(sources.map(async (source) => ({
      source: source.id, part: await loadPart(() => source.load(this.api, this.identity)) })));
    const merged = mergeTasks(parts);
    this.engagements = merged.unavailable.length > 0 && merged.answered.length === 0
      ? { state: 'unavailable', status: merged.unavailable[0].status, reason: merged.unavailable[0].reason }
      : { state: 'ready', value: merged.tasks };
  }

  private async loadMatrix(): Promise<void> {
    this.matrix = LOADING;
    this.matrix = await loadPart(() => this.api.agreementImplementation.agreementImplementationMatrix({ asOf: this.asOf }));
  }

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  private matrixDownloads(): DownloadOffer[] {
    return [{
      format: 'csv', fileName: fileNameFor('r-arcss-implementation', 'csv', this.asOf),
      answer: () => this.api.agreementImplementation.agreementImplementationMatrixRaw({ asOf: this.asOf }, accepting('csv')),
    }];
  }

  private engagementsPanel() {
    const tasks = this.engagements.state === 'ready' ? this.engagements.value : null;
    return html`<section data-panel="engagements-awaiting" data-count=${tasks?.length ?? ''}>
      <h3>${this.t('civil.awaiting')}</h3>
      ${unavailableNote(this.engagements, 'engagements-awaiting', this.language)}
      ${this.engagements.state === 'loading' ? html`<p>${this.t('app.loading')}</p>` : ''}
      ${tasks && tasks.length === 0 ? html`<p data-empty>${this.t('civil.awaitingNone')}</p>` : ''}
      ${tasks && tasks.length > 0 ? html`<table>
        <thead><tr><th scope="col">${this.t('tasks.due')}</th><th scope="col">${this.t('civil.purpose')}</th>
          <th scope="col">${this.t('identity.fieldOffice')}</th><th scope="col">${this.t('civil.action')}</th></tr></thead>
        <tbody>${tasks.map((task) => html`<tr data-engagement=${task.reference} data-kind=${task.kind}>
          <td>${formatDate(task.due, this.language)}</td><td>${task.title}</td><td>${task.fieldOffice ?? '—'}</td>
          <td>${this.t(`tasks.kind.${task.kind}`)}</td></tr>`)}</tbody>
      </table>` : ''}
    </section>`;
  }

  private matrixPanel() {
    const matrix = this.matrix.state === 'ready' ? this.matrix.value : null;
    const n = (value: number | undefined) => formatNumber(value ?? 0, this.language);
    return html`<section data-panel="implementation-matrix" data-as-of=${matrix?.asOf ?? ''}>
      <div class="heading">
        <h3>${this.t('civil.matrix')}</h3>
        <label>${this.t('personnel.asOf')}
          <input type="date" name="asOf" .value=${this.asOf}
                 @change=${(e: Event) => { this.asOf = (e.target as HTMLInputElement).value || DEFAULT_AS_OF; void this.loadMatrix(); }}>
        </label>
        <download-buttons .offers=${this.matrixDownloads()} language=${this.language} data-report="implementation-matrix"></download-buttons>
      </div>
      ${unavailableNote(this.matrix, 'implementation-matrix', this.language)}
      ${this.matrix.state === 'loading' ? html`<p>${this.t('app.loading')}</p>` : ''}
      ${matrix ? html`<table>
        <thead><tr><th scope="col">${this.t('civil.chapter')}</th>
          ${STATUSES.map((status) => html`<th scope="col">${this.t(`implementation.${status}`)}</th>`)}
          <th scope="col">${this.t('civil.provisions')}</th></tr></thead>
        <tbody>${(matrix.chapters ?? []).map((chapter) => html`<tr data-chapter=${chapter.chapter ?? ''} data-total=${chapter.total}>
          <th scope="row">${chapter.chapter} — ${chapter.title}</th>
          ${STATUSES.map((status) => html`<td class="number" data-status=${status} data-value=${chapter.byStatus?.[status] ?? 0}>
            ${n(chapter.byStatus?.[status])}</td>`)}
          <td class="number">${n(chapter.total)}</td></tr>`)}</tbody>
      </table>` : ''}
    </section>`;
  }

  render() {
    return html`<div data-home="civil-affairs">
      <h2>${this.t('civil.title')}</h2>
      ${this.engagementsPanel()}
      ${this.matrixPanel()}
    </div>`;
  }
}

customElements.define('civil-affairs-home', CivilAffairsHome);
