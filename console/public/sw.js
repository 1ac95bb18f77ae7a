// The mission console's service worker (ADR 0105): the app shell (the page, its content-hashed assets and the
// console's configuration) is kept in a cache, so the console opens over a slow link or none. The APIs and Keycloak
// are never answered from here: they pass straight to the network, and a form sent without a connection waits in
// the page's encrypted outbox instead.
const SHELL = 'unmiss-console-shell-v1';
const PAGE = '/';
const CONFIG = '/console-config.json';

/** The page and every asset it names, fetched once at install so the shell is there before the first outage. */
async function cacheShell() {
  const cache = await caches.open(SHELL);
  const page = await fetch(PAGE, { cache: 'no-cache' });
  const html = await page.clone().text();
  await cache.put(PAGE, page);
  const assets = [...new Set(html.match(/\/assets\/[^"'\s)]+/g) ?? [])];
  await cache.addAll([CONFIG, ...assets]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name !== SHELL).map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

/** Network first, the cached copy when there is no network: a new release is seen as soon as it can be. */
async function networkFirst(request, key) {
  const cache = await caches.open(SHELL);
  try {
    const response = await fetch(request);
    if (response.ok) {
      await cache.put(key, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) {
      return cached;
    }
    throw error;
  }
}

/** An asset's name changes with its content: a cached one is always right. */
async function cacheFirst(request) {
  const cache = await caches.open(SHELL);
  const cached = await cache.match(request);
  if (cached) {
    return cached;
  }
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname.startsWith('/assets/')) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate' && !url.pathname.startsWith('/api/') && !url.pathname.startsWith('/swagger-ui')) {
    event.respondWith(networkFirst(request, PAGE)); // "/" and the sign-in callback are the same page
  } else if (url.pathname === CONFIG) {
    event.respondWith(networkFirst(request, CONFIG));
  }
});
