// The service worker for the pages under its scope (the article, the languages page, the iframe
// embed), as a template: scripts/build.sh (scripts/sw-build.mjs) writes www/sw.js from it, putting
// in BUILD the hash of what it deployed and the list of files to precache. Never served as is.
//
// What it does, and what it never touches (docs/embedding.md, "The service worker"):
// - Its cache is named `apac-ai-charts|<scope>|<build hash>`: a new build gets a new cache, and
//   two deployments on one origin (`/charts/`, `/charts-beta/`) never share one.
// - Install precaches exactly BUILD.precache (files the build wrote, fetched past the HTTP cache)
//   and fails loudly, leaving no half-filled cache, if the deploy lacks one.
// - Activate deletes only caches of its own scope with another hash (and the fixed names its first
//   versions used, `apac-ai-charts-v1` to `-v3`). The host's caches (Workbox's, a `host-pages`)
//   and other deployments' are never opened, matched or deleted.
// - Requests: same-scope GETs only (other paths on the origin, other origins and ranges go
//   straight to the network, untouched). Network first, so readers get the current build; the
//   worker's own cache offline. Navigations are stored and found by path, without the query
//   (the pages read ?chart=… in the browser: the HTML is the same); other requests keep their
//   query, which can select content, minus tracking parameters (utm_*, fbclid, gclid, …), which
//   never do. Only 200 same-origin responses are stored, never one marked `no-store` (or
//   `Vary: *`, or redirected), nor a request made with `cache: 'no-store'`.
const BUILD = __BUILD__;

const SCOPE = self.registration.scope;
const PREFIX = `apac-ai-charts|${SCOPE}|`;
const CACHE = PREFIX + BUILD.hash;
const LEGACY = ['apac-ai-charts-v1', 'apac-ai-charts-v2', 'apac-ai-charts-v3'];
const TRACKING = /^(utm_.*|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|mc_cid|mc_eid|_ga|_gl)$/i;

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys
      .filter((key) => (key.startsWith(PREFIX) && key !== CACHE) || LEGACY.includes(key))
      .map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE) || request.headers.has('range')) return;
  event.respondWith(networkFirst(event, request, cacheKey(request)));
});

/** Fetches every file of the build, then stores them; on any failure stores nothing. */
async function precache() {
  const responses = await Promise.all(BUILD.precache.map(async (path) => {
    const url = new URL(path, self.location).href;
    const response = await fetch(url, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`precache: ${url} answered ${response.status}`);
    return [url, response];
  }));
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(responses.filter(([, response]) => storable(response)).map(([url, response]) => cache.put(url, response)));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

async function networkFirst(event, request, key) {
  try {
    const response = await fetch(request);
    if (request.cache !== 'no-store' && storable(response)) {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)).catch(() => {})); // quota: still answered
    }
    return response;
  } catch (error) {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(key)
      ?? (request.mode === 'navigate' && key.endsWith('/') ? await cache.match(`${key}index.html`) : undefined);
    if (hit) return hit;
    throw error;
  }
}

/** The URL a response is stored under: navigations by path alone, others without tracking parameters. */
function cacheKey(request) {
  const url = new URL(request.url);
  url.hash = '';
  if (request.mode === 'navigate') {
    url.search = '';
  } else {
    const tracking = [...url.searchParams.keys()].filter((name) => TRACKING.test(name));
    for (const name of tracking) url.searchParams.delete(name); // (untouched queries keep their spelling)
  }
  return url.href;
}

function storable(response) {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  const cacheControl = (response.headers.get('Cache-Control') ?? '').toLowerCase();
  if (cacheControl.split(',').some((directive) => directive.trim() === 'no-store')) return false;
  return response.headers.get('Vary')?.trim() !== '*';
}
