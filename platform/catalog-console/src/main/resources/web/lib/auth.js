// Sign-in: HTTP Basic credentials for the platform's JAAS realm, kept for this browser tab only (sessionStorage) and
// sent by api.js as the Authorization header of every request. signIn() checks them at once with GET /api/me
// ({user, roles, jurisdictions}: docs/offices.md) and keeps the roles and the jurisdictions the user may write; a
// later 401 signs out and says why.
import { reactive } from './vue.js';

const STORAGE_KEY = 'renshe.auth';

/** Where to check credentials: GET answering {"user", "roles": [], "jurisdictions": []}. */
export const VERIFY_PATH = '/api/me';

export const session = reactive({
  user: null,
  roles: [],
  /** The jurisdictions the user may write (every deployed one for renshe-admin). */
  jurisdictions: [],
  verified: false,
  /** Why the last sign-in ended (a key of messages.js auth.*), shown on the sign-in page. */
  reason: null,
});

let header = null;

function utf8Base64(text) {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) {
    binary += String.fromCharCode(b);
  }
  return window.btoa(binary);
}

function restore() {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
    // credentials kept before they were checked at sign-in (an older console) are not kept
    if (saved && typeof saved.user === 'string' && typeof saved.header === 'string' && saved.verified === true) {
      header = saved.header;
      session.user = saved.user;
      session.roles = Array.isArray(saved.roles) ? saved.roles : [];
      session.jurisdictions = Array.isArray(saved.jurisdictions) ? saved.jurisdictions : [];
      session.verified = saved.verified === true;
    }
  } catch (e) {
    // nothing kept
  }
}

function save() {
  try {
    if (header) {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify({
        user: session.user, header, roles: session.roles, jurisdictions: session.jurisdictions, verified: session.verified,
      }));
    } else {
      window.sessionStorage.removeItem(STORAGE_KEY);
    }
  } catch (e) {
    // not kept: signed in for this page only
  }
}

/** The Authorization header value, or null when nobody is signed in. */
export function authorization() {
  return header;
}

/**
 * Checks the credentials with verify(VERIFY_PATH) (the api's get, which rejects with an ApiProblem: 401 for a wrong
 * user or password) and keeps them with the user's roles and jurisdictions.
 */
export async function signIn(user, password, verify) {
  header = `Basic ${utf8Base64(`${user}:${password}`)}`;
  session.user = null;
  session.roles = [];
  session.jurisdictions = [];
  session.verified = false;
  session.reason = null;
  // signed in (the header names the user) only once the platform said who it is
  const answer = await verify(VERIFY_PATH);
  session.roles = Array.isArray(answer.roles) ? answer.roles : [];
  session.jurisdictions = Array.isArray(answer.jurisdictions) ? answer.jurisdictions : [];
  session.verified = true;
  session.user = typeof answer.user === 'string' ? answer.user : user;
  save();
}

/** Forgets the credentials; reason is a key of auth.* saying why, or null for a sign-out by the user. */
export function signOut(reason = null) {
  header = null;
  session.user = null;
  session.roles = [];
  session.jurisdictions = [];
  session.verified = false;
  session.reason = reason;
  save();
}

/**
 * Whether the signed-in user has a role; a role ending in '*' is a prefix ('renshe-office-*': an office of any
 * jurisdiction).
 */
export function mayHave(role) {
  if (!session.user || !session.verified) {
    return false;
  }
  return role.endsWith('*') ? session.roles.some((r) => r.startsWith(role.slice(0, -1))) : session.roles.includes(role);
}

/** Whether the signed-in user may write a jurisdiction (as /api/me lists them). */
export function mayWrite(jurisdictionId) {
  return !!session.user && session.jurisdictions.includes(jurisdictionId);
}

restore();
