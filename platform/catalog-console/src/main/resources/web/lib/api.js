// The one HTTP client of the console. Every screen calls the platform through get()/post() and gets either the
// parsed answer or an ApiProblem; describeProblem() turns any problem into plain words for the reader.
//
// Problems are read from RFC 9457 application/problem+json ({type, title, status, detail, parameter | errors[]}) and,
// until every endpoint speaks it, from the older body ({status, error, message, parameter}). An answer that is not
// JSON (a proxy's or the servlet container's HTML error page) is never shown: only its status counts.
import { authorization, signOut } from './auth.js';
import { t, has } from './i18n.js';

const DEFAULT_TIMEOUT_MS = 20000;

/** A failed call: what went wrong, normalised from whatever the server (or the network) answered. */
export class ApiProblem extends Error {
  constructor({ kind, status = 0, title = null, detail = null, parameter = null, errors = [], type = null, body = null, etag = null }) {
    super(detail || title || kind);
    this.name = 'ApiProblem';
    this.kind = kind;
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.parameter = parameter;
    this.errors = errors;
    this.type = type;
    this.body = body;
    /** The ETag of the answer (a 409 names the current version of a list with it). */
    this.etag = etag;
  }
}

function kindOf(status) {
  if (status === 400) return 'badRequest';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 405) return 'notAllowed';
  if (status === 409) return 'conflict';
  if (status === 413) return 'tooLarge';
  if (status === 415) return 'unsupported';
  if (status === 422) return 'unprocessable';
  if (status === 428) return 'preconditionRequired';
  if (status === 429) return 'tooMany';
  if (status === 503) return 'unavailable';
  if (status >= 500) return 'server';
  return 'unexpected';
}

/** One error of a list (bundle validation, a spreadsheet row …) as {file, line, row, column, parameter, reason}. */
export function normaliseError(error) {
  if (error == null || typeof error !== 'object') {
    return { reason: String(error ?? '') };
  }
  return {
    file: error.file ?? null,
    line: Number.isInteger(error.line) ? error.line : null,
    row: error.row ?? null,
    column: error.column ?? null,
    parameter: error.parameter ?? error.pointer ?? error.field ?? null,
    reason: error.reason ?? error.detail ?? error.message ?? '',
  };
}

/**
 * The problem an answer stands for. body is the parsed JSON or null when the answer was not JSON.
 */
export function toProblem(status, body, etag = null) {
  const json = body !== null && typeof body === 'object' && !Array.isArray(body) ? body : null;
  const errors = Array.isArray(json?.errors) ? json.errors.map(normaliseError) : [];
  return new ApiProblem({
    kind: kindOf(status),
    status,
    title: typeof json?.title === 'string' ? json.title : (typeof json?.error === 'string' ? json.error : null),
    detail: typeof json?.detail === 'string' ? json.detail : (typeof json?.message === 'string' ? json.message : null),
    parameter: typeof json?.parameter === 'string' ? json.parameter : null,
    errors,
    type: typeof json?.type === 'string' ? json.type : null,
    body: json,
    etag,
  });
}

function isJson(contentType) {
  return /^application\/([\w.+-]+\+)?json\b/i.test(contentType || '');
}

async function readJson(response) {
  if (!isJson(response.headers.get('Content-Type'))) {
    return null;
  }
  try {
    return await response.json();
  } catch (e) {
    return null;
  }
}

function url(path, query) {
  const target = new URL(path, window.location.origin);
  if (query) {
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') {
        target.searchParams.set(name, value);
      }
    }
  }
  return target.pathname + target.search;
}

/**
 * Calls the platform. Resolves to {status, data, etag} for a 2xx answer and for the statuses listed in `accept` (such
 * as 422 for a validation whose errors are the answer); rejects with an ApiProblem otherwise. `ifMatch` is sent as
 * If-Match (the version of a list that a write changes); `headers` adds headers of the endpoint's own (the applicant's
 * X-Id-Suffix).
 */
export async function request(method, path, { query, body, contentType, ifMatch, headers: extra = {}, accept = [], timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
  const headers = { ...extra, Accept: 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
  if (ifMatch) {
    headers['If-Match'] = ifMatch;
  }
  const credentials = authorization();
  if (credentials) {
    headers.Authorization = credentials;
  }
  if (contentType) {
    headers['Content-Type'] = contentType;
  }
  const abort = new AbortController();
  const timer = window.setTimeout(() => abort.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(url(path, query), {
      method, headers, body, signal: abort.signal, credentials: 'same-origin', cache: 'no-cache',
    });
  } catch (e) {
    throw new ApiProblem({ kind: abort.signal.aborted ? 'timeout' : 'network' });
  } finally {
    window.clearTimeout(timer);
  }
  const data = await readJson(response);
  const etag = response.headers.get('ETag');
  if (response.ok || accept.includes(response.status)) {
    if (data === null && response.status !== 204) {
      throw new ApiProblem({ kind: 'unexpected', status: response.status });
    }
    return { status: response.status, data, etag };
  }
  const problem = toProblem(response.status, data, etag);
  if (problem.kind === 'unauthorized' && credentials) {
    signOut('rejected');
  }
  throw problem;
}

export async function get(path, query, options = {}) {
  return (await request('GET', path, { ...options, query })).data;
}

export function post(path, body, contentType, options = {}) {
  return request('POST', path, { ...options, body, contentType });
}

/**
 * Plain words for a problem, in the current language: {title, text, detail}. title and text never repeat what the
 * server wrote; detail is the server's own explanation (English today), shown only on request, and never for an
 * answer that was not a problem body.
 */
export function describeProblem(problem) {
  const p = problem instanceof ApiProblem ? problem : new ApiProblem({ kind: 'unexpected' });
  const kind = has(`problem.${p.kind}.title`) ? p.kind : 'unexpected';
  let text = t(`problem.${kind}.text`);
  if (p.kind === 'badRequest' && p.parameter) {
    const name = has(`parameter.${p.parameter}`) ? t(`parameter.${p.parameter}`) : p.parameter;
    text = t('problem.badRequest.parameter', { name });
  }
  return {
    title: t(`problem.${kind}.title`),
    text,
    detail: p.detail && p.body ? p.detail : null,
    status: p.status || null,
  };
}
