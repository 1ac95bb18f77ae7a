import { LitElement, css, html, svg, unsafeCSS } from 'lit';
import type { GeoJsonFeature, GeoJsonFeatureCollection, ReportPopulationTrendRow } from '@unmiss/poc-site-client';
import type { ApiClients } from '../api/clients';
import { accepting, fileNameFor } from '../api/downloads';
import { daysBefore, formatDate, formatDateTime } from '../i18n/format';
import { formatNumber, translate, type Language } from '../i18n/translate';
import type { DownloadOffer } from './download-buttons';
import './download-buttons';
import { LOADING, loadPart, type Part } from './parts';
import { trendLines } from './trend';
import { PANEL_STYLES, unavailableNote } from './unavailable-note';

const INCIDENT_DAYS = 30;
const CHART_WIDTH = 560;
const CHART_HEIGHT = 180;
const LINE_COLOURS = ['#1b4f8a', '#b45f06', '#1d6b34', '#7b2d8b', '#9b1c1c', '#41536b'];

/**
 * A PoC officer's home: the sites' perimeters and weapons-free zones on a map drawn without the internet, the last
 * 30 days' incidents (weapons-free-zone breaches marked) and the population trend. The map (Leaflet and the
 * country outlines) is a chunk of its own, loaded only here, so the first page stays small.
 */
export class PocHome extends LitElement {
  static properties = {
    api: { attribute: false },
    language: {},
    sites: { state: true },
    incidents: { state: true },
    trend: { state: true },
    mapFailure: { state: true },
  };

  api!: ApiClients;
  language: Language = 'en';
  sites: Part<GeoJsonFeatureCollection> = LOADING;
  incidents: Part<GeoJsonFeatureCollection> = LOADING;
  trend: Part<ReportPopulationTrendRow> = LOADING;
  mapFailure?: string;
  /** The first instant of the incidents' window, as sent (the browser test asks the API the same). */
  readonly incidentsFrom = `${daysBefore(new Date(), INCIDENT_DAYS)}T00:00:00Z`;

  static styles = [unsafeCSS(PANEL_STYLES), css`
    .breach { color: #9b1c1c; font-weight: 600; }
    svg.trend { max-width: 40rem; width: 100%; background: #fff; border: 1px solid #c8d3e0; }
    svg.trend polyline { fill: none; stroke-width: 2; }
    svg.trend text { font-size: 11px; fill: #1b2a3d; }
    .legend { display: flex; flex-wrap: wrap; gap: 0.75rem; list-style: none; padding: 0; }
    .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; margin-inline-end: 0.3rem; vertical-align: middle; }
    ${unsafeCSS(LINE_COLOURS.map((colour, i) => `.c${i} { stroke: ${colour}; background: ${colour}; }`).join('\n'))}
    poc-map { display: block; }
  `];

  connectedCallback(): void {
    super.connectedCallback();
    void (async () => { this.sites = await loadPart(() => this.api.pocSites.pocSitesExportGeoJson()); })();
    void (async () => {
      this.incidents = await loadPart(() => this.api.securityIncidents.securityIncidentsExportGeoJson({ from: this.incidentsFrom }));
    })();
    void (async () => { this.trend = await loadPart(() => this.api.pocReports.reportsPopulationTrend({})); })();
    import('./poc-map').catch((error: unknown) => { this.mapFailure = error instanceof Error ? error.message : String(error); });
  }

  private t(key: string, params: Record<string, string | number> = {}) {
    return translate(key, this.language, params);
  }

  private layerDownloads(): DownloadOffer[] {
    return [{
      format: 'geojson', fileName: fileNameFor('poc-sites', 'geojson'),
      answer: () => this.api.pocSites.pocSitesExportGeoJsonRaw(accepting('geojson')),
    }];
  }

  private incidentDownloads(): DownloadOffer[] {
    return [{
      format: 'geojson', fileName: fileNameFor('security-incidents', 'geojson', this.incidentsFrom.slice(0, 10)),
      answer: () => this.api.securityIncidents.securityIncidentsExportGeoJsonRaw({ from: this.incidentsFrom }, accepting('geojson')),
    }];
  }

  private trendDownloads(): DownloadOffer[] {
    // poc-site-service offers its reports' CSV at a path of their own (….csv), HXL as hxl=true on it.
    return (['csv', 'hxl'] as const).map((format) => ({
      format, fileName: fileNameFor('poc-population-trend', format),
      answer: () => this.api.pocReports.reportsPopulationTrendCsvRaw({ hxl: format === 'hxl' }, accepting(format)),
    }));
  }

