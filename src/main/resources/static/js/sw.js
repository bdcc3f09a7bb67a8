// The inspection team's pages work without a connection: the start page, each unit's checklist page and their
// assets are kept by this service worker as they are visited, and served from it when the network is gone. The API
// is never cached (the outbox handles sending); a page the server answered with the sign-in page is not kept.
const CACHE = 'papi-kiem-tra-v1';
const ASSETS = ['/css/app.css', '/js/drafts.js', '/js/validation.js', '/js/checklist.js', '/js/start.js', '/js/result.js',
  '/js/session.js'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

/** One cached copy per page: the checklist page depends on its unit only (the draft is chosen by the script). */
function pageKey(url) {
  if (url.pathname === '/kiem-tra/phieu') return `/kiem-tra/phieu?unit=${url.searchParams.get('unit') || ''}`;
  return url.pathname;
}

async function page(request) {
  const url = new URL(request.url);
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) await cache.put(pageKey(url), response.clone());
    return response;
  } catch (offline) {
    const cached = await cache.match(pageKey(url));
    if (cached) return cached;
    throw offline;
  }
}

async function asset(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request, { ignoreSearch: true });
  const fresh = fetch(request).then((response) => {
    if (response.ok) cache.put(request, response.clone());
    return response;
  }).catch(() => cached);
  return cached || fresh;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/')) return;
  if (request.mode === 'navigate' && (url.pathname === '/kiem-tra' || url.pathname === '/kiem-tra/phieu')) {
    event.respondWith(page(request));
  } else if (ASSETS.includes(url.pathname)) {
    event.respondWith(asset(request));
  }
});
