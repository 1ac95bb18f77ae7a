import { LitElement, css, html, unsafeCSS } from 'lit';
import * as L from 'leaflet';
import leafletStyles from 'leaflet/dist/leaflet.css?inline';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJsonFeatureCollection } from '@unmiss/poc-site-client';
// Natural Earth's 1:50m countries (public domain, from the world-atlas package) around South Sudan, made at build
// time (vite.config.ts): the basemap needs no tile server and no internet.
import countries from 'virtual:basemap';
import { layerCounts, partOf, type SitePart } from './poc-layers';

const SITE_PART_STYLES: Record<SitePart, L.PathOptions> = {
  site: { className: 'poc-site', color: '#1b4f8a', fillOpacity: 0.9 },
  perimeter: { className: 'poc-perimeter', color: '#1b4f8a', weight: 2, fillOpacity: 0.15 },
  'weapons-free-zone': { className: 'poc-weapons-free-zone', color: '#b45f06', weight: 2, dashArray: '6 4', fillOpacity: 0.08 },
};

const SOUTH_SUDAN_BOUNDS: L.LatLngBoundsExpression = [[3.4, 23.4], [12.3, 36]];

/** The PoC sites' map: country outlines, each site's perimeter and weapons-free zone, and the incidents. */
export class PocMap extends LitElement {
  static properties = {
    sites: { attribute: false },
    incidents: { attribute: false },
    label: {},
  };

  sites?: GeoJsonFeatureCollection;
  incidents?: GeoJsonFeatureCollection | null;
  label = '';
  private map?: L.Map;
  private overlays?: L.LayerGroup;

  static styles = [unsafeCSS(leafletStyles), css`
    :host { display: block; }
    .map { height: 28rem; background: #cfe3f2; border: 1px solid #c8d3e0; }
    .leaflet-container { font: inherit; }
  `];

  render() {
    return html`<div class="map" role="region" aria-label=${this.label}></div>`;
  }

  firstUpdated(): void {
    const container = this.renderRoot.querySelector('.map') as HTMLElement;
    // The SVG renderer: every layer is an element the page (and its test) can see; no tiles are asked for.
    this.map = L.map(container, { preferCanvas: false, attributionControl: false, zoomSnap: 0.25 });
    L.geoJSON(countries, {
      style: (country?: Feature) => ({
        className: 'basemap-country', weight: 1, color: '#8a9bb0',
        fillColor: country?.properties?.name === 'S. Sudan' ? '#fbf7e9' : '#eceee4', fillOpacity: 1,
      }),
      interactive: false,
    }).addTo(this.map);
    this.overlays = L.layerGroup().addTo(this.map);
    this.map.fitBounds(SOUTH_SUDAN_BOUNDS);
    this.draw();
  }

  updated(changed: Map<string, unknown>): void {
    if (this.map && (changed.has('sites') || changed.has('incidents'))) {
      this.draw();
    }
  }

  private draw(): void {
    if (!this.map || !this.overlays) {
      return;
    }
    this.overlays.clearLayers();
    const sites = (this.sites ?? { type: 'FeatureCollection', features: [] }) as unknown as FeatureCollection;
    const siteLayer = L.geoJSON(sites, {
      // Leaflet applies the style to the sites' points too (after pointToLayer), so each part is styled by name
      style: (f?: Feature) => SITE_PART_STYLES[partOf(f)],
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...SITE_PART_STYLES.site, radius: 6 })
        .bindTooltip(String(f.properties?.name ?? f.id ?? '')),
    }).addTo(this.overlays);
    const incidents = (this.incidents ?? { type: 'FeatureCollection', features: [] }) as unknown as FeatureCollection;
    L.geoJSON(incidents, {
      pointToLayer: (f, latlng) => {
        const breach = f.properties?.weaponsFreeZoneBreach === true;
        return L.circleMarker(latlng, {
          className: breach ? 'poc-incident poc-breach' : 'poc-incident', radius: breach ? 7 : 5,
          color: breach ? '#9b1c1c' : '#41536b', fillColor: breach ? '#e23c3c' : '#8a9bb0', fillOpacity: 0.9,
        }).bindTooltip(`${f.id ?? ''} ${f.properties?.category ?? ''}`);
      },
    }).addTo(this.overlays);
    const counts = layerCounts(sites, incidents);
    this.dataset.sites = String(counts.sites);
    this.dataset.perimeters = String(counts.perimeters);
    this.dataset.zones = String(counts.zones);
    this.dataset.incidents = String(counts.incidents);
    this.dataset.breaches = String(counts.breaches);
    const bounds = siteLayer.getBounds();
    if (bounds.isValid()) {
      this.map.fitBounds(bounds, { padding: [24, 24], maxZoom: 9 });
    }
    this.dataset.ready = 'true';
  }
}

customElements.define('poc-map', PocMap);