  private mapPanel() {
    const sites = this.sites.state === 'ready' ? this.sites.value : null;
    const incidents = this.incidents.state === 'ready' ? this.incidents.value : null;
    return html`<section data-panel="map">
      <div class="heading">
        <h3>${this.t('poc.map')}</h3>
        <download-buttons .offers=${this.layerDownloads()} language=${this.language} data-report="poc-sites"></download-buttons>
      </div>
      ${unavailableNote(this.sites, 'sites', this.language)}
      ${this.mapFailure ? html`<p role="alert">${this.t('app.error', { message: this.mapFailure })}</p>` : ''}
      ${sites ? html`<poc-map .sites=${sites} .incidents=${incidents} label=${this.t('poc.map')}></poc-map>
        <p class="attribution">${this.t('poc.attribution')}</p>` : ''}
    </section>`;
  }

  private incidentsPanel() {
    const features: GeoJsonFeature[] = this.incidents.state === 'ready' ? this.incidents.value.features ?? [] : [];
    const breaches = features.filter((f) => f.properties?.weaponsFreeZoneBreach === true).length;
    return html`<section data-panel="incidents" data-from=${this.incidentsFrom}
        data-count=${this.incidents.state === 'ready' ? features.length : ''} data-breaches=${breaches}>
      <div class="heading">
        <h3>${this.t('poc.incidents', { days: INCIDENT_DAYS })}</h3>
        <download-buttons .offers=${this.incidentDownloads()} language=${this.language} data-report="security-incidents"></download-buttons>
      </div>
      ${unavailableNote(this.incidents, 'incidents', this.language)}
      ${this.incidents.state === 'loading' ? html`<p>${this.t('app.loading')}</p>` : ''}
      ${this.incidents.state === 'ready' ? html`
        <p>${this.t('poc.incidentsSummary', { count: formatNumber(features.length, this.language), breaches: formatNumber(breaches, this.language) })}</p>
        ${features.length > 0 ? html`<table>
          <thead><tr><th scope="col">${this.t('poc.occurredAt')}</th><th scope="col">${this.t('poc.reference')}</th>
            <th scope="col">${this.t('poc.site')}</th><th scope="col">${this.t('poc.category')}</th>
            <th scope="col">${this.t('poc.severity')}</th><th scope="col">${this.t('poc.breach')}</th></tr></thead>
          <tbody>${features.map((f) => {
            const p = f.properties ?? {};
            const breach = p.weaponsFreeZoneBreach === true;
            return html`<tr data-incident=${f.id ?? ''} data-breach=${breach}>
              <td>${formatDateTime(p.occurredAt, this.language)}</td><td>${f.id}</td><td>${p.siteCode ?? '—'}</td>
              <td>${p.category}</td><td>${p.severity}</td>
              <td class=${breach ? 'breach' : ''}>${breach ? this.t('poc.breachYes') : ''}</td></tr>`;
          })}</tbody>
        </table>` : ''}` : ''}
    </section>`;
  }

  private trendPanel() {
    const rows = this.trend.state === 'ready' ? this.trend.value.rows ?? [] : [];
    const trend = trendLines(rows, CHART_WIDTH, CHART_HEIGHT);
    const margin = 40;
    return html`<section data-panel="population-trend" data-rows=${this.trend.state === 'ready' ? rows.length : ''}>
      <div class="heading">
        <h3>${this.t('poc.trend')}</h3>
        <download-buttons .offers=${this.trendDownloads()} language=${this.language} data-report="population-trend"></download-buttons>
      </div>
      ${unavailableNote(this.trend, 'population-trend', this.language)}
      ${this.trend.state === 'loading' ? html`<p>${this.t('app.loading')}</p>` : ''}
      ${trend.lines.length > 0 ? html`
        <svg class="trend" role="img" aria-label=${this.t('poc.trend')} data-chart="population-trend"
             viewBox="${-margin} -10 ${CHART_WIDTH + 2 * margin} ${CHART_HEIGHT + 30}">
          ${trend.lines.map((line, i) => svg`<polyline class=${`c${i % LINE_COLOURS.length}`} data-site=${line.site}
              data-points=${line.points.length} data-latest=${line.points[line.points.length - 1].total} points=${line.polyline}></polyline>`)}
          <text x="0" y=${CHART_HEIGHT + 16}>${formatDate(trend.firstDay, this.language)}</text>
          <text x=${CHART_WIDTH} y=${CHART_HEIGHT + 16} text-anchor="end">${formatDate(trend.lastDay, this.language)}</text>
          <text x="0" y="0">${formatNumber(trend.largest, this.language)}</text>
        </svg>
        <ul class="legend">${trend.lines.map((line, i) => html`<li data-site=${line.site}>
          <span class=${`swatch c${i % LINE_COLOURS.length}`}></span>${line.site}:
          ${formatNumber(line.points[line.points.length - 1].total, this.language)}
          (${formatDate(line.points[line.points.length - 1].day, this.language)})</li>`)}</ul>` : ''}
    </section>`;
  }

  render() {
    return html`<div data-home="poc">
      <h2>${this.t('poc.title')}</h2>
      ${this.mapPanel()}
      ${this.incidentsPanel()}
      ${this.trendPanel()}
    </div>`;
  }
}

customElements.define('poc-home', PocHome);
