// Follow an application (public): its number and the last six characters of the applicant's ID number (the API's
// X-Id-Suffix proof) → GET /api/applications/{number}: the state, every task with its dates and due date, the
// history; a return for materials is answered here (POST …/materials), and the service is rated once completed
// (POST …/rating). The suffix is never put in the address.
import { reactive, computed, watch } from '../lib/vue.js';
import { request, ApiProblem } from '../lib/api.js';
import { t, formatDate, formatInstant, label } from '../lib/i18n.js';
import { route } from '../lib/router.js';
import { readDataUrl, postApplication, taskState, DueCell } from '../components/application.js';

const SCORES = [5, 4, 3, 2, 1];

export default {
  name: 'FollowView',
  components: { DueCell },
  setup() {
    const form = reactive({ number: route.query.number ?? '', suffix: '' });
    watch(() => route.query.number, (n) => { if (n) form.number = n; });
    const state = reactive({ loading: false, data: null, problem: null });
    const rest = reactive({ files: {}, busy: false, problem: null, errors: null, message: null, score: '', comment: '' });

    function proof() {
      return { 'X-Id-Suffix': form.suffix.trim() };
    }
    const path = () => `/api/applications/${encodeURIComponent(form.number.trim())}`;

    async function look() {
      state.loading = true;
      state.problem = null;
      rest.message = null;
      try {
        state.data = (await request('GET', path(), { headers: proof() })).data;
      } catch (e) {
        state.data = null;
        state.problem = e instanceof ApiProblem ? e : new ApiProblem({ kind: 'unexpected' });
        if (!(e instanceof ApiProblem)) console.error(e);
      } finally {
        state.loading = false;
      }
    }

    const returned = computed(() => (state.data?.tasks ?? []).filter((task) => task.state === 'returned'));
    const missing = computed(() => [...new Set(returned.value.flatMap((task) => task.missing ?? []))]);
    const mayRate = computed(() => state.data && state.data.state === 'completed' && !state.data.rating);

    async function send(what, body) {
      rest.busy = true;
      rest.problem = null;
      rest.errors = null;
      rest.message = null;
      try {
        const answer = await postApplication(`${path()}/${what}`, await body(), proof());
        rest.problem = answer.problem ?? null;
        rest.errors = answer.errors ?? null;
        if (answer.data) {
          state.data = answer.data;
        }
        return !!answer.data;
      } finally {
        rest.busy = false;
      }
    }

    async function resubmit() {
      const done = await send('materials', async () => {
        const materials = [];
        for (const name of missing.value) {
          if (rest.files[name]) {
            materials.push({ name, content: await readDataUrl(rest.files[name]) });
          }
        }
        return { materials };
      });
      if (done) {
        rest.files = {};
        rest.message = t('follow.resubmitted');
      }
    }

    async function rate() {
      const comment = rest.comment.trim();
      await send('rating', async () => (comment ? { score: Number(rest.score), comment } : { score: Number(rest.score) }));
    }

    const stateLabel = (s) => label('applicationState', s);
    const action = (a) => t(`follow.action.${a}`);
    const itemName = (item) => (state.data?.tasks ?? []).find((task) => task.item === item)?.itemName ?? item;
    return {
      t, formatDate, formatInstant, taskState, stateLabel, action, itemName, form, state, rest, look, returned, missing,
      mayRate, resubmit, rate, SCORES,
      pick: (name, event) => { rest.files[name] = event.target.files?.[0] ?? null; },
    };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('follow.title') }}</h1>
      <p>{{ t('follow.lead') }}</p>
      <form id="follow-form" class="filters" @submit.prevent="look">
        <div class="field">
          <label for="fo-number">{{ t('follow.number') }}</label>
          <input id="fo-number" v-model="form.number" required autocomplete="off" aria-describedby="fo-number-hint" />
          <p id="fo-number-hint" class="muted small">{{ t('follow.numberHint') }}</p>
        </div>
        <div class="field">
          <label for="fo-suffix">{{ t('follow.suffix') }}</label>
          <input id="fo-suffix" v-model="form.suffix" required maxlength="6" autocomplete="off" aria-describedby="fo-suffix-hint" />
          <p id="fo-suffix-hint" class="muted small">{{ t('follow.suffixHint') }}</p>
        </div>
        <div class="actions"><button type="submit" id="fo-search">{{ t('follow.search') }}</button></div>
      </form>
      <div class="async" :aria-busy="state.loading ? 'true' : 'false'" aria-live="polite">
        <p v-if="state.loading" class="loading" role="status">{{ t('common.loading') }}</p>
        <div v-else-if="state.problem && state.problem.kind === 'notFound'" class="problem" role="alert"><p>{{ t('follow.notFound') }}</p></div>
        <problem-box v-else-if="state.problem" :problem="state.problem" />
        <div v-else-if="state.data" id="follow-result">
          <h2>{{ state.data.number }}</h2>
          <dl class="facts">
            <div><dt>{{ t('follow.oneThing') }}</dt><dd>{{ state.data.oneThingName || state.data.oneThing || '' }}</dd></div>
            <div><dt>{{ t('follow.state') }}</dt><dd><strong id="fo-state">{{ stateLabel(state.data.state) }}</strong></dd></div>
            <div><dt>{{ t('follow.submittedOn') }}</dt><dd>{{ formatDate(state.data.submittedOn) }}</dd></div>
            <div v-if="state.data.due"><dt>{{ t('follow.due') }}</dt><dd id="fo-due">{{ state.data.due.committed ? formatDate(state.data.due.committed) : t('common.notStated') }}</dd></div>
            <div v-if="state.data.due && state.data.due.statutory"><dt>{{ t('follow.dueStatutory') }}</dt><dd>{{ formatDate(state.data.due.statutory) }}</dd></div>
            <div v-if="state.data.rating"><dt>{{ t('follow.score') }}</dt><dd id="fo-rating">{{ t('follow.rated', { label: t('follow.rating.' + state.data.rating.score) }) }}</dd></div>
          </dl>
          <table-wrap :label="t('follow.tasks')" table-class="tasks">
            <thead><tr>
              <th scope="col">{{ t('follow.item') }}</th><th scope="col">{{ t('follow.unit') }}</th>
              <th scope="col">{{ t('follow.taskState') }}</th><th scope="col">{{ t('follow.dates') }}</th>
              <th scope="col">{{ t('follow.taskDue') }}</th><th scope="col">{{ t('follow.notes') }}</th>
            </tr></thead>
            <tbody>
              <tr v-for="task in state.data.tasks" :key="task.id" :id="'fo-task-' + task.seq">
                <td>{{ task.itemName }}</td>
                <td>{{ task.unit || t('follow.frontDesk') }}</td>
                <td class="task-state">{{ taskState(task.state) }}</td>
                <td>
                  <span v-if="task.acceptedOn">{{ t('follow.acceptedOn', { date: formatDate(task.acceptedOn) }) }}<br /></span>
                  <span v-if="task.decidedOn">{{ t('follow.decidedOn', { date: formatDate(task.decidedOn) }) }}<br /></span>
                  <span v-if="task.deliveredOn">{{ t('follow.deliveredOn', { date: formatDate(task.deliveredOn) }) }}</span>
                </td>
                <td><due-cell :task="task" /></td>
                <td>
                  <span v-if="task.missing && task.missing.length">{{ t('follow.missing', { list: task.missing.join('、') }) }}</span>
                  <span v-if="task.refusal">{{ t('follow.refusal', { reason: task.refusal }) }}</span>
                  <span v-for="(c, i) in task.dueChanges" :key="i" class="small muted"><br />{{ c.reason }}</span>
                </td>
              </tr>
            </tbody>
          </table-wrap>
          <form v-if="returned.length" id="resubmit-form" class="stack" @submit.prevent="resubmit">
            <h3>{{ t('follow.returned') }}</h3>
            <p>{{ t('follow.returnedLead') }}</p>
            <div v-for="(name, j) in missing" :key="name" class="field">
              <label :for="'fo-m-' + j">{{ name }}</label>
              <input type="file" :id="'fo-m-' + j" @change="pick(name, $event)" />
            </div>
            <button type="submit" id="fo-resubmit" :disabled="rest.busy">{{ t('follow.resubmit') }}</button>
          </form>
          <form v-if="mayRate" id="rating-form" class="stack" @submit.prevent="rate">
            <h3>{{ t('follow.rate') }}</h3>
            <div class="field">
              <label for="fo-score">{{ t('follow.score') }}</label>
              <select id="fo-score" v-model="rest.score" required>
                <option value="" disabled>{{ t('apply.choose') }}</option>
                <option v-for="s in SCORES" :key="s" :value="String(s)">{{ t('follow.rating.' + s) }}</option>
              </select>
            </div>
            <div class="field">
              <label for="fo-comment">{{ t('follow.comment') }}</label>
              <textarea id="fo-comment" v-model="rest.comment" rows="3" maxlength="500"></textarea>
            </div>
            <button type="submit" id="fo-rate" :disabled="rest.busy || !rest.score">{{ t('follow.sendRating') }}</button>
          </form>
          <div aria-live="polite">
            <p v-if="rest.message" class="badge good" role="status">{{ rest.message }}</p>
            <div v-if="rest.errors" class="problem" role="alert"><ul class="reasons"><li v-for="(e, i) in rest.errors" :key="i">{{ e.detail }}</li></ul></div>
            <problem-box v-if="rest.problem" :problem="rest.problem" />
          </div>
          <h3>{{ t('follow.history') }}</h3>
          <ol class="history">
            <li v-for="(h, i) in state.data.history" :key="i"><time :datetime="h.at">{{ formatInstant(h.at) }}</time>
              {{ action(h.action) }}<span v-if="h.item"> · {{ itemName(h.item) }}</span><span v-if="h.detail" class="muted"> （{{ h.detail }}）</span></li>
          </ol>
        </div>
      </div>
    </section>`,
};
