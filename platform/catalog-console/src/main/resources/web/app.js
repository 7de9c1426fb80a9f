// The console's entry point: the layout (skip link, header with navigation, language switch and sign-in, the
// current screen), the global components, and the error handler that keeps a failing screen from going blank.
import { createApp, computed, watch, nextTick, ref } from './lib/vue.js';
import { t, i18n, setLocale } from './lib/i18n.js';
import { route, defineRoutes, startRouter, RouterLink } from './lib/router.js';
import { session, signOut, mayHave } from './lib/auth.js';
import { routes, groups } from './routes.js';
import { ProblemBox, AsyncBlock, TableWrap, Chips, LimitText, InferredMark } from './components/common.js';
import { ErrorTable } from './components/error-table.js';

defineRoutes(routes);

const Layout = {
  name: 'ConsoleLayout',
  setup() {
    const crashed = ref(false);
    const view = computed(() => route.match?.component ?? null);
    const viewProps = computed(() => ({ ...(route.match?.props ?? {}), ...route.params }));
    // a group shows the screens the signed-in user's roles allow (the API checks again on every write)
    const nav = computed(() => groups.map((group) => ({
      group, routes: routes.filter((r) => r.group === group && r.nav && (!r.role || mayHave(r.role))),
    })).filter((g) => g.routes.length));
    const other = computed(() => (i18n.locale === 'zh-CN' ? { locale: 'en', text: 'English' } : { locale: 'zh-CN', text: '中文' }));
    function updateTitle() {
      const page = route.match ? t(route.match.title) : '';
      document.title = page && route.path !== '/' ? `${page} · ${t('app.title')}` : t('app.title');
    }
    watch(() => [route.path, i18n.locale], updateTitle, { immediate: true });
    // a new screen (not the first load): scroll to the top and move the focus to its heading, for screen readers
    watch(() => route.path, async () => {
      crashed.value = false;
      await nextTick();
      window.scrollTo(0, 0);
      const heading = document.querySelector('main h1');
      (heading ?? document.getElementById('main'))?.focus();
    });
    function skip() {
      const main = document.getElementById('main');
      main.focus();
      main.scrollIntoView();
    }
    return { t, i18n, setLocale, route, view, viewProps, nav, other, session, signOut, skip, crashed };
  },
  errorCaptured(error) {
    console.error(error);
    this.crashed = true;
    return false;
  },
  template: `
    <button type="button" class="skip" @click="skip">{{ t('app.skip') }}</button>
    <header class="site">
      <div class="bar">
        <a class="brand" href="#/">{{ t('app.title') }}</a>
        <div class="tools">
          <button type="button" class="link" :lang="other.locale" @click="setLocale(other.locale)">{{ other.text }}</button>
          <template v-if="session.user">
            <router-link to="/sign-in" class="user">{{ t('auth.userLabel', { user: session.user }) }}</router-link>
            <button type="button" class="link" @click="signOut(null)">{{ t('auth.signOut') }}</button>
          </template>
          <router-link v-else to="/sign-in">{{ t('auth.signIn') }}</router-link>
        </div>
      </div>
      <nav class="main-nav" :aria-label="t('app.navigation')">
        <div v-for="g in nav" :key="g.group" class="nav-group">
          <span class="nav-group-title" :id="'nav-' + g.group">{{ t('nav.group.' + g.group) }}</span>
          <ul :aria-labelledby="'nav-' + g.group">
            <li v-for="r in g.routes" :key="r.path"><router-link :to="r.path" :exact="r.path === '/'">{{ t(r.title) }}</router-link></li>
          </ul>
        </div>
      </nav>
    </header>
    <main id="main" tabindex="-1">
      <div v-if="crashed" class="problem" role="alert">
        <p class="problem-title"><strong>{{ t('problem.console.title') }}</strong></p>
        <p>{{ t('problem.console.text') }}</p>
      </div>
      <component v-else-if="view" :is="view" v-bind="viewProps" :key="route.path" />
    </main>
    <footer class="site">
      <p>{{ t('app.footer') }}</p>
    </footer>`,
};

const app = createApp(Layout);
app.component('RouterLink', RouterLink);
app.component('ProblemBox', ProblemBox);
app.component('AsyncBlock', AsyncBlock);
app.component('TableWrap', TableWrap);
app.component('Chips', Chips);
app.component('LimitText', LimitText);
app.component('InferredMark', InferredMark);
app.component('ErrorTable', ErrorTable);
app.config.errorHandler = (error) => {
  console.error(error);
};
startRouter();
app.mount('#app');
document.documentElement.setAttribute('data-console', 'ready');
