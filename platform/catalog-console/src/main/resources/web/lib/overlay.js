// The offices' overlay (docs/offices.md): a list entry as served turned into the shape of a catalog file (what a PUT
// takes and what the history's before/after hold), the fields that differ between two such entries, their values as
// text, and the paths.
import { label } from './i18n.js';

/** The levels of a list entry, in the order the documents print them. */
export const LEVELS = ['district', 'town', 'village'];
/** The channels an office can tick. */
export const CHANNELS = ['window', 'bank', 'community', 'village', 'online', 'onsite'];
/** The acts a duty text names, and the role each gives its level (docs/catalog-format.md). */
const ACTS = [['受理', 'accept'], ['审核', 'review'], ['审批', 'approve'], ['批准', 'approve'], ['送达', 'deliver'], ['出件', 'deliver']];

export function listPath(id, listId) {
  return `/api/jurisdictions/${encodeURIComponent(id)}/lists/${encodeURIComponent(listId)}`;
}

export function changesPath(id) {
  return `/api/jurisdictions/${encodeURIComponent(id)}/changes`;
}

/** A served entry in the shape of a catalog file's entry: no provenance, limits as text, levels by level. */
export function fileShape(entry) {
  const shaped = JSON.parse(JSON.stringify(entry ?? {}));
  delete shaped.provenance;
  if (shaped.local === true) {
    delete shaped.item;
  }
  delete shaped.local;
  if (Array.isArray(shaped.levels)) {
    shaped.levels = Object.fromEntries(shaped.levels.map(({ level, ...duty }) => [level, duty]));
  }
  for (const field of ['limit', 'limitBefore', 'limitAfter']) {
    if (shaped[field] && typeof shaped[field] === 'object') {
      shaped[field] = shaped[field].text;
    }
  }
  if (shaped.online && typeof shaped.online === 'object' && 'urls' in shaped.online) {
    shaped.online.url = shaped.online.urls;
    delete shaped.online.urls;
  }
  for (const [field, value] of Object.entries(shaped)) {
    if ((Array.isArray(value) && !value.length) || value === null
      || (value && typeof value === 'object' && !Array.isArray(value) && !Object.keys(value).length)) {
      delete shaped[field];
    }
  }
  return shaped;
}

/** The role a duty text gives its level: the former one while the text still names its act, else the first act named. */
export function roleOf(duty, former) {
  const named = ACTS.filter(([word]) => duty.includes(word)).map(([, role]) => role);
  if (former && named.includes(former)) {
    return former;
  }
  return named[0] ?? null;
}

/** Several values typed in one field (units, applicants): separated by 、，,；; or spaces. */
export function splitValues(text) {
  return String(text ?? '').split(/[、，,；;\s]+/).map((v) => v.trim()).filter(Boolean);
}

function same(a, b) {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The top-level fields whose values differ between two entries in file shape: [{field, before, after}]. */
export function differences(before, after) {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])]
    .filter((f) => !['reason', 'inferred', 'raw'].includes(f));
  return fields.filter((f) => !same(before?.[f], after?.[f]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after?.[field] ?? null }));
}

/** A field's value of an entry in file shape as one line of text. */
export function valueText(value) {
  if (value === null || value === undefined) {
    return '';
  }
  if (Array.isArray(value)) {
    return value.map(valueText).join('、');
  }
  if (typeof value === 'object') {
    if ('duty' in value) {
      return value.duty;
    }
    return Object.entries(value).map(([k, v]) => `${k}：${valueText(v)}`).join('；');
  }
  return String(value);
}

/** A field's value as the reader sees it: levels and channels by their labels. */
export function fieldText(field, value) {
  if (field === 'levels' && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).map(([level, d]) => `${label('level', level)}：${d?.duty ?? ''}`).join('；');
  }
  if (field === 'channels' && Array.isArray(value)) {
    return value.map((c) => label('channel', c)).join('、');
  }
  return valueText(value);
}
