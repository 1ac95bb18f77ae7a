import { LitElement, html, nothing } from 'lit';
import { CaseStatus, StandardOfProof, type CaseResponse } from '@unmiss/humanrights-client';
import { translate, type Language } from '../i18n/translate';
import type { WorkContext } from './context';
import { FORM_STYLES } from './form';
import { problemOf, type ProblemView } from './problems';

const OUTCOMES: ReadonlySet<string> = new Set([CaseStatus.Verified, CaseStatus.NotVerified, CaseStatus.FoundNotToHaveOccurred]);

/**
 * A case as the service shows this person: its acts with the victims' codes (never an identity: this view does not
 * ask for them), and one button per status the service says this person may move it to (`allowedTransitions`,
 * ADR 0105); the service checks the move again.
 */
export class CaseView extends LitElement {
  static properties = {
    work: { attribute: false }, language: {}, reference: {},
    hrCase: { state: true }, problem: { state: true }, standardOfProof: { state: true }, note: { state: true },
  };

  static styles = FORM_STYLES;

  work!: WorkContext;
  language: Language = 'en';
  reference = '';
  hrCase?: CaseResponse;
  problem?: ProblemView;
  standardOfProof = '';
  note = '';
  private etag?: string;

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  protected updated(changed: Map<string, unknown>) {
    if (changed.has('reference') && this.reference) {
      void this.load();
    }
  }

  private async load() {
    try {
      const answer = await this.work.api.humanRightsCases.humanRightsCasesGetRaw({ reference: this.reference });
      this.etag = answer.raw.headers.get('ETag') ?? undefined;
      this.hrCase = await answer.value();
      this.problem = undefined;
    } catch (error) {
      this.problem = await problemOf(error);
    }
  }

  private async move(to: CaseStatus) {
    try {
      const answer = await this.work.api.humanRightsCases.humanRightsCasesTransitionRaw({
        reference: this.reference, ifMatch: this.etag, idempotencyKey: crypto.randomUUID(),
        caseCommandsTransition: {
          to, standardOfProof: OUTCOMES.has(to) && this.standardOfProof ? this.standardOfProof as StandardOfProof : undefined,
          note: this.note || undefined,
        },
      });
      this.etag = answer.raw.headers.get('ETag') ?? undefined;
      this.hrCase = await answer.value();
      this.problem = undefined;
      this.note = '';
    } catch (error) {
      this.problem = await problemOf(error);
    }
  }

  render() {
    const c = this.hrCase;
    const problem = this.problem;
    const allowed = c?.allowedTransitions ?? [];
    const needsProof = allowed.some((to) => OUTCOMES.has(to));
    return html`
      ${problem ? html`<div class="problem" role="alert" data-problem><strong>${problem.title}</strong>${problem.detail ? html` — ${problem.detail}` : nothing}</div>` : nothing}
      ${c ? html`<section data-case=${c.reference ?? ''}>
        <h3>${this.t('case.saved', { reference: c.reference ?? '' })}</h3>
        <p>${this.t('case.status')}: <strong data-case-status=${c.status ?? ''}>${this.t(`status.${c.status}`)}</strong></p>
        <table data-victims>
          <thead><tr><th>${this.t('case.actCode')}</th><th>${this.t('case.violationType')}</th><th>${this.t('case.victimCode')}</th>
            <th>${this.t('case.sex')}</th><th>${this.t('case.ageGroup')}</th><th>${this.t('case.identityRecorded')}</th></tr></thead>
          <tbody>${(c.violations ?? []).flatMap((v) => (v.victims?.length ? v.victims : [undefined]).map((victim) => html`<tr>
            <td>${v.code}</td><td>${v.type}</td><td data-victim-code>${victim?.code ?? '—'}</td>
            <td>${victim ? this.t(`sex.${victim.sex}`) : '—'}</td><td>${victim?.ageGroup ?? '—'}</td>
            <td>${victim ? this.t(victim.identityRecorded ? 'work.yes' : 'work.no') : '—'}</td></tr>`))}</tbody>
        </table>
        ${allowed.length ? html`<div class="row" data-transitions>
          ${needsProof ? html`<div class="field"><label for="proof">${this.t('case.standardOfProof')}</label>
            <select id="proof" name="standardOfProof" @change=${(e: Event) => { this.standardOfProof = (e.target as HTMLSelectElement).value; }}>
              <option value="">—</option>${Object.values(StandardOfProof).map((s) => html`<option value=${s}>${s}</option>`)}
            </select>${problem?.fields.standardOfProof ? html`<span class="error" data-error-for="standardOfProof">${problem.fields.standardOfProof}</span>` : nothing}</div>` : nothing}
          <div class="field"><label for="note">${this.t('case.note')}</label>
            <input id="note" name="note" .value=${this.note} @input=${(e: Event) => { this.note = (e.target as HTMLInputElement).value; }}></div>
          ${allowed.map((to) => html`<button type="button" data-transition=${to} @click=${() => this.move(to)}>${this.t('case.moveTo', { status: this.t(`status.${to}`) })}</button>`)}
        </div>` : html`<p data-no-transitions>${this.t('case.noTransitions')}</p>`}
      </section>` : nothing}`;
  }
}

customElements.define('case-view', CaseView);
