// Signing out of a shared tablet: the pages the service worker kept for offline use (they carry the account's
// name, units and sign-in token) go with the session. Unsent checklists stay: each is shown only to its own author.
const form = document.getElementById('logout-form');
form?.addEventListener('submit', async (event) => {
  if (!window.caches) return;
  event.preventDefault();
  try {
    await caches.delete('papi-kiem-tra-v1');
  } finally {
    form.submit();
  }
});
