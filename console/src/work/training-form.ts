import { html } from 'lit';
import { AgeGroup, type WpsPillarResponse } from '@unmiss/gender-client';
import { WorkForm, integer, text } from './form';

export const TRAINING_AGE_GROUPS: readonly AgeGroup[] = Object.values(AgeGroup);

/**
 * The training body the API takes (ActivityRequest of type TRAINING, as JSON): participants by sex, their total, and
 * by age group and sex; an age group left blank is not sent. The service checks the groups add up.
 */
export function trainingRequestFrom(values: Record<string, string>): unknown {
  const female = integer(values, 'participants.female') ?? 0;
  const male = integer(values, 'participants.male') ?? 0;
  const byAgeGroup = TRAINING_AGE_GROUPS.map((group, i) => ({
    ageGroup: group, female: integer(values, `participants.byAgeGroup[${i}].female`), male: integer(values, `participants.byAgeGroup[${i}].male`),
  })).filter((g) => g.female !== undefined || g.male !== undefined).map((g) => ({ ...g, female: g.female ?? 0, male: g.male ?? 0 }));
  return {
    type: 'TRAINING', status: 'HELD', title: text(values, 'title'), fieldOffice: text(values, 'fieldOffice'),
    startDate: text(values, 'startDate'), endDate: text(values, 'endDate'), place: text(values, 'place'),
    pillars: text(values, 'pillars[0]') ? [values['pillars[0]']] : [],
    participants: { female, male, total: female + male, byAgeGroup },
  };
}

/** Recording a training held, with its participants by sex and age (GENDER_WRITE). */
export class TrainingForm extends WorkForm {
  static properties = { ...WorkForm.properties, pillars: { state: true } };
  pillars: WpsPillarResponse[] = [];
  protected readonly formId = 'training';

  protected defaults() {
    return { fieldOffice: this.work?.identity.fieldOffice ?? '' };
  }

  connectedCallback(): void {
    super.connectedCallback();
    this.work.api.wpsPillars.wpsPillarsList().then((pillars) => { this.pillars = pillars; }).catch(() => { this.pillars = []; });
  }

  private async save(e: Event) {
    e.preventDefault();
    await this.submitThroughOutbox('training', trainingRequestFrom(this.values), (id) => { this.notice = this.t('training.saved', { id }); });
  }

  render() {
    return html`
      <h3>${this.t('training.title')}</h3>
      ${this.messages()}
      <form data-form="training" @submit=${this.save} novalidate>
        ${this.field('title', this.t('training.name'), { required: true })}
        <div class="row">
          ${this.field('fieldOffice', this.t('identity.fieldOffice'), { required: true })}
          ${this.field('startDate', this.t('training.startDate'), { type: 'date', required: true })}
          ${this.field('endDate', this.t('training.endDate'), { type: 'date' })}
          ${this.field('place', this.t('case.place'))}
          ${this.field('pillars[0]', this.t('training.pillar'), { options: this.pillars.map((p) => p.code ?? '').filter(Boolean), required: true })}
        </div>
        <fieldset><legend>${this.t('training.participants')}</legend>
          <div class="row">
            ${this.field('participants.female', this.t('work.female'), { type: 'number', min: 0, required: true })}
            ${this.field('participants.male', this.t('work.male'), { type: 'number', min: 0, required: true })}
          </div>
          <table>
            <thead><tr><th>${this.t('training.ageGroup')}</th><th>${this.t('work.female')}</th><th>${this.t('work.male')}</th></tr></thead>
            <tbody>${TRAINING_AGE_GROUPS.map((group, i) => html`<tr data-age-group=${group}><th scope="row">${this.t(`trainingAge.${group}`)}</th>
              <td>${this.field(`participants.byAgeGroup[${i}].female`, this.t('work.female'), { type: 'number', min: 0 })}</td>
              <td>${this.field(`participants.byAgeGroup[${i}].male`, this.t('work.male'), { type: 'number', min: 0 })}</td></tr>`)}</tbody>
          </table>
        </fieldset>
        <button type="submit" data-submit ?disabled=${this.busy}>${this.t('training.save')}</button>
      </form>
    `;
  }
}

customElements.define('training-form', TrainingForm);
