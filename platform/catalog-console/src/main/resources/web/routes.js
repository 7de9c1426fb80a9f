// Every screen of the console: its address, the component that draws it, its title (a key of messages.js), the
// navigation group it belongs to, and — for the screens of signed-in users — the role the navigation shows it to
// (a role ending in '*' is a prefix; the API itself checks every write). A new screen is one line here, one module
// under views/, and its texts in lib/messages.js.
// Groups: 'public' (anyone: also apply for a one-thing and follow an application), 'office' (renshe-office-<id>: its
// lists, their history, spreadsheets), 'unit' (the task queue of applications: the same office roles the tasks API
// checks), 'admin' (renshe-admin).
import HomeView from './views/home.js';
import JurisdictionView from './views/jurisdiction.js';
import ListView from './views/list.js';
import OneThingView from './views/one-thing.js';
import ItemView from './views/item.js';
import ApiView from './views/api.js';
import AdminJurisdictionsView from './views/admin-jurisdictions.js';
import AdminValidateView from './views/admin-validate.js';
import AdminCompareView from './views/admin-compare.js';
import AdminEventsView from './views/admin-events.js';
import OfficeHomeView from './views/office-home.js';
import OfficeListView from './views/office-list.js';
import OfficeChangesView from './views/office-changes.js';
import SignInView from './views/sign-in.js';
import ApplyView from './views/apply.js';
import FollowView from './views/follow.js';
import UnitTasksView from './views/unit-tasks.js';
import AdminStatisticsView from './views/admin-statistics.js';
import NotFoundView from './views/not-found.js';

export const routes = [
  { path: '/', component: HomeView, title: 'nav.home', group: 'public', nav: true },
  { path: '/jurisdictions/:id', component: JurisdictionView, title: 'title.jurisdiction', group: 'public', props: { tab: 'items' } },
  { path: '/jurisdictions/:id/lists', component: JurisdictionView, title: 'title.jurisdiction', group: 'public', props: { tab: 'lists' } },
  { path: '/jurisdictions/:id/one-things', component: JurisdictionView, title: 'title.jurisdiction', group: 'public', props: { tab: 'oneThings' } },
  { path: '/jurisdictions/:id/lists/:listId', component: ListView, title: 'title.list', group: 'public' },
  { path: '/jurisdictions/:id/one-things/:bundleId', component: OneThingView, title: 'title.oneThing', group: 'public' },
  { path: '/items/:code', component: ItemView, title: 'title.item', group: 'public' },
  { path: '/api', component: ApiView, title: 'api.nav', group: 'public', nav: true },
  { path: '/office', component: OfficeHomeView, title: 'nav.office', group: 'office', nav: true, role: 'renshe-office-*' },
  { path: '/office/:id/lists/:listId', component: OfficeListView, title: 'office.list.title', group: 'office', role: 'renshe-office-*' },
  { path: '/office/:id/changes', component: OfficeChangesView, title: 'office.changes.title', group: 'office', role: 'renshe-office-*' },
  { path: '/admin/jurisdictions', component: AdminJurisdictionsView, title: 'nav.adminJurisdictions', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/admin/validate', component: AdminValidateView, title: 'nav.adminValidate', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/admin/compare', component: AdminCompareView, title: 'nav.adminCompare', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/admin/events', component: AdminEventsView, title: 'nav.adminEvents', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/jurisdictions/:id/one-things/:bundleId/apply', component: ApplyView, title: 'apply.button', group: 'public' },
  { path: '/follow', component: FollowView, title: 'nav.follow', group: 'public', nav: true },
  { path: '/unit', component: UnitTasksView, title: 'nav.unit', group: 'unit', nav: true, role: 'renshe-office-*' },
  { path: '/admin/statistics', component: AdminStatisticsView, title: 'nav.adminStatistics', group: 'admin', nav: true, role: 'renshe-admin' },
  { path: '/sign-in', component: SignInView, title: 'auth.title', group: 'account' },
  { path: '*', component: NotFoundView, title: 'notFound.title', group: 'public' },
];

/** The navigation groups in the order the menu shows them. */
export const groups = ['public', 'office', 'unit', 'admin'];
