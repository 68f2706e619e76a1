// Offline support for the pages under www/ (the article page and the iframe embed): network
// first, so readers always get the current build, falling back to the last copy when offline.
// The chart's data is compiled into the wasm, so once these files are cached the charts work
// with no network at all.
const CACHE = 'apac-ai-charts-v1';
const CORE = ['embed.js', 'chart-meta.js', 'pkg/apac_ai_charts.js', 'pkg/apac_ai_charts_bg.wasm'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(CORE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() => caches.match(request, { ignoreSearch: request.mode === 'navigate' })
        .then((hit) => hit ?? Response.error())),
  );
});
