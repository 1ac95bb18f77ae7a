import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { basemapCountries, layerCounts, partOf, roundCoordinates, roundedPosition, siteCodeClass } from './poc-layers';

const square = (lon: number, lat: number) => ({
  type: 'Polygon' as const, coordinates: [[[lon, lat], [lon + 1, lat], [lon + 1, lat + 1], [lon, lat + 1], [lon, lat]]],
});

describe('the PoC map layers', () => {
  it("counts the sites export's points, perimeters and weapons-free zones, and the incidents' breaches", () => {
    const sites: FeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', id: 'BOR', geometry: { type: 'Point', coordinates: [31.6, 6.2] }, properties: { part: 'site' } },
      { type: 'Feature', id: 'BOR/perimeter', geometry: square(31.6, 6.2), properties: { part: 'perimeter' } },
      { type: 'Feature', id: 'BOR/weapons-free-zone', geometry: square(31.5, 6.1), properties: { part: 'weapons-free-zone' } },
    ] };
    const incidents: FeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [31.6, 6.2] }, properties: { weaponsFreeZoneBreach: true } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [31.6, 6.2] }, properties: { weaponsFreeZoneBreach: false } },
    ] };
    expect(layerCounts(sites, incidents)).toEqual({ sites: 1, perimeters: 1, zones: 1, incidents: 2, breaches: 1 });
    expect(partOf(undefined)).toBe('site');
  });

  it("keeps the basemap's countries around South Sudan and leaves the rest of the world out", () => {
    const world: FeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: square(30, 7), properties: { name: 'S. Sudan' } },
      { type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: [square(-3, 40).coordinates, square(35, 0).coordinates] }, properties: { name: 'reaches in' } },
      { type: 'Feature', geometry: square(-100, 40), properties: { name: 'far away' } },
    ] };
    expect(basemapCountries(world).features.map((f) => f.properties?.name)).toEqual(['S. Sudan', 'reaches in']);
  });
});

describe('roundCoordinates', () => {
  it('rounds every coordinate of every geometry and keeps the rest', () => {
    const rounded = roundCoordinates({ type: 'FeatureCollection', features: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [31.123456, 6.98765] }, properties: { name: 'a' } },
      { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[1.00049, 2.0006], [3, 4], [1.00049, 2.0006]]] }, properties: null },
    ] }, 3);
    expect(rounded.features[0]).toEqual({ type: 'Feature', geometry: { type: 'Point', coordinates: [31.123, 6.988] }, properties: { name: 'a' } });
    expect(rounded.features[1].geometry).toEqual({ type: 'Polygon', coordinates: [[[1, 2.001], [3, 4], [1, 2.001]]] });
  });

  it('keeps a position picked on the map to five decimals, about a metre', () => {
    expect(roundedPosition(9.299012345, 29.763087654)).toEqual({ latitude: 9.29901, longitude: 29.76309 });
    expect(roundedPosition(4.123456, 31.6)).toEqual({ latitude: 4.12346, longitude: 31.6 });
  });
});

describe('siteCodeClass', () => {
  it('names every part of a site by the site code, with nothing a class cannot hold', () => {
    const at = (id: string) => ({ type: 'Feature' as const, id, geometry: { type: 'Point' as const, coordinates: [29.76, 9.3] }, properties: {} });
    expect(siteCodeClass(at('BENTIU'))).toBe('poc-site-BENTIU');
    expect(siteCodeClass(at('BENTIU/perimeter'))).toBe('poc-site-BENTIU');
    expect(siteCodeClass(at('UN HOUSE"x'))).toBe('poc-site-UNHOUSEx');
  });
});
