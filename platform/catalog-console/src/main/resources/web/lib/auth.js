// Sign-in: HTTP Basic credentials for the platform's JAAS realm (issue 9), kept for this browser tab only
// (sessionStorage) and sent by api.js as the Authorization header of every request.
//
// Today the platform has no sign-in yet, so credentials cannot be checked when they are entered: they are checked by
// the first request that needs them (a 401 signs out and says why). When the platform gains an endpoint that answers
// who is signed in and with which roles, set VERIFY_PATH to it: signIn() then asks it at once and keeps the roles.
import { reactive } from './vue.js';

const STORAGE_KEY = 'renshe.auth';

/** Where to check credentials (GET, answering {"user", "roles": []}); null until the platform has it. */
export const VERIFY_PATH = null;

export const session = reactive({
  user: null,
  roles: [],
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
    if (saved && typeof saved.user === 'string' && typeof saved.header === 'string') {
      header = saved.header;
      session.user = saved.user;
      session.roles = Array.isArray(saved.roles) ? saved.roles : [];
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
        user: session.user, header, roles: session.roles, verified: session.verified,
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

/** Keeps the credentials (and, once the platform can tell, checks them: see VERIFY_PATH). */
export async function signIn(user, password, verify) {
  header = `Basic ${utf8Base64(`${user}:${password}`)}`;
  session.user = user;
  session.roles = [];
  session.verified = false;
  session.reason = null;
  if (VERIFY_PATH && verify) {
    const answer = await verify(VERIFY_PATH);
    session.roles = Array.isArray(answer.roles) ? answer.roles : [];
    session.verified = true;
  }
  save();
}

/** Forgets the credentials; reason is a key of auth.* saying why, or null for a sign-out by the user. */
export function signOut(reason = null) {
  header = null;
  session.user = null;
  session.roles = [];
  session.verified = false;
  session.reason = reason;
  save();
}

/** Whether the signed-in user has a role (unknown roles, before VERIFY_PATH exists, count as possibly yes). */
export function mayHave(role) {
  if (!session.user) {
    return false;
  }
  return !session.verified || session.roles.includes(role);
}

restore();
