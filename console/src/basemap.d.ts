/** The PoC map's country outlines, made at build time by vite.config.ts's basemap plugin. */
declare module 'virtual:basemap' {
  import type { FeatureCollection, Geometry } from 'geojson';
  const countries: FeatureCollection<Geometry, { name?: string }>;
  export default countries;
}
