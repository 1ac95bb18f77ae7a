import { html, nothing } from 'lit';
import { AgeGroup, DatePrecision, Sex, SouthSudanState, VictimKind, ViolationType } from '@unmiss/humanrights-client';
import { WorkForm, integer, text } from './form';
import './case-view';

const MAX_ACTS = 10;
const MAX_VICTIMS = 20;

/**
 * The case body the API takes (CaseDraft, as JSON) from the form's values: acts `violations[i]` with their
 * perpetrator and victims `violations[i].victims[j]`. A victim's identity is sent once, with the case, and never
 * read back here: the case shown after saving has the victims' codes only.
 */
export function caseDraftFrom(values: Record<string, string>): unknown {
  const acts = Number(values.acts ?? '1');
  const violations = [];
  for (let i = 0; i < acts; i++) {
    const act = `violations[${i}]`;
    const victims = [];
    for (let j = 0; j < Number(values[`${act}.victimCount`] ?? '0'); j++) {
      const victim = `${act}.victims[${j}]`;
      const name = text(values, `${victim}.identity.name`);
      victims.push({
        kind: text(values, `${victim}.kind`), sex: text(values, `${victim}.sex`), age: integer(values, `${victim}.age`),
        ageGroup: text(values, `${victim}.ageGroup`), count: integer(values, `${victim}.count`),
        identity: name ? { name } : undefined,
      });
    }
    const party = text(values, `${act}.perpetrators[0].partyCode`);
    violations.push({ type: text(values, `${act}.type`), perpetrators: party ? [{ partyCode: party }] : [], victims });
  }
  return {
    title: text(values, 'title'), narrative: text(values, 'narrative'), fieldOffice: text(values, 'fieldOffice'),
    occurredFrom: { date: text(values, 'occurredFrom.date'), precision: text(values, 'occurredFrom.precision') },
    location: { state: text(values, 'location.state'), county: text(values, 'location.county'), place: text(values, 'location.place') },
    violations,
  };
}

/** Recording a human rights case with its acts and victims (HR_WRITE); the case opens once it is saved. */
export class CaseForm extends WorkForm {
  static properties = { ...WorkForm.properties, saved: { state: true } };
  saved?: string;
  protected readonly formId = 'hr-case';

  protected defaults() {
    return { fieldOffice: this.work?.identity.fieldOffice ?? '', 'occurredFrom.precision': 'EXACT', acts: '1', 'violations[0].victimCount': '1' };
  }

  private count(name: string, max: number, by: number) {
    this.set(name, String(Math.min(max, Math.max(0, Number(this.value(name) || '0') + by))));
  }

  private victim(act: string, j: number) {
    const v = `${act}.victims[${j}]`;
    return html`<fieldset data-victim=${j}><legend>${this.t('case.victim', { n: j + 1 })}</legend>
      <div class="row">
        ${this.field(`${v}.kind`, this.t('case.victimKind'), { options: Object.values(VictimKind), labels: 'victimKind', required: true })}
        ${this.field(`${v}.sex`, this.t('case.sex'), { options: Object.values(Sex), labels: 'sex', required: true })}
        ${this.field(`${v}.age`, this.t('case.age'), { type: 'number', min: 0, max: 130 })}
        ${this.field(`${v}.ageGroup`, this.t('case.ageGroup'), { options: Object.values(AgeGroup) })}
        ${this.field(`${v}.count`, this.t('case.count'), { type: 'number', min: 1 })}
      </div>
      ${this.field(`${v}.identity.name`, this.t('case.identityName'))}
    </fieldset>`;
  }

  private act(i: number) {
    const act = `violations[${i}]`;
    const victims = Number(this.value(`${act}.victimCount`) || '0');
    return html`<fieldset data-act=${i}><legend>${this.t('case.act', { n: i + 1 })}</legend>
      <div class="row">
        ${this.field(`${act}.type`, this.t('case.violationType'), { options: Object.values(ViolationType), required: true })}
        ${this.field(`${act}.perpetrators[0].partyCode`, this.t('case.perpetrator'))}
      </div>
      ${Array.from({ length: victims }, (_, j) => this.victim(act, j))}
      <div class="row">
        <button type="button" data-add-victim ?disabled=${victims >= MAX_VICTIMS} @click=${() => this.count(`${act}.victimCount`, MAX_VICTIMS, 1)}>${this.t('case.addVictim')}</button>
        ${victims > 0 ? html`<button type="button" @click=${() => this.count(`${act}.victimCount`, MAX_VICTIMS, -1)}>${this.t('case.removeVictim')}</button>` : nothing}
      </div>
    </fieldset>`;
  }

  private async save(e: Event) {
    e.preventDefault();
    await this.submitThroughOutbox('hr-case', caseDraftFrom(this.values), (reference) => { this.saved = reference; });
  }

  render() {
    const acts = Number(this.value('acts') || '1');
    return html`
      <h3>${this.t('case.title')}</h3>
      ${this.messages()}
      <form data-form="hr-case" @submit=${this.save} novalidate>
        ${this.field('title', this.t('case.caseTitle'), { required: true })}
        <div class="row">
          ${this.field('fieldOffice', this.t('identity.fieldOffice'), { required: true })}
          ${this.field('occurredFrom.date', this.t('case.occurredOn'), { type: 'date', required: true })}
          ${this.field('occurredFrom.precision', this.t('case.precision'), { options: Object.values(DatePrecision), required: true })}
        </div>
        <div class="row">
          ${this.field('location.state', this.t('case.state'), { options: Object.values(SouthSudanState), required: true })}
          ${this.field('location.county', this.t('case.county'))}
          ${this.field('location.place', this.t('case.place'))}
        </div>
        ${this.field('narrative', this.t('case.narrative'), { type: 'textarea' })}
        ${Array.from({ length: acts }, (_, i) => this.act(i))}
        <div class="row">
          <button type="button" data-add-act ?disabled=${acts >= MAX_ACTS} @click=${() => { this.count('acts', MAX_ACTS, 1); this.set(`violations[${acts}].victimCount`, '0'); }}>${this.t('case.addAct')}</button>
          <button type="submit" data-submit ?disabled=${this.busy}>${this.t('case.save')}</button>
        </div>
      </form>
      ${this.saved ? html`<case-view .work=${this.work} language=${this.language} reference=${this.saved}></case-view>` : nothing}
    `;
  }
}

customElements.define('case-form', CaseForm);
