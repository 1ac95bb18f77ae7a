import { LitElement, css, html, unsafeCSS } from 'lit';
import * as L from 'leaflet';
import leafletStyles from 'leaflet/dist/leaflet.css?inline';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJsonFeatureCollection } from '@unmiss/poc-site-client';
// Natural Earth's 1:50m countries (public domain, from the world-atlas package) around South Sudan, made at build
// time (vite.config.ts): the basemap needs no tile server and no internet.
import countries from 'virtual:basemap';
import { layerCounts, partOf, roundedPosition, siteCodeClass, type PickedPosition, type SitePart } from './poc-layers';

const SITE_PART_STYLES: Record<SitePart, L.PathOptions> = {
  site: { className: 'poc-site', color: '#1b4f8a', fillOpacity: 0.9 },
  perimeter: { className: 'poc-perimeter', color: '#1b4f8a', weight: 2, fillOpacity: 0.15 },
  'weapons-free-zone': { className: 'poc-weapons-free-zone', color: '#b45f06', weight: 2, dashArray: '6 4', fillOpacity: 0.08 },
};

/** A site part's style: its part's, classed by the part and by the site's code (poc-site poc-site-BENTIU). */
function sitePartStyle(feature?: Feature): L.PathOptions {
  const style = SITE_PART_STYLES[partOf(feature)];
  return { ...style, className: `${style.className} ${siteCodeClass(feature)}` };
}

const SOUTH_SUDAN_BOUNDS: L.LatLngBoundsExpression = [[3.4, 23.4], [12.3, 36]];

/**
 * The PoC sites' map: country outlines, each site's perimeter and weapons-free zone, and the incidents. With
 * `picking`, a click places a marker and fires `position-picked` (an incident form takes its position from it).
 */
export class PocMap extends LitElement {
  static properties = {
    sites: { attribute: false },
    incidents: { attribute: false },
    picked: { attribute: false },
    picking: { type: Boolean },
    label: {},
  };

  sites?: GeoJsonFeatureCollection;
  incidents?: GeoJsonFeatureCollection | null;
  picked?: PickedPosition;
  picking = false;
  label = '';
  private map?: L.Map;
  private overlays?: L.LayerGroup;
  private pickedMarker?: L.CircleMarker;

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
    this.map.on('click', (event: L.LeafletMouseEvent) => {
      if (!this.picking) {
        return;
      }
      this.picked = roundedPosition(event.latlng.lat, event.latlng.lng);
      this.dispatchEvent(new CustomEvent<PickedPosition>('position-picked', { detail: this.picked, bubbles: true, composed: true }));
    });
    this.draw();
  }

  updated(changed: Map<string, unknown>): void {
    if (this.map && (changed.has('sites') || changed.has('incidents'))) {
      this.draw();
    }
    if (this.map && changed.has('picked')) {
      this.drawPicked();
    }
  }

  /** The picked position's marker, apart from the overlays: redrawing the sites must not move or drop it. */
  private drawPicked(): void {
    this.pickedMarker?.remove();
    this.pickedMarker = undefined;
    if (!this.map || !this.picked) {
      delete this.dataset.picked;
      return;
    }
    this.pickedMarker = L.circleMarker([this.picked.latitude, this.picked.longitude], {
      className: 'poc-picked', radius: 8, color: '#0b6e4f', fillColor: '#2fbf71', fillOpacity: 0.9, interactive: false,
    }).addTo(this.map);
    this.dataset.picked = `${this.picked.latitude},${this.picked.longitude}`;
  }

  private draw(): void {
    if (!this.map || !this.overlays) {
      return;
    }
    this.overlays.clearLayers();
    const sites = (this.sites ?? { type: 'FeatureCollection', features: [] }) as unknown as FeatureCollection;
    const siteLayer = L.geoJSON(sites, {
      // Leaflet applies the style to the sites' points too, after pointToLayer and over its options (className
      // included), so the style alone names each part and its site
      style: sitePartStyle,
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { ...sitePartStyle(f), radius: 6 })
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
