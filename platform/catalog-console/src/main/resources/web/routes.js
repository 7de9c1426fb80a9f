// Every screen of the console: its address, the component that draws it, its title (a key of messages.js), the
// navigation group it belongs to, and — for the screens of signed-in users, once sign-in exists — the role it needs.
// A new screen is one line here, one module under views/, and its texts in lib/messages.js.
// Groups: 'public' (anyone), 'admin' (renshe-admin); to come: 'office' (renshe-office-<id>: lists, changes,
// spreadsheets) and 'unit' (a unit's task queue), and public apply / follow an application.
import HomeView from './views/home.js';
import JurisdictionView from './views/jurisdiction.js';
import ListView from './views/list.js';
import OneThingView from './views/one-thing.js';
import ItemView from './views/item.js';
import AdminJurisdictionsView from './views/admin-jurisdictions.js';
import AdminValidateView from './views/admin-validate.js';
import AdminCompareView from './views/admin-compare.js';
import AdminEventsView from './views/admin-events.js';
import SignInView from './views/sign-in.js';
import NotFoundView from './views/not-found.js';

export const routes = [
  { path: '/', component: HomeView, title: 'nav.home', group: 'public', nav: true },
  { path: '/jurisdictions/:id', component: JurisdictionView, title: 'title.jurisdiction', group: 'public', props: { tab: 'items' } },
  { path: '/jurisdictions/:id/lists', component: JurisdictionView, title: 'title.jurisdiction', group: 'public', props: { tab: 'lists' } },
  { path: '/jurisdictions/:id/one-things', component: JurisdictionView, title: 'title.jurisdiction', group: 'public', props: { tab: 'oneThings' } },
  { path: '/jurisdictions/:id/lists/:listId', component: ListView, title: 'title.list', group: 'public' },
  { path: '/jurisdictions/:id/one-things/:bundleId', component: OneThingView, title: 'title.oneThing', group: 'public' },
  { path: '/items/:code', component: ItemView, title: 'title.item', group: 'public' },
  { path: '/admin/jurisdictions', component: AdminJurisdictionsView, title: 'nav.adminJurisdictions', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/admin/validate', component: AdminValidateView, title: 'nav.adminValidate', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/admin/compare', component: AdminCompareView, title: 'nav.adminCompare', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/admin/events', component: AdminEventsView, title: 'nav.adminEvents', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/sign-in', component: SignInView, title: 'auth.title', group: 'account' },
  { path: '*', component: NotFoundView, title: 'notFound.title', group: 'public' },
];

/** The navigation groups in the order the menu shows them. */
export const groups = ['public', 'admin'];
