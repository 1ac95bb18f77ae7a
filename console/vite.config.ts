import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The API clients are the ones the clients module generates from docs/api/*.json (built before this module);
// they are compiled into the bundle from their sources, never generated a second time here.
const generated = (service: string) =>
  fileURLToPath(new URL(`../clients/target/generated-sources/openapi/typescript/${service}/src/index.ts`, import.meta.url));

// `npm run dev` talks to a running `./platform up`: the gateway answers the API and the console's configuration.
const gateway = process.env.GATEWAY_URL ?? 'http://localhost:8080';

export default defineConfig({
  resolve: {
    alias: {
      '@unmiss/personnel-client': generated('personnel'),
      '@unmiss/humanrights-client': generated('humanrights'),
      '@unmiss/poc-site-client': generated('poc-site'),
      '@unmiss/peace-process-client': generated('peace-process'),
      '@unmiss/gender-client': generated('gender'),
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
