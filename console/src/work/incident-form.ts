import { html, nothing } from 'lit';
import { IncidentCategory, Severity, type GeoJsonFeatureCollection } from '@unmiss/poc-site-client';
import type { PickedPosition } from '../home/poc-layers';
import { WorkForm, instant, integer, text } from './form';
import { problemOf } from './problems';

/** The security incident body the API takes (IncidentRequest, as JSON) from the form's values. */
export function incidentRequestFrom(values: Record<string, string>): unknown {
  const coordinate = (name: string) => (text(values, name) === undefined ? undefined : Number(values[name]));
  return {
    category: text(values, 'category'), severity: text(values, 'severity'), occurredAt: instant(values, 'occurredAt'),
    latitude: coordinate('latitude'), longitude: coordinate('longitude'), siteCode: text(values, 'siteCode'),
    fieldOffice: text(values, 'fieldOffice'), place: text(values, 'place'), description: text(values, 'description'),
    weaponsInvolved: values.weaponsInvolved === 'true', arrests: integer(values, 'arrests'),
  };
}

/**
 * Recording a PoC security incident with its position (POC_WRITE), placed by a click on the sites' map or typed in
 * degrees, then, for an SGBV incident, referring it to human rights with the survivor's consent (the service
 * refuses a referral without it).
 */
export class IncidentForm extends WorkForm {
  static properties = { ...WorkForm.properties, saved: { state: true }, referral: { state: true }, sites: { state: true } };
  saved?: { reference: string; category?: string };
  referral?: string;
  /** The sites' layers for the map; without them (service down, offline) the map still picks, on the basemap alone. */
  sites?: GeoJsonFeatureCollection;
  protected readonly formId = 'incident';

  protected defaults() {
    return { fieldOffice: this.work?.identity.fieldOffice ?? '', weaponsInvolved: 'false' };
  }

  connectedCallback(): void {
    super.connectedCallback();
    // the map is a separate chunk (Leaflet): the form works with typed degrees until, or if never, it loads
    void import('../home/poc-map');
    void this.work.api.pocSites.pocSitesExportGeoJson().then((sites) => { this.sites = sites; }, () => undefined);
  }

  private picked(): PickedPosition | undefined {
    const latitude = Number(this.value('latitude'));
    const longitude = Number(this.value('longitude'));
    return this.value('latitude') !== '' && this.value('longitude') !== '' && Number.isFinite(latitude) && Number.isFinite(longitude)
      ? { latitude, longitude } : undefined;
  }

  private place(e: CustomEvent<PickedPosition>) {
    this.set('latitude', String(e.detail.latitude));
    this.set('longitude', String(e.detail.longitude));
  }

  private async save(e: Event) {
    e.preventDefault();
    const category = text(this.values, 'category');
    await this.submitThroughOutbox('incident', incidentRequestFrom(this.values), (reference) => {
      this.saved = { reference, category };
      this.notice = this.t('incident.saved', { reference });
    });
  }

  private async refer(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const consent = (form.elements.namedItem('survivorConsent') as HTMLInputElement).checked;
    const note = (form.elements.namedItem('consentNote') as HTMLInputElement).value;
    try {
      const incident = await this.work.api.securityIncidents.securityIncidentsRefer({
        reference: this.saved!.reference, idempotencyKey: crypto.randomUUID(),
        referralRequest: { survivorConsent: consent, consentNote: note || undefined },
      });
      this.problem = undefined;
      this.referral = this.t('incident.referred', { status: incident.referral?.status ?? '' });
    } catch (error) {
      this.problem = await problemOf(error);
    }
  }

  render() {
    return html`
      <h3>${this.t('incident.title')}</h3>
      ${this.messages()}
      <form data-form="incident" @submit=${this.save} novalidate>
        <div class="row">
          ${this.field('category', this.t('incident.category'), { options: Object.values(IncidentCategory), required: true })}
          ${this.field('severity', this.t('incident.severity'), { options: Object.values(Severity), required: true })}
          ${this.field('occurredAt', this.t('incident.occurredAt'), { type: 'datetime-local', required: true })}
        </div>
        <poc-map picking .sites=${this.sites} .picked=${this.picked()} label=${this.t('incident.pickOnMap')}
          @position-picked=${this.place}></poc-map>
        <p>${this.t('incident.pickOnMap')}</p>
        <div class="row">
          ${this.field('latitude', this.t('incident.latitude'), { type: 'number', step: 'any', min: -90, max: 90, required: true })}
          ${this.field('longitude', this.t('incident.longitude'), { type: 'number', step: 'any', min: -180, max: 180, required: true })}
          ${this.field('siteCode', this.t('incident.siteCode'))}
          ${this.field('fieldOffice', this.t('identity.fieldOffice'))}
        </div>
        <div class="row">
          ${this.field('place', this.t('case.place'))}
          ${this.field('arrests', this.t('incident.arrests'), { type: 'number', min: 0 })}
          ${this.field('weaponsInvolved', this.t('incident.weaponsInvolved'), { type: 'checkbox' })}
        </div>
        ${this.field('description', this.t('incident.description'), { type: 'textarea' })}
        <button type="submit" data-submit ?disabled=${this.busy}>${this.t('incident.save')}</button>
      </form>
      ${this.saved?.category === IncidentCategory.Sgbv ? html`
        <form data-form="referral" @submit=${this.refer}>
          <h4>${this.t('incident.referTitle')}</h4>
          <div class="field"><label><input type="checkbox" name="survivorConsent"> ${this.t('incident.survivorConsent')}</label>
            ${this.problem?.fields.survivorConsent ? html`<span class="error" data-error-for="survivorConsent">${this.problem.fields.survivorConsent}</span>` : nothing}</div>
          <div class="field"><label for="consentNote">${this.t('incident.consentNote')}</label><input id="consentNote" name="consentNote"></div>
          <button type="submit" data-refer>${this.t('incident.refer')}</button>
          ${this.referral ? html`<p class="notice" data-referral>${this.referral}</p>` : nothing}
        </form>` : nothing}
    `;
  }
}

customElements.define('incident-form', IncidentForm);
