// The checklist on the tablet: built from the template, kept on the device at every keystroke, checked with the
// server's own messages (checklist-validation.properties) before sending, and sent — now or when the connection
// returns — under one submissionId.
import {
  pageData, format, newId, loadDraft, saveDraft, draftsOf, deleteDraft, addPhoto, photosOf, removePhoto, send,
  watchConnection, keepPagesOffline,
} from './drafts.js';
import { jsonValue, validate } from './validation.js';

const data = pageData();
const ui = data.ui;
const texts = data.texts;
const template = data.template;
const form = document.getElementById('checklist');
const stateLine = document.getElementById('draft-state');
const messages = document.getElementById('messages');
const submitButton = document.getElementById('submit-checklist');
const retryButton = document.getElementById('retry-send');
const unlockButton = document.getElementById('unlock-draft');

const itemsBySection = {};
template.items.forEach((item) => { (itemsBySection[item.section] ||= []).push(item); });

let draft = openDraft();
let retryTimer = null;

// ---------------------------------------------------------------- the draft

function openDraft() {
  const params = new URLSearchParams(location.search);
  const wanted = params.get('draft') || data.draft;
  let d = wanted ? loadDraft(wanted) : null;
  if (d && d.owner !== data.inspector) d = null;
  if (!d) {
    // Coming back to the unit without a link: the draft being typed for it, if any.
    d = draftsOf(data.inspector).find((x) => x.unit === data.unit.code && x.state !== 'sent') || null;
  }
  if (d) {
    if (d.state !== 'sent') note('ok', format(ui.restored, when(d.updatedAt)));
  } else {
    const year = data.today.slice(0, 4);
    d = {
      id: newId(), owner: data.inspector, unit: data.unit.code, unitName: data.unit.name,
      template: template.template, templateVersion: template.version, state: 'editing', createdAt: new Date().toISOString(),
      form: {
        inspectionType: data.inspectionTypes.includes(params.get('type')) ? params.get('type') : 'SCHEDULED',
        inspectedOn: data.today, periodFrom: `${year}-01-01`, periodTo: data.today,
        inspectors: data.inspector, sections: {}, answers: {}, records: {},
      },
    };
    saveDraft(d);
  }
  params.set('unit', d.unit);
  params.set('draft', d.id);
  history.replaceState(null, '', `${location.pathname}?${params}`);
  return d;
}

function persist() {
  if (saveDraft(draft)) {
    stateLine.textContent = format(ui.saved, when(draft.updatedAt));
  } else {
    note('error', ui.storageFull);
  }
}

function when(iso) {
  const d = iso ? new Date(iso) : new Date();
  return d.toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', second: '2-digit', day: '2-digit', month: '2-digit' });
}

// ---------------------------------------------------------------- building the form

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  Object.entries(attrs).forEach(([k, v]) => {
    if (v === undefined || v === null || v === false) return;
    if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : v);
  });
  children.flat().forEach((c) => c && e.append(c));
  return e;
}

