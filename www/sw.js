// Offline support for the pages under www/ (the article, the languages page and the iframe
// embed): everything they need is cached when the worker installs, on the first visit; after that
// requests go to the network first, so readers get the current build, and fall back to the cache
// offline. The charts' data is compiled into the wasm; other languages' strings come from
// i18n/*.js, cached here too.
const CACHE = 'apac-ai-charts-v3';
const CORE = [
  './', 'index.html', 'languages.html', 'embed.html', 'embed-frame.js', 'embed-frame.css', 'main.js', 'style.css',
  'favicon.svg', 'embed.min.js', 'i18n/zh-Hans.js', 'i18n/ur.js',
  'pkg/apac_ai_charts.js', 'pkg/apac_ai_charts_bg.wasm',
];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(CORE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
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
