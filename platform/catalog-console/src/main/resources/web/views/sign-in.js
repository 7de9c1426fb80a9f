// Sign-in with the platform's accounts (Karaf's JAAS realm): checked at once with GET /api/me; the credentials go
// with every request of this tab (lib/auth.js) until sign-out or until the platform answers 401.
import { reactive } from '../lib/vue.js';
import { t } from '../lib/i18n.js';
import { session, signIn, signOut, mayHave } from '../lib/auth.js';
import { get, ApiProblem } from '../lib/api.js';
import { route } from '../lib/router.js';

export default {
  name: 'SignInView',
  setup() {
    const form = reactive({ user: '', password: '', busy: false, problem: null, missing: [] });
    const next = () => {
      if (route.query.next && route.query.next.startsWith('/')) {
        return route.query.next;
      }
      return mayHave('renshe-office-*') ? '/office' : '/';
    };
    async function submit() {
      form.missing = ['user', 'password'].filter((f) => !form[f].trim());
      if (form.missing.length) {
        return;
      }
      form.busy = true;
      form.problem = null;
      try {
        await signIn(form.user.trim(), form.password, (path) => get(path));
        form.password = '';
        window.location.hash = `#${next()}`;
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          signOut(null);
          throw e;
        }
        // a wrong user or password: said by the page's own message (auth.reason.rejected), not as a problem
        signOut(e.kind === 'unauthorized' ? 'rejected' : null);
        form.problem = e.kind === 'unauthorized' ? null : e;
      } finally {
        form.busy = false;
      }
    }
    function leave() {
      signOut(null);
    }
    return { t, form, session, submit, leave };
  },
  template: `
    <section class="narrow">
      <h1 tabindex="-1">{{ session.user ? t('auth.signedInTitle') : t('auth.title') }}</h1>
      <template v-if="session.user">
        <p role="status">{{ t('auth.signedInAs', { user: session.user }) }}</p>
        <p class="hint">{{ t('auth.roles', { roles: session.roles.join('、') || t('common.none') }) }}</p>
        <p v-if="session.jurisdictions.length" class="hint">{{ t('auth.jurisdictions', { ids: session.jurisdictions.join('、') }) }}</p>
        <button type="button" @click="leave">{{ t('auth.signOut') }}</button>
      </template>
      <template v-else>
        <p v-if="session.reason" class="problem" role="alert">{{ t('auth.reason.' + session.reason) }}</p>
        <p class="lead">{{ t('auth.lead') }}</p>
        <problem-box v-if="form.problem" :problem="form.problem" />
        <form class="stack" novalidate @submit.prevent="submit">
          <div class="field">
            <label for="signin-user">{{ t('auth.user') }}</label>
            <input id="signin-user" v-model="form.user" name="username" autocomplete="username" required
                   :aria-invalid="form.missing.includes('user') ? 'true' : null"
                   :aria-describedby="form.missing.includes('user') ? 'signin-user-error' : null">
            <p v-if="form.missing.includes('user')" id="signin-user-error" class="field-error">{{ t('auth.userMissing') }}</p>
          </div>
          <div class="field">
            <label for="signin-password">{{ t('auth.password') }}</label>
            <input id="signin-password" v-model="form.password" name="password" type="password" autocomplete="current-password" required
                   :aria-invalid="form.missing.includes('password') ? 'true' : null"
                   :aria-describedby="form.missing.includes('password') ? 'signin-password-error' : null">
            <p v-if="form.missing.includes('password')" id="signin-password-error" class="field-error">{{ t('auth.passwordMissing') }}</p>
          </div>
          <button type="submit" :disabled="form.busy">{{ t('auth.submit') }}</button>
        </form>
        <p class="hint">{{ t('auth.howToGetAccount') }}</p>
      </template>
    </section>`,
};