function fieldId(path) {
  return 'f-' + path.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** An input for one value; `get`/`set` read and write the raw value in the draft. */
function input(spec, path, label, get, set) {
  const id = fieldId(path);
  const type = spec.type.replace('?', '');
  const common = { id, name: path, 'data-path': path, 'aria-describedby': 'err-' + id };
  let control;
  if (type === 'bool') {
    control = el('div', { class: 'yesno', role: 'radiogroup', 'aria-label': label, id, 'data-path': path });
    [[true, ui.yes], [false, ui.no]].forEach(([value, text]) => {
      const radio = el('input', { type: 'radio', name: path, value: String(value), id: `${id}-${value}` });
      radio.checked = get() === value;
      radio.addEventListener('change', () => { set(value); changed(); });
      control.append(el('label', { for: `${id}-${value}` }, radio, text));
    });
  } else if (type === 'enum') {
    control = el('select', common, el('option', { value: '', text: '—' }),
      ...(spec.values || []).map((v) => el('option', { value: v, text: v })));
    control.value = get() ?? '';
    control.addEventListener('change', () => { set(control.value); changed(); });
  } else {
    const attrs = { ...common };
    if (type === 'date') { attrs.type = 'date'; }
    else if (type === 'int') { attrs.type = 'text'; attrs.inputmode = 'numeric'; }
    else if (type === 'quarter') { attrs.type = 'text'; attrs.placeholder = '2022-Q1'; }
    else { attrs.type = 'text'; }
    if (spec.type.endsWith('?') && type === 'date') attrs.title = ui.optionalDate;
    control = el('input', attrs);
    control.value = get() ?? '';
    control.addEventListener('input', () => { set(control.value); changed(); });
  }
  return control;
}

function render() {
  form.replaceChildren();
  const nav = document.getElementById('sections-nav');
  nav.replaceChildren();
  form.append(generalSection());
  nav.append(el('a', { href: '#sec-general', text: tr('general') }));
  template.sections.forEach((section) => {
    form.append(section.kind === 'RECORDS' ? recordSection(section) : answerSection(section));
    nav.append(el('a', { href: `#sec-${section.code}`, 'data-section': section.code, text: section.title }));
  });
  lockIfSent();
}

function tr(key) {
  return document.querySelector(`[data-text="${key}"]`)?.textContent || key;
}

function generalSection() {
  const f = draft.form;
  const row = (label, path, control) => el('div', { class: 'item' },
    el('label', { for: fieldId(path), text: label }), control, el('p', { class: 'field-error', id: 'err-' + fieldId(path) }));
  const type = el('select', { id: fieldId('inspectionType'), 'data-path': 'inspectionType' },
    ...data.inspectionTypes.map((t) => el('option', { value: t, text: data.inspectionTypeLabels[t] })));
  type.value = f.inspectionType;
  type.addEventListener('change', () => { f.inspectionType = type.value; changed(); });
  const dateInput = (path, key) => {
    const i = el('input', { type: 'date', id: fieldId(path), 'data-path': path });
    i.value = f[key] || '';
    i.addEventListener('input', () => { f[key] = i.value; changed(); });
    return i;
  };
  const inspectors = el('input', { type: 'text', id: fieldId('inspectors'), 'data-path': 'inspectors', autocapitalize: 'none' });
  inspectors.value = f.inspectors;
  inspectors.addEventListener('input', () => { f.inspectors = inspectors.value; changed(); });
  return el('fieldset', { class: 'section', id: 'sec-general' },
    el('legend', { text: tr('general') }),
    el('div', { class: 'section-body' },
      el('p', { class: 'muted' }, `${tr('submissionId')}: `, el('code', { id: 'submission-id', text: draft.id })),
      row(tr('inspectionType'), 'inspectionType', type),
      row(tr('inspectedOn'), 'inspectedOn', dateInput('inspectedOn', 'inspectedOn')),
      row(tr('periodFrom'), 'period.from', dateInput('period.from', 'periodFrom')),
      row(tr('periodTo'), 'period.to', dateInput('period.to', 'periodTo')),
      row(tr('inspectors'), 'inspectors', inspectors)));
}

function sectionShell(section, body) {
  const f = draft.form;
  const inspected = f.sections[section.code] === true;
  const fs = el('fieldset', { class: 'section' + (inspected ? '' : ' skipped'), id: `sec-${section.code}` },
    el('legend', { text: section.title }));
  const toggle = el('div', { class: 'section-toggle', role: 'radiogroup', 'aria-label': section.title });
  [[true, ui.inspected], [false, ui.notInspected]].forEach(([value, text]) => {
    const id = `inspected-${section.code}-${value}`;
    const radio = el('input', { type: 'radio', name: `inspected-${section.code}`, id, value: String(value),
      'data-section-toggle': section.code });
    radio.checked = inspected === value;
    radio.addEventListener('change', () => {
      f.sections[section.code] = value;
      fs.classList.toggle('skipped', !value);
      changed();
    });
    toggle.append(el('label', { for: id }, radio, text));
  });
  fs.append(toggle, el('div', { class: 'section-body' }, body, photoBlock(section)));
  return fs;
}

function answerSection(section) {
  const f = draft.form;
  const body = el('div');
  (itemsBySection[section.code] || []).forEach((item) => {
    const control = input(item, item.code, item.question, () => f.answers[item.code], (v) => { f.answers[item.code] = v; });
    const label = item.type.replace('?', '') === 'bool'
      ? el('span', { class: 'q', id: 'q-' + fieldId(item.code) }, item.question, el('span', { class: 'code', text: item.code }))
      : el('label', { class: 'q', for: fieldId(item.code) }, item.question, el('span', { class: 'code', text: item.code }));
    if (item.type.endsWith('?') && item.type.startsWith('date')) label.append(el('span', { class: 'code', text: ui.optionalDate }));
    body.append(el('div', { class: 'item' }, label, control, el('p', { class: 'field-error', id: 'err-' + fieldId(item.code) })));
  });
  return sectionShell(section, body);
}

function recordSection(section) {
  const f = draft.form;
  const rows = (f.records[section.code] ||= []);
  const body = el('div');
  const count = el('p', { class: 'muted', text: rows.length ? format(ui.rowCount, rows.length) : ui.noRows });
  const table = el('table', { class: 'records', id: `rows-${section.code}` },
    el('thead', {}, el('tr', {}, el('th', { text: '#' }), ...section.fields.map((fd) => el('th', { text: fd.label })), el('th'))));
  const tbody = el('tbody');
  rows.forEach((row, i) => {
    const tr = el('tr', { 'data-row': String(i) }, el('td', { text: String(i + 1) }));
    section.fields.forEach((fd) => {
      const path = `${section.code}.${i}.${fd.name}`;
      const control = input(fd, path, fd.label, () => row[fd.name], (v) => { row[fd.name] = v; });
      control.setAttribute('aria-label', `${fd.label} (${i + 1})`);
      tr.append(el('td', {}, control, el('p', { class: 'field-error', id: 'err-' + fieldId(path) })));
    });
    const del = el('button', { type: 'button', class: 'danger', text: ui.deleteRow, 'aria-label': `${ui.deleteRow} ${i + 1}` });
    del.addEventListener('click', () => { rows.splice(i, 1); changed(); render(); });
    tr.append(el('td', { class: 'del' }, del));
    tbody.append(tr);
  });
  table.append(tbody);
  const add = el('button', { type: 'button', id: `add-${section.code}`, text: ui.addRow });
  add.addEventListener('click', () => {
    rows.push({});
    changed();
    render();
    document.getElementById(fieldId(`${section.code}.${rows.length - 1}.${section.fields[0].name}`))?.focus();
  });
  body.append(count, el('div', { class: 'table-wrap' }, table), el('p', { class: 'field-error', id: 'err-' + fieldId(section.code) }),
    el('div', { class: 'actions' }, add));
  return sectionShell(section, body);
}

function photoBlock(section) {
  const list = el('div', { class: 'photos', id: `photos-${section.code}` });
  const picker = el('input', { type: 'file', accept: 'image/*', capture: 'environment', multiple: true,
    id: `photo-${section.code}`, class: 'visually-hidden' });
  picker.addEventListener('change', async () => {
    const refused = [];
    for (const file of picker.files) {
      // Refused here rather than after the checklist is sent: the server takes no photo over its limit.
      if (file.size > data.photoLimit.bytes) refused.push(file.name);
      else await addPhoto(draft.id, section.code, file);
    }
    if (refused.length) note('error', format(ui.photoTooLarge, refused.join(', '), data.photoLimit.text));
    picker.value = '';
    draft.photos = (await photosOf(draft.id)).length;
    persist();
    showPhotos(section, list);
  });
  showPhotos(section, list);
  return el('div', { class: 'photo-block' },
    el('label', { for: picker.id, class: 'button', text: ui.addPhoto }), picker,
    el('p', { class: 'muted', text: ui.photos }), list);
}

async function showPhotos(section, list) {
  const photos = (await photosOf(draft.id)).filter((p) => p.section === section.code);
  list.replaceChildren(...photos.map((p) => {
    const url = URL.createObjectURL(p.blob);
    const remove = el('button', { type: 'button', text: ui.removePhoto });
    remove.addEventListener('click', async () => { await removePhoto(p.key); showPhotos(section, list); });
    if (draft.state !== 'editing') remove.disabled = true;
    return el('figure', {}, el('img', { src: url, alt: p.name || section.title }), el('figcaption', {}, remove));
  }));
}

// ---------------------------------------------------------------- the submission and its checks

function buildPayload() {
  const f = draft.form;
  const answers = {};
  const records = {};
  template.sections.forEach((section) => {
    if (f.sections[section.code] !== true) return;                       // not inspected: left out entirely
    if (section.kind === 'RECORDS') {
      records[section.code] = (f.records[section.code] || []).map((row) => {
        const out = {};
        section.fields.forEach((fd) => { out[fd.name] = jsonValue(fd, row[fd.name]); });
        return out;
      });
    } else {
      (itemsBySection[section.code] || []).forEach((item) => { answers[item.code] = jsonValue(item, f.answers[item.code]); });
    }
  });
  return {
    submissionId: draft.id,
    template: template.template,
    templateVersion: template.version,
    unit: draft.unit,
    inspectionType: f.inspectionType,
    inspectedOn: f.inspectedOn || null,
    period: { from: f.periodFrom || null, to: f.periodTo || null },
    inspectors: (f.inspectors || '').split(',').map((s) => s.trim()).filter((s) => s),
    answers,
    records,
  };
}

/** The input a server error names: answers by code, rows by their key (or position), as rowLabel writes them. */
function pathOfServerItem(item) {
  if (document.getElementById(fieldId(item))) return item;
  const m = /^([A-Z_]+)\[(.+?)\](?:\.(\w+))?$/.exec(item);
  if (!m) return null;
  const section = template.sections.find((s) => s.code === m[1]);
  const rows = draft.form.records[m[1]] || [];
  let index = -1;
  if (m[2].startsWith('#')) index = Number(m[2].slice(1)) - 1;
  else index = rows.findIndex((r) => String(r[section.key] ?? '').trim() === m[2]);
  if (index < 0) return m[1];
  return `${m[1]}.${index}.${m[3] || section.key}`;
}

function showErrors(errors, summaryText) {
  document.querySelectorAll('.field-error').forEach((e) => { e.textContent = ''; });
  document.querySelectorAll('.invalid').forEach((e) => { e.classList.remove('invalid'); e.removeAttribute('aria-invalid'); });
  document.querySelectorAll('.sections-nav a').forEach((a) => a.classList.remove('has-errors'));
  if (!errors.length) return;
  const list = el('ul', { id: 'error-list' });
  errors.forEach((e) => {
    const path = e.path || pathOfServerItem(e.item);
    const id = path ? fieldId(path) : null;
    const control = id ? document.getElementById(id) : null;
    const target = id ? document.getElementById('err-' + id) : null;
    if (target) target.textContent = (target.textContent ? target.textContent + ' · ' : '') + e.message;
    if (control) { control.classList.add('invalid'); control.setAttribute('aria-invalid', 'true'); }
    const section = control?.closest('fieldset.section');
    if (section) document.querySelector(`.sections-nav a[href="#${section.id}"]`)?.classList.add('has-errors');
    list.append(el('li', {}, id ? el('a', { href: '#' + id, text: e.item }) : el('b', { text: e.item }), ': ', e.message));
  });
  note('error', summaryText, list);
  messages.scrollIntoView({ block: 'start' });
}

function note(kind, text, ...extra) {
  messages.replaceChildren(el('div', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status', id: 'notice' },
    el('p', { text }), ...extra));
}

// ---------------------------------------------------------------- sending

function lockIfSent() {
  const locked = draft.state !== 'editing';
  form.querySelectorAll('input, select, textarea, button').forEach((c) => { c.disabled = locked; });
  form.querySelectorAll('label.button').forEach((l) => l.classList.toggle('disabled', locked));
  submitButton.hidden = locked;
  retryButton.hidden = draft.state !== 'queued';
  unlockButton.hidden = draft.state !== 'queued';
}

function changed() {
  if (draft.state !== 'editing') return;
  persist();
}

async function submit() {
  const payload = buildPayload();
  const errors = validate(payload, template, texts);
  if (errors.length) {
    showErrors(errors, format(ui.errorsSummary, errors.length));
    return;
  }
  showErrors([]);
  draft.payload = payload;        // frozen: every try sends exactly this, so the server stores it once
  draft.state = 'queued';
  persist();
  lockIfSent();
  await trySend();
}

async function trySend() {
  if (draft.state !== 'queued' || trySend.running) return;
  trySend.running = true;
  note('ok', ui.sending);
  try {
    const result = await send(draft, (i, n) => note('ok', format(ui.uploadingPhotos, i, n)));
    handle(result);
  } finally {
    trySend.running = false;
  }
}

function handle(result) {
  switch (result.outcome) {
    case 'sent':
      clearInterval(retryTimer);
      draft.photosPending = result.photos.length > 0;
      persist();
      if (result.photos.length) {
        note('warn', format(ui.sent, result.body.findings.length),
          ...result.photos.map((p) => el('p', { text: format(ui.photoFailed, p.name, p.detail) })));
      }
      location.assign(`/kiem-tra/ket-qua/${encodeURIComponent(draft.id)}`);
      return;
    case 'offline':
    case 'error':
      note('warn', result.outcome === 'offline' ? format(ui.queued, draft.id) : format(ui.serverError, result.status));
      scheduleRetry();
      return;
    case 'session': {
      const link = el('a', { href: '/login', class: 'button primary', text: ui.signInAgain });
      note('warn', ui.sessionExpired, link);
      return;
    }
    case 'rejected':
      unlock();
      showErrors(result.errors.map((e) => ({ item: e.item, message: e.message })), format(ui.serverRejected, result.errors.length));
      return;
    case 'conflict': {
      const copy = el('button', { type: 'button', class: 'primary', id: 'copy-as-new', text: ui.copyAsNew });
      copy.addEventListener('click', copyAsNew);
      unlock();
      note('error', format(ui.conflict, draft.id), copy);
      return;
    }
    default:
      unlock();
      note('error', format(ui.forbidden, result.detail || ''));
  }
}

function scheduleRetry() {
  clearInterval(retryTimer);
  retryTimer = setInterval(() => { if (navigator.onLine) trySend(); }, 20000);
}

function unlock() {
  clearInterval(retryTimer);
  draft.state = 'editing';
  delete draft.payload;
  persist();
  render();
}

async function copyAsNew() {
  const old = draft.id;
  const photos = await photosOf(old);
  draft.id = newId();
  draft.state = 'editing';
  delete draft.payload;
  persist();
  for (const p of photos) {
    await addPhoto(draft.id, p.section, new File([p.blob], p.name || 'anh.jpg', { type: p.type }));
  }
  await deleteDraft(old);
  const params = new URLSearchParams(location.search);
  params.set('draft', draft.id);
  history.replaceState(null, '', `${location.pathname}?${params}`);
  render();
  note('ok', format(ui.restored, when(draft.updatedAt)));
}

submitButton.addEventListener('click', submit);
retryButton.addEventListener('click', trySend);
unlockButton.addEventListener('click', unlock);
watchConnection(ui, trySend);
keepPagesOffline(`/kiem-tra/phieu?unit=${encodeURIComponent(draft.unit)}`);
render();
if (draft.state === 'sent') {
  location.replace(`/kiem-tra/ket-qua/${encodeURIComponent(draft.id)}`);
} else if (draft.state === 'queued') {
  note('warn', format(ui.queued, draft.id));
  scheduleRetry();
  if (navigator.onLine) trySend();
} else {
  stateLine.textContent = format(ui.saved, when(draft.updatedAt));
}
