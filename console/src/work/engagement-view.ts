import { html, nothing } from 'lit';
import {
  EngagementStatus, InterlocutorType, Level, Sex, SouthSudanState, type EngagementResponse,
} from '@unmiss/peace-process-client';
import { WorkForm, integer, text } from './form';
import { awaitsAnotherOfficer, engagementActions, type EngagementAction } from './engagement-actions';
import { problemOf } from './problems';

/** The engagement report body the API takes (EngagementRequest, as JSON): a draft with one interlocutor. */
export function engagementRequestFrom(values: Record<string, string>): unknown {
  return {
    date: text(values, 'date'), fieldOffice: text(values, 'fieldOffice'), level: text(values, 'level'),
    state: text(values, 'state'), place: text(values, 'place'), purpose: text(values, 'purpose'),
    keyOutcomes: text(values, 'keyOutcomes'),
    participantsBySex: { female: integer(values, 'participantsBySex.female'), male: integer(values, 'participantsBySex.male') },
    interlocutors: [{ type: text(values, 'interlocutors[0].type'), sex: text(values, 'interlocutors[0].sex'),
      position: text(values, 'interlocutors[0].position') }],
  };
}

const WAITING = [EngagementStatus.Draft, EngagementStatus.Rejected, EngagementStatus.PendingApproval];

/**
 * Engagement reports: writing a draft (PEACE_WRITE, queued when offline), and the reports of this person's scope
 * that wait for a step, each with the buttons engagementActions offers. Four eyes visible: the author of a pending
 * report reads that another officer decides, and has no approve button (the service refuses it anyway).
 */
export class EngagementView extends WorkForm {
  static properties = { ...WorkForm.properties, reports: { state: true }, comment: { state: true } };
  reports: EngagementResponse[] = [];
  comment = '';
  protected readonly formId = 'engagement';

  protected defaults() {
    return { fieldOffice: this.work?.identity.fieldOffice ?? '', level: 'SUBNATIONAL', 'participantsBySex.female': '0', 'participantsBySex.male': '0' };
  }

  connectedCallback(): void {
    super.connectedCallback();
    void this.loadReports();
  }

  private async loadReports() {
    try {
      const pages = await Promise.all(WAITING.map((status) => this.work.api.engagements.engagementsList({ status, size: 50, sort: 'date,desc' })));
      this.reports = pages.flatMap((page) => page.content ?? []);
    } catch (error) {
      this.problem = await problemOf(error);
    }
  }

  private async save(e: Event) {
    e.preventDefault();
    await this.submitThroughOutbox('engagement', engagementRequestFrom(this.values), async (id) => {
      this.notice = this.t('engagement.saved', { id });
      await this.loadReports();
    });
  }

  private async act(report: EngagementResponse, action: EngagementAction) {
    const engagements = this.work.api.engagements;
    const common = { id: report.id!, ifMatch: `"${report.version}"`, idempotencyKey: crypto.randomUUID() };
    try {
      if (action === 'submit') {
        await engagements.engagementsSubmit(common);
      } else if (action === 'approve') {
        await engagements.engagementsApprove({ ...common, decisionRequest: { comment: this.comment || undefined } });
      } else {
        await engagements.engagementsReject({ ...common, decisionRequest: { comment: this.comment || undefined } });
      }
      this.problem = undefined;
      this.notice = this.t(`engagement.done.${action}`, { id: report.id ?? '' });
      this.comment = '';
      await this.loadReports();
    } catch (error) {
      this.problem = await problemOf(error);
    }
  }

  private report(report: EngagementResponse) {
    const actions = engagementActions(report, this.work.identity);
    return html`<tr data-engagement=${report.id ?? ''} data-status=${report.status ?? ''}>
      <td>${String(report.date ?? '').slice(0, 10)}</td><td>${report.place}</td><td>${report.purpose}</td>
      <td>${this.t(`engagementStatus.${report.status}`)}</td><td data-author>${report.author ?? '—'}</td>
      <td>${actions.map((a) => html`<button type="button" data-action=${a} @click=${() => this.act(report, a)}>${this.t(`engagement.${a}`)}</button>`)}
        ${awaitsAnotherOfficer(report, this.work.identity) ? html`<span data-four-eyes>${this.t('engagement.fourEyes')}</span>` : nothing}</td>
    </tr>`;
  }

  render() {
    const canWrite = this.work.identity.roles.includes('PEACE_WRITE');
    return html`
      <h3>${this.t('engagement.title')}</h3>
      ${this.messages()}
      ${canWrite ? html`<form data-form="engagement" @submit=${this.save} novalidate>
        <div class="row">
          ${this.field('date', this.t('engagement.date'), { type: 'date', required: true })}
          ${this.field('fieldOffice', this.t('identity.fieldOffice'), { required: true })}
          ${this.field('level', this.t('engagement.level'), { options: Object.values(Level), required: true })}
          ${this.field('state', this.t('case.state'), { options: Object.values(SouthSudanState), required: true })}
        </div>
        <div class="row">
          ${this.field('place', this.t('case.place'), { required: true })}
          ${this.field('purpose', this.t('engagement.purpose'), { required: true })}
        </div>
        <div class="row">
          ${this.field('participantsBySex.female', this.t('work.female'), { type: 'number', min: 0, required: true })}
          ${this.field('participantsBySex.male', this.t('work.male'), { type: 'number', min: 0, required: true })}
          ${this.field('interlocutors[0].type', this.t('engagement.interlocutorType'), { options: Object.values(InterlocutorType), required: true })}
          ${this.field('interlocutors[0].sex', this.t('engagement.interlocutorSex'), { options: Object.values(Sex), labels: 'sex', required: true })}
          ${this.field('interlocutors[0].position', this.t('engagement.interlocutorPosition'))}
        </div>
        ${this.field('keyOutcomes', this.t('engagement.keyOutcomes'), { type: 'textarea' })}
        <button type="submit" data-submit ?disabled=${this.busy}>${this.t('engagement.saveDraft')}</button>
      </form>` : nothing}
      <h4>${this.t('engagement.waiting')}</h4>
      <div class="field"><label for="comment">${this.t('engagement.comment')}</label>
        <input id="comment" name="comment" .value=${this.comment} @input=${(e: Event) => { this.comment = (e.target as HTMLInputElement).value; }}></div>
      <table data-engagements>
        <thead><tr><th>${this.t('engagement.date')}</th><th>${this.t('case.place')}</th><th>${this.t('engagement.purpose')}</th>
          <th>${this.t('case.status')}</th><th>${this.t('engagement.author')}</th><th></th></tr></thead>
        <tbody>${this.reports.map((r) => this.report(r))}</tbody>
      </table>
    `;
  }
}

customElements.define('engagement-view', EngagementView);
