import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { defineConfig, type Plugin } from 'vitest/config';
import { basemapCountries, roundCoordinates } from './src/home/poc-layers';

// The API clients are the ones the clients module generates from docs/api/*.json (built before this module);
// they are compiled into the bundle from their sources, never generated a second time here.
const generated = (service: string) =>
  fileURLToPath(new URL(`../clients/target/generated-sources/openapi/typescript/${service}/src/index.ts`, import.meta.url));

// `npm run dev` talks to a running `./platform up`: the gateway answers the API and the console's configuration.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';

/**
 * The PoC map's basemap, made at build time from Natural Earth's 1:50m countries (the world-atlas package): only
 * the countries around South Sudan, coordinates to 3 decimals (about 100 m). The whole world file would be 280 KB
 * of gzipped script for the map; this is a small fraction of it, and no tile server is ever asked.
 */
function basemap(): Plugin {
  const id = 'virtual:basemap';
  return {
    name: 'unmiss-basemap',
    resolveId: (source) => (source === id ? '\0' + id : null),
    load(resolved) {
      if (resolved !== '\0' + id) {
        return null;
      }
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
      const world = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      const countries = feature(world, world.objects.countries) as FeatureCollection;
      return `export default ${JSON.stringify(roundCoordinates(basemapCountries(countries), 3))};`;
    },
  };
}

export default defineConfig({
  plugins: [basemap()],
  resolve: {
    alias: {
      '@unmiss/personnel-client': generated('personnel'),
      '@unmiss/humanrights-client': generated('humanrights'),
      '@unmiss/gender-client': generated('gender'),
      '@unmiss/poc-site-client': generated('poc-site'),
      '@unmiss/peace-process-client': generated('peace-process'),
    },
  },
  build: {
    outDir: 'target/dist',
    emptyOutDir: true,
    // No inline script or style may reach the page: the gateway's Content-Security-Policy forbids both.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/api': gateway,
      '/console-config.json': gateway,
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
