// Administrator: validate a jurisdiction bundle jar before deploying it, by dropping it on the page or choosing it.
// POST /api/validate answers 200 with the status the bundle would have, or 422 with every error; nothing is deployed.
// The upload needs an administrator once sign-in exists (issue 9): a 401 or 403 is shown with a link to sign in.
import { reactive, ref } from '../lib/vue.js';
import { post, ApiProblem, normaliseError } from '../lib/api.js';
import { t, label } from '../lib/i18n.js';
import { session } from '../lib/auth.js';

const MAX_BYTES = 20 * 1024 * 1024;

export default {
  name: 'AdminValidateView',
  setup() {
    const state = reactive({ file: null, busy: false, result: null, problem: null, local: null });
    const dragging = ref(false);
    const input = ref(null);

    async function validate(file) {
      state.file = file;
      state.result = null;
      state.problem = null;
      state.local = null;
      if (!/\.(jar|zip)$/i.test(file.name)) {
        state.local = 'notJar';
        return;
      }
      if (file.size > MAX_BYTES) {
        state.local = 'tooLarge';
        return;
      }
      state.busy = true;
      try {
        const answer = await post('/api/validate', file, 'application/java-archive', { accept: [422], timeoutMs: 60000 });
        const body = answer.data ?? {};
        // today the 422 body is the bundle's status; a problem body (issue 8) carries the same errors in errors[]
        const errors = (Array.isArray(body.errors) ? body.errors : []).map(normaliseError);
        state.result = { valid: answer.status === 200, status: body.status ?? null, id: body.id ?? null,
          name: body.name ?? null, version: body.version ?? null, errors };
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          throw e;
        }
        state.problem = e;
      } finally {
        state.busy = false;
      }
    }
    function chosen(event) {
      const file = event.target.files?.[0];
      if (file) {
        validate(file);
      }
    }
    function dropped(event) {
      dragging.value = false;
      const file = event.dataTransfer?.files?.[0];
      if (file) {
        validate(file);
      }
    }
    function again() {
      if (state.file) {
        validate(state.file);
      }
    }
    return { t, label, state, dragging, input, chosen, dropped, again, session };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('admin.validate.title') }}</h1>
      <p class="lead">{{ t('admin.validate.lead') }}</p>
      <p v-if="!session.user" class="hint">{{ t('admin.validate.signInHint') }}
        <router-link to="/sign-in" :query="{ next: '/admin/validate' }">{{ t('auth.signIn') }}</router-link></p>
      <div :class="['dropzone', { dragging }]" @dragenter.prevent="dragging = true" @dragover.prevent="dragging = true"
           @dragleave.prevent="dragging = false" @drop.prevent="dropped" data-testid="dropzone">
        <label for="bundle-jar">{{ t('admin.validate.drop') }}</label>
        <input id="bundle-jar" ref="input" type="file" accept=".jar,.zip,application/java-archive" aria-describedby="bundle-jar-hint" @change="chosen">
        <p id="bundle-jar-hint" class="hint">{{ t('admin.validate.hint') }}</p>
      </div>
      <div aria-live="polite" class="validate-result">
        <p v-if="state.busy" class="loading" role="status">{{ t('admin.validate.busy', { name: state.file.name }) }}</p>
        <div v-else-if="state.local" class="problem" role="alert"><p>{{ t('admin.validate.' + state.local) }}</p></div>
        <problem-box v-else-if="state.problem" :problem="state.problem" :retry="again" />
        <template v-else-if="state.result">
          <div v-if="state.result.valid" class="success" role="status">
            <p><strong>{{ t('admin.validate.valid', { name: state.file.name }) }}</strong></p>
            <p>{{ t('admin.validate.would', { id: state.result.id, name: state.result.name, version: state.result.version }) }}</p>
          </div>
          <div v-else class="invalid">
            <p class="problem-title" role="alert"><strong>{{ t('admin.validate.invalid', { name: state.file.name, count: state.result.errors.length }) }}</strong></p>
            <p v-if="state.result.id">{{ t('admin.validate.would', { id: state.result.id, name: state.result.name || '—', version: state.result.version }) }}</p>
            <error-table :errors="state.result.errors" :caption="t('admin.validate.errorsCaption')" />
          </div>
        </template>
      </div>
    </section>`,
};
