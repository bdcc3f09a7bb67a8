// Checklists kept on the device: drafts in localStorage (written at every keystroke, so a reload, a closed tab or a
// lost connection loses nothing), their photos in IndexedDB, and the outbox that sends a locked checklist under its
// own submissionId whenever the connection allows. The server stores a submission once whatever the number of
// tries (same id and content: 200 with the stored result), so sending again after a lost answer is always safe.

const PREFIX = 'papi.draft.';

export function pageData() {
  return JSON.parse(document.getElementById('page-data').textContent);
}

export function format(text, ...values) {
  let out = text ?? '';
  values.forEach((v, i) => { out = out.split('{' + i + '}').join(String(v)); });
  return out.split("''").join("'");
}

export function newId() {
  if (window.crypto?.randomUUID) return window.crypto.randomUUID();
  const b = window.crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// ---- drafts (localStorage) ----

export function loadDraft(id) {
  const text = localStorage.getItem(PREFIX + id);
  return text ? JSON.parse(text) : null;
}

/** Saves a draft; false when the browser's storage is full (the page says so, the draft stays in memory). */
export function saveDraft(draft) {
  draft.updatedAt = new Date().toISOString();
  try {
    localStorage.setItem(PREFIX + draft.id, JSON.stringify(draft));
    return true;
  } catch (e) {
    return false;
  }
}

export function deleteDraft(id) {
  localStorage.removeItem(PREFIX + id);
  return deletePhotos(id);
}

export function draftsOf(owner) {
  const drafts = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key && key.startsWith(PREFIX)) {
      try {
        const d = JSON.parse(localStorage.getItem(key));
        if (d && d.owner === owner) drafts.push(d);
      } catch (e) { /* a foreign or broken entry: not ours */ }
    }
  }
  return drafts.sort((a, b) => (b.updatedAt || '').localeCompare(a.updatedAt || ''));
}

// ---- photos (IndexedDB: localStorage cannot hold pictures) ----

function db() {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('papi', 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('photos', { keyPath: 'key', autoIncrement: true });
      store.createIndex('draft', 'draft');
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
}

async function tx(mode, work) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const t = d.transaction('photos', mode);
    const result = work(t.objectStore('photos'));
    t.oncomplete = () => resolve(result.value);
    t.onerror = () => reject(t.error);
  });
}

export function addPhoto(draft, section, file) {
  return tx('readwrite', (s) => {
    const out = {};
    s.add({ draft, section, name: file.name, type: file.type, blob: file, addedAt: Date.now() }).onsuccess = (e) => { out.value = e.target.result; };
    return out;
  });
}

export function photosOf(draft) {
  return tx('readonly', (s) => {
    const out = { value: [] };
    s.index('draft').getAll(draft).onsuccess = (e) => { out.value = e.target.result; };
    return out;
  });
}

export function removePhoto(key) {
  return tx('readwrite', (s) => { s.delete(key); return {}; });
}

function deletePhotos(draft) {
  return photosOf(draft).then((photos) => Promise.all(photos.map((p) => removePhoto(p.key))));
}

// ---- sending ----

/** The page's CSRF token, and the mark of a page's call (no browser sign-in dialog on a 401: the page handles it). */
function csrfHeaders() {
  const token = document.querySelector('meta[name=_csrf]')?.content;
  const header = document.querySelector('meta[name=_csrf_header]')?.content;
  const mark = { 'X-Requested-With': 'XMLHttpRequest' };
  return token && header ? { ...mark, [header]: token } : mark;
}

/**
 * Sends one locked draft, then its photos. Resolves to {outcome, ...}: 'sent' (with the stored answer), 'offline'
 * (no connection: stays queued), 'rejected' (400, with the server's errors), 'conflict' (409), 'session' (401/403
 * of an expired sign-in), 'forbidden' (403 with a reason), 'error' (5xx: stays queued).
 */
