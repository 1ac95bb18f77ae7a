import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** What a feature of poc-site-service's sites export is: the site's point, its perimeter or its weapons-free zone. */
export type SitePart = 'site' | 'perimeter' | 'weapons-free-zone';

export function partOf(feature?: Feature): SitePart {
  const part = feature?.properties?.part;
  return part === 'perimeter' || part === 'weapons-free-zone' ? part : 'site';
}

/**
 * The class naming the site a feature belongs to, from its id (BENTIU, BENTIU/perimeter: poc-site-BENTIU), so a
 * page or a test finds one site's parts; anything but letters, digits and - is dropped.
 */
export function siteCodeClass(feature?: Feature): string {
  return `poc-site-${String(feature?.id ?? '').split('/')[0].replace(/[^A-Za-z0-9-]/g, '')}`;
}

export interface LayerCounts {
  sites: number;
  perimeters: number;
  zones: number;
  incidents: number;
  breaches: number;
}

export function layerCounts(sites: FeatureCollection, incidents: FeatureCollection): LayerCounts {
  const parts = sites.features.map(partOf);
  return {
    sites: parts.filter((p) => p === 'site').length,
    perimeters: parts.filter((p) => p === 'perimeter').length,
    zones: parts.filter((p) => p === 'weapons-free-zone').length,
    incidents: incidents.features.length,
    breaches: incidents.features.filter((f) => f.properties?.weaponsFreeZoneBreach === true).length,
  };
}

// South Sudan and its neighbours, with room: the countries a map of the PoC sites can show.
const REGION = { west: 14, south: -6, east: 46, north: 24 };

/** The basemap's countries: those of the world-atlas outlines that reach into the region around South Sudan. */
export function basemapCountries<P>(world: FeatureCollection<Geometry, P>): FeatureCollection<Geometry, P> {
  return { type: 'FeatureCollection', features: world.features.filter((country) => reachesRegion(country.geometry)) };
}

function reachesRegion(geometry: Geometry | null): boolean {
  if (!geometry) {
    return false;
  }
  if (geometry.type === 'GeometryCollection') {
    return geometry.geometries.some(reachesRegion);
  }
  return anyPosition(geometry.coordinates, (lon, lat) =>
    lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north);
}

/** Whether a position of nested GeoJSON coordinates (a point, a ring, polygons of rings) passes the test. */
function anyPosition(coordinates: unknown, test: (lon: number, lat: number) => boolean): boolean {
  if (!Array.isArray(coordinates)) {
    return false;
  }
  if (typeof coordinates[0] === 'number') {
    return test(coordinates[0], coordinates[1] as number);
  }
  return coordinates.some((inner) => anyPosition(inner, test));
}

/** The same features with every coordinate rounded to some decimals (3: about 100 m, plenty for outlines). */
export function roundCoordinates<P>(collection: FeatureCollection<Geometry, P>, decimals: number): FeatureCollection<Geometry, P> {
  const round = (coordinates: unknown): unknown => (Array.isArray(coordinates)
    ? coordinates.map(round)
    : typeof coordinates === 'number' ? roundedDegrees(coordinates, decimals) : coordinates);
  return {
    type: 'FeatureCollection',
    features: collection.features.map((f) => ({
      ...f, geometry: f.geometry && 'coordinates' in f.geometry
        ? { ...f.geometry, coordinates: round(f.geometry.coordinates) } as Geometry : f.geometry,
    })),
  };
}

/** Where a person clicked on a picking map, in degrees (WGS 84, as the incident API takes them). */
export interface PickedPosition {
  latitude: number;
  longitude: number;
}

/** Five decimals: about a metre, finer than anyone places an incident by clicking. */
export function roundedPosition(latitude: number, longitude: number): PickedPosition {
  return { latitude: roundedDegrees(latitude, 5), longitude: roundedDegrees(longitude, 5) };
}

function roundedDegrees(degrees: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(degrees * factor) / factor;
}
