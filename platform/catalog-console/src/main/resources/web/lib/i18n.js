// Translations: Simplified Chinese first, English on request. t('key', {param}) looks a key up in the current
// language, falls back to Chinese, and as a last resort shows the key itself (so a missing text is visible, not blank).
// The choice is kept in localStorage and written to <html lang>.
import { reactive } from './vue.js';
import { messages } from './messages.js';

export const LOCALES = ['zh-CN', 'en'];
const STORAGE_KEY = 'renshe.locale';

function initialLocale() {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (LOCALES.includes(saved)) {
      return saved;
    }
  } catch (e) {
    // storage disabled: Chinese
  }
  return 'zh-CN';
}

export const i18n = reactive({ locale: initialLocale() });
document.documentElement.lang = i18n.locale;

export function setLocale(locale) {
  if (!LOCALES.includes(locale)) {
    return;
  }
  i18n.locale = locale;
  document.documentElement.lang = locale;
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch (e) {
    // not kept: fine
  }
}

function lookup(table, key) {
  let node = table;
  for (const part of key.split('.')) {
    if (node == null || typeof node !== 'object') {
      return undefined;
    }
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Whether a key has a text (in either language). */
export function has(key) {
  return lookup(messages['zh-CN'], key) !== undefined;
}

/** The text of a key in the current language, with {name} placeholders filled from params. */
export function t(key, params) {
  const text = lookup(messages[i18n.locale], key) ?? lookup(messages['zh-CN'], key) ?? key;
  if (!params) {
    return text;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name) => (params[name] === undefined || params[name] === null ? whole : String(params[name])));
}

/**
 * The label of an API vocabulary value (a level, a channel, a status …) in the current language. Keys are compared
 * in lower case with '-' read as '_', so that WORKING_DAYS (today's API) and working_days (the coming one) agree.
 * An unknown value is shown as it is.
 */
export function label(vocabulary, value) {
  if (value == null || value === '') {
    return '';
  }
  const key = String(value).toLowerCase().replace(/-/g, '_');
  const text = lookup(messages[i18n.locale], `vocab.${vocabulary}.${key}`)
    ?? lookup(messages['zh-CN'], `vocab.${vocabulary}.${key}`);
  return text ?? String(value);
}

/** Date and time of an ISO instant, in China's time zone. */
export function formatInstant(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  return new Intl.DateTimeFormat(i18n.locale, {
    year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hour12: false, timeZone: 'Asia/Shanghai',
  }).format(date);
}

/** A calendar date yyyy-MM-dd written for the reader, with the weekday. */
export function formatDate(isoDate) {
  if (!isoDate) {
    return '';
  }
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return new Intl.DateTimeFormat(i18n.locale, {
    year: 'numeric', month: 'long', day: 'numeric', weekday: 'short', timeZone: 'UTC',
  }).format(date);
}

/** Today's date (yyyy-MM-dd) in China, whatever the browser's time zone: the acceptance day of the calendar. */
export function todayInChina() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Shanghai',
  }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}
