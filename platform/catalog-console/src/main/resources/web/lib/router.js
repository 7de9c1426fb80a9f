// Hash routing (#/jurisdictions/341000?level=village): works under any base path, needs nothing from the server,
// and every screen has an address that can be bookmarked or shared. Routes are declared in ../routes.js.
import { reactive, h } from './vue.js';

export const route = reactive({ path: '/', params: {}, query: {}, match: null });

let table = [];

function compile(pattern) {
  if (pattern === '*') {
    return { regex: /(?!)/, names: [] };
  }
  const names = [];
  const source = pattern.replace(/\/:(\w+)/g, (whole, name) => {
    names.push(name);
    return '/([^/]+)';
  });
  return { regex: new RegExp(`^${source}/?$`), names };
}

/** Declares the routes: [{path: '/items/:code', component, title, section, nav}], tried in order. */
export function defineRoutes(routes) {
  table = routes.map((r) => ({ ...r, ...compile(r.path) }));
}

function parse(hash) {
  const raw = hash.replace(/^#/, '') || '/';
  const [pathPart, queryPart = ''] = raw.split('?');
  const path = pathPart.startsWith('/') ? pathPart : `/${pathPart}`;
  const query = Object.fromEntries(new URLSearchParams(queryPart));
  for (const r of table) {
    const m = r.regex.exec(path);
    if (m) {
      const params = {};
      r.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1]);
      });
      return { path, params, query, match: r };
    }
  }
  return { path, params: {}, query, match: table.find((r) => r.path === '*') ?? null };
}

function update() {
  Object.assign(route, parse(window.location.hash));
}

/** The href of a route: href('/items/:code', {code: '1.10.1'}, {q: 'x'}) or href('/admin/events'). */
export function href(path, params = {}, query = {}) {
  const filled = path.replace(/:(\w+)/g, (whole, name) => encodeURIComponent(params[name] ?? ''));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  const qs = search.toString();
  return `#${filled}${qs ? `?${qs}` : ''}`;
}

export function navigate(path, params, query) {
  const target = href(path, params, query);
  if (window.location.hash === target) {
    update();
  } else {
    window.location.hash = target;
  }
}

export function startRouter() {
  window.addEventListener('hashchange', update);
  update();
}

/** <router-link to="/items/:code" :params="{code}" :query="{}">: a plain link, marked aria-current when active. */
export const RouterLink = {
  name: 'RouterLink',
  props: { to: { type: String, required: true }, params: Object, query: Object, exact: Boolean },
  setup(props, { slots }) {
    return () => {
      const target = href(props.to, props.params || {}, props.query || {});
      const path = target.slice(1).split('?')[0];
      const active = props.exact ? route.path === path : (route.path === path || route.path.startsWith(`${path}/`));
      return h('a', { href: target, 'aria-current': active ? 'page' : null }, slots.default ? slots.default() : []);
    };
  },
};
