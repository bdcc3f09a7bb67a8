// The checks of the server's SubmissionValidator, ValueChecker and CrossCheck, repeated on the tablet with the same
// texts (checklist-validation.properties, given by the page), so that a checklist the page accepts is one the server
// accepts, and a refusal reads the same on both sides.
import { format } from './drafts.js';

/** The JSON value of what was typed: a count as a number when it is one, an empty field as null. */
export function jsonValue(spec, raw) {
  if (raw === undefined || raw === null || raw === '') return null;
  const type = spec.type.replace('?', '');
  if (type === 'bool') return raw;
  if (type === 'int') return /^[+-]?\d+$/.test(String(raw).trim()) ? Number(String(raw).trim()) : String(raw);
  return String(raw).trim() === '' ? null : String(raw).trim();
}

// SubmissionValidator's limits: a row's key (an identifier), any other text, the earliest inspection day.
const MAX_ID_LENGTH = 100;
const MAX_TEXT_LENGTH = 500;
const EARLIEST_INSPECTION = '2000-01-01';

/** A value as a message repeats it (JsonErrors.excerpt): whole when short, else its first 40 characters and "…". */
function excerpt(text) {
  return text.length <= 40 ? text : `${text.slice(0, 40)}…`;
}

function received(value) {
  return excerpt(JSON.stringify(value));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
export function isoDate(v) {
  if (typeof v !== 'string') return null;
  const m = ISO.exec(v);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? v : null;
}

/** The problem with one value (null when fine), as ValueChecker and SubmissionValidator.missingOrWrong say it. */
function problem(texts, spec, value, inspectedOn, where, maxLength) {
  if (value === null || value === undefined) return spec.type.endsWith('?') ? null : format(texts.required, where);
  switch (spec.type.replace('?', '')) {
    case 'string':
      if (typeof value !== 'string' || value.trim() === '') return texts.string;
      return value.length > maxLength ? format(texts['string.tooLong'], value.length, maxLength) : null;
    case 'bool': return typeof value === 'boolean' ? null : texts.bool;
    case 'int':
      if (!Number.isInteger(value) || value > 2147483647 || value < -2147483648) return format(texts.int, received(value));
      if (spec.min !== null && spec.min !== undefined && value < spec.min) return format(texts['int.min'], spec.min, value);
      if (spec.max !== null && spec.max !== undefined && value > spec.max) return format(texts['int.max'], spec.max, value);
      return null;
    case 'enum': return (spec.values || []).includes(value) ? null
      : format(texts.enum, received(value), (spec.values || []).join(', '));
    case 'quarter': return /^\d{4}-Q[1-4]$/.test(value) ? null : format(texts.quarter, received(value));
    case 'date': {
      const d = isoDate(value);
      if (!d) return format(texts.date, received(value));
      if (!spec.mayBeAfterInspection && inspectedOn && d > inspectedOn) return format(texts['date.afterInspection'], d, inspectedOn);
      return null;
    }
    default: return null;
  }
}

function cross(texts, spec, value, sibling) {
  if (spec.notBefore) {
    const own = isoDate(value);
    const other = isoDate(sibling(spec.notBefore));
    if (own && other && own < other) return format(texts.notBefore, own, spec.notBefore, other);
  }
  if (spec.notAbove) {
    const other = sibling(spec.notAbove);
    if (Number.isInteger(value) && Number.isInteger(other) && value > other) return format(texts.notAbove, value, spec.notAbove, other);
  }
  return null;
}

export function rowLabel(section, row, n) {
  const key = row[section.key];
  return typeof key === 'string' && key.trim() !== '' && key.length <= MAX_ID_LENGTH
    ? `${section.code}[${key}]` : `${section.code}[#${n}]`;
}

/**
 * Every problem of a submission: [{item, message, path}] — item as the server names it, path the input it belongs to.
 */
export function validate(p, template, texts) {
  const answers = p.answers || {};
  const records = p.records || {};
  const itemsBySection = {};
  template.items.forEach((item) => { (itemsBySection[item.section] ||= []).push(item); });
  const errors = [];
  const inspectedOn = isoDate(p.inspectedOn);
  if (!inspectedOn) errors.push({ item: 'inspectedOn', path: 'inspectedOn', message: format(texts.inspectedOn, received(p.inspectedOn)) });
  else if (inspectedOn < EARLIEST_INSPECTION) {
    errors.push({ item: 'inspectedOn', path: 'inspectedOn',
      message: format(texts['inspectedOn.tooEarly'], inspectedOn, EARLIEST_INSPECTION) });
  }
  const from = isoDate(p.period?.from);
  const to = isoDate(p.period?.to);
  if (!from) errors.push({ item: 'period.from', path: 'period.from', message: texts['period.from'] });
  if (!to) errors.push({ item: 'period.to', path: 'period.to', message: texts['period.to'] });
  if (from && to && from > to) errors.push({ item: 'period.from', path: 'period.from', message: format(texts['period.order'], from, to) });
  if (to && inspectedOn && to > inspectedOn) errors.push({ item: 'period.to', path: 'period.to', message: format(texts['period.afterInspection'], to, inspectedOn) });
  if (!Array.isArray(p.inspectors) || !p.inspectors.length) errors.push({ item: 'inspectors', path: 'inspectors', message: texts.inspectors });
  template.sections.forEach((section) => {
    if (section.kind === 'RECORDS') {
      const rows = records[section.code];
      if (!rows) return;
      const seen = {};
      rows.forEach((row, i) => {
        const label = rowLabel(section, row, i + 1);
        const valid = {};
        section.fields.forEach((fd) => {
          const msg = problem(texts, fd, row[fd.name], inspectedOn, format(texts['required.where.list'], section.code),
            fd.name === section.key ? MAX_ID_LENGTH : MAX_TEXT_LENGTH);
          if (msg) errors.push({ item: `${label}.${fd.name}`, path: `${section.code}.${i}.${fd.name}`, message: msg });
          else if (row[fd.name] !== null) valid[fd.name] = row[fd.name];
        });
        section.fields.forEach((fd) => {
          const v = valid[fd.name];
          const msg = v === undefined || v === null ? null : cross(texts, fd, v, (n) => valid[n]);
          if (msg) errors.push({ item: `${label}.${fd.name}`, path: `${section.code}.${i}.${fd.name}`, message: msg });
        });
        const key = row[section.key];
        if (key !== null && key !== undefined) {
          const k = String(key);
          if (seen[k]) {
            errors.push({ item: label, path: `${section.code}.${i}.${section.key}`,
              message: format(texts.duplicateKey, section.key, excerpt(k), seen[k], section.code) });
          } else {
            seen[k] = i + 1;
          }
        }
      });
    } else {
      const items = itemsBySection[section.code] || [];
      if (!items.some((item) => item.code in answers)) return;
      const valid = {};
      items.forEach((item) => {
        const msg = problem(texts, item, answers[item.code], inspectedOn, format(texts['required.where.section'], section.code),
          MAX_TEXT_LENGTH);
        if (msg) errors.push({ item: item.code, path: item.code, message: msg });
        else valid[item.code] = answers[item.code];
      });
      items.forEach((item) => {
        const v = valid[item.code];
        const msg = v === undefined || v === null ? null : cross(texts, item, v, (n) => valid[n]);
        if (msg) errors.push({ item: item.code, path: item.code, message: msg });
      });
    }
  });
  return errors;
}