export async function send(draft, onProgress = () => {}) {
  let response;
  try {
    response = await fetch('/api/submissions', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrfHeaders() },
      body: JSON.stringify(draft.payload),
    });
  } catch (e) {
    return { outcome: 'offline' };
  }
  const body = await response.json().catch(() => ({}));
  if (response.status === 200 || response.status === 201) {
    draft.result = { findings: (body.findings || []).length, sentAt: new Date().toISOString() };
    draft.state = 'sent';
    delete draft.problem;
    saveDraft(draft);
    const photos = await sendPhotos(draft, onProgress);
    return { outcome: 'sent', body, photos };
  }
  if (response.status === 400) return { outcome: 'rejected', errors: body.errors || [], detail: body.detail };
  if (response.status === 409) return { outcome: 'conflict', detail: body.detail };
  if (response.status === 401 || body.type === 'urn:papi:problem:session-expired') {
    return { outcome: 'session' };
  }
  if (response.status === 403) return { outcome: 'forbidden', detail: body.detail || response.statusText };
  return { outcome: 'error', status: response.status };
}

/** Photos go after their submission is stored (they attach to it); each is stored once by its content. */
async function sendPhotos(draft, onProgress) {
  const photos = await photosOf(draft.id);
  const failed = [];
  for (let i = 0; i < photos.length; i++) {
    onProgress(i + 1, photos.length);
    const form = new FormData();
    form.append('file', photos[i].blob, photos[i].name || 'anh.jpg');
    form.append('caption', photos[i].section);
    try {
      const r = await fetch(`/api/submissions/${encodeURIComponent(draft.id)}/evidence`, {
        method: 'POST', credentials: 'same-origin', headers: csrfHeaders(), body: form,
      });
      if (r.ok) {
        await removePhoto(photos[i].key);
      } else {
        const b = await r.json().catch(() => ({}));
        failed.push({ name: photos[i].name, detail: b.detail || r.statusText });
        if (r.status === 413 || r.status === 415) await removePhoto(photos[i].key);   // will never be accepted
      }
    } catch (e) {
      failed.push({ name: photos[i].name, detail: 'offline' });
    }
  }
  return failed;
}

/** Sends every queued draft of the owner (on the start page, and when the connection returns). */
export async function sendQueued(owner, onResult = () => {}) {
  for (const draft of draftsOf(owner)) {
    if (draft.state === 'queued' || (draft.state === 'sent' && draft.photosPending)) {
      if (draft.state === 'sent') {
        const failed = await sendPhotos(draft, () => {});
        draft.photosPending = failed.length > 0;
        saveDraft(draft);
        continue;
      }
      const result = await send(draft);
      if (result.outcome !== 'sent' && result.outcome !== 'offline' && result.outcome !== 'error') {
        draft.problem = result.outcome;
        saveDraft(draft);
      }
      onResult(draft, result);
    }
  }
}

/** The connection badge of the top bar, kept up to date. */
export function watchConnection(ui, onOnline) {
  const badge = document.getElementById('net-status');
  const show = () => {
    if (!badge) return;
    badge.textContent = navigator.onLine ? '' : ui.offline;
    badge.className = navigator.onLine ? 'net' : 'net offline';
  };
  window.addEventListener('online', () => { show(); onOnline(); });
  window.addEventListener('offline', show);
  show();
}

/**
 * Keeps the inspection pages usable offline (see sw.js); without service workers the drafts still work. The page
 * being shown is stored at once under the worker's key for it, as its own first visit came before the worker.
 */
export function keepPagesOffline(pageKey) {
  if (!('serviceWorker' in navigator) || !window.caches) return;
  navigator.serviceWorker.register('/kiem-tra/sw.js', { scope: '/kiem-tra' }).catch(() => {});
  navigator.serviceWorker.ready.then(async () => {
    const response = await fetch(pageKey, { credentials: 'same-origin' });
    if (response.ok && !response.redirected) await (await caches.open('papi-kiem-tra-v1')).put(pageKey, response);
  }).catch(() => {});
}
