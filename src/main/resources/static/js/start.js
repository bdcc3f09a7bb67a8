// The inspection team's start page: the checklists kept on this device, and the outbox — every locked checklist is
// sent from here too, as soon as the connection allows (after signing in again, for one).
import { pageData, format, draftsOf, deleteDraft, sendQueued, watchConnection, keepPagesOffline } from './drafts.js';

const data = pageData();
const ui = data.ui;
const box = document.getElementById('drafts');

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => { if (k === 'text') e.textContent = v; else e.setAttribute(k, v); });
  children.flat().forEach((c) => c && e.append(c));
  return e;
}

function show() {
  const drafts = draftsOf(data.inspector);
  if (!drafts.length) {
    box.replaceChildren(el('p', { class: 'muted', text: box.dataset.empty }));
    return;
  }
  const rows = drafts.map((d) => {
    const open = d.state === 'sent'
      ? el('a', { class: 'button', href: `/kiem-tra/ket-qua/${encodeURIComponent(d.id)}`, text: ui.viewResult })
      : el('a', { class: 'button primary', href: `/kiem-tra/phieu?unit=${encodeURIComponent(d.unit)}&draft=${encodeURIComponent(d.id)}`, text: ui.openDraft });
    const remove = el('button', { type: 'button', text: ui.deleteDraft });
    remove.addEventListener('click', async () => {
      if (d.state === 'sent' || window.confirm(ui.confirmDelete)) { await deleteDraft(d.id); show(); }
    });
    const state = ui['state.' + d.state] + (d.state === 'sent' && d.result ? ` (${format(ui.sent, d.result.findings)})` : '');
    return el('tr', { 'data-draft': d.id },
      el('td', { text: d.unitName || d.unit }),
      el('td', {}, el('code', { text: d.id })),
      el('td', { text: state }),
      el('td', { text: new Date(d.updatedAt).toLocaleString('vi-VN') }),
      el('td', {}, el('div', { class: 'actions' }, open, remove)));
  });
  box.replaceChildren(el('div', { class: 'table-wrap' }, el('table', { id: 'drafts-table' }, el('tbody', {}, rows))));
}

async function flush() {
  if (!navigator.onLine) return;
  await sendQueued(data.inspector, show);
  show();
}

watchConnection(ui, flush);
keepPagesOffline('/kiem-tra');
show();
flush();
