// The remedy form works without scripts; with one, a photo over the server's limit is named before anything is sent
// (the server would refuse the whole request before reading it, and what was typed would be lost).
const form = document.getElementById('remediation-form');
const photos = document.getElementById('remediation-photos');
const error = document.getElementById('remediation-photos-error');

function check() {
  const limit = Number(form.dataset.maxBytes);
  const tooLarge = [...photos.files].filter((f) => f.size > limit).map((f) => f.name);
  error.hidden = tooLarge.length === 0;
  error.textContent = tooLarge.length ? form.dataset.tooLarge.replace('{0}', tooLarge.join(', ')) : '';
  photos.toggleAttribute('aria-invalid', tooLarge.length > 0);
  return tooLarge.length === 0;
}

if (form && photos && error) {
  photos.addEventListener('change', check);
  form.addEventListener('submit', (event) => {
    if (!check()) {
      event.preventDefault();
      photos.focus();
    }
  });
}
