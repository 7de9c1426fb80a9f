// Apply for a one-thing whose plug-in is installed: the form of GET /api/applications/form (the items to choose, the
// questions of each item's JSON Schema, the materials each asked for once), an optional eligibility pre-check
// (POST /api/applications/check), the submission (POST /api/applications), and the answer: the application number,
// the due date and what to keep for following it (the number and the last six characters of the ID number).
import { reactive, computed, watch, nextTick } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, formatDate } from '../lib/i18n.js';
import { useLoad, useJurisdictionName } from '../lib/use.js';
import { readDataUrl, postApplication, ApplicationErrors, taskState } from '../components/application.js';

/** The questions of an item's schema: {name, title, kind ('text' | 'date' | 'choice' | 'number' | 'yesno'), options, required, max}. */
export function questions(schema) {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, p]) => ({
    name,
    title: p.title || name,
    description: p.description || null,
    kind: Array.isArray(p.enum) ? 'choice' : p.type === 'boolean' ? 'yesno'
      : (p.type === 'integer' || p.type === 'number') ? 'number' : p.format === 'date' ? 'date' : 'text',
    options: p.enum ?? [],
    required: required.has(name),
    max: p.maxLength ?? null,
    long: (p.maxLength ?? 0) > 100,
  }));
}

export default {
  name: 'ApplyView',
  components: { ApplicationErrors },
  props: { id: { type: String, required: true }, bundleId: { type: String, required: true } },
  setup(props) {
    const { state, reload } = useLoad(
      () => get('/api/applications/form', { jurisdiction: props.id, oneThing: props.bundleId }),
      () => [props.id, props.bundleId],
    );
    const jurisdiction = useJurisdictionName(() => props.id);
    const form = reactive({
      chosen: {}, answers: {}, files: {},
      applicant: { name: '', idNumber: '', phone: '', address: '' },
      commitment: false,
    });
    const status = reactive({ busy: false, check: null, errors: null, problem: null, done: null, missing: [] });
    watch(() => state.data, (data) => {
      form.chosen = {};
      form.answers = {};
      for (const item of data?.items ?? []) {
        form.chosen[item.item] = false;
        form.answers[item.item] = {};
      }
    });
    const names = computed(() => Object.fromEntries((state.data?.items ?? []).map((i) => [i.item, i.name])));
    const chosenItems = computed(() => (state.data?.items ?? []).filter((i) => form.chosen[i.item]));
    const materials = computed(() => (state.data?.materials ?? [])
      .filter((m) => m.items.some((item) => form.chosen[item])));

    function answersOf(item) {
      const result = {};
      for (const q of questions(item.schema)) {
        const value = form.answers[item.item][q.name];
        if (value === undefined || value === '' || value === null) {
          continue;
        }
        result[q.name] = q.kind === 'number' ? Number(value) : value;
      }
      return result;
    }

    async function body() {
      const chosen = chosenItems.value;
      const answers = {};
      for (const item of chosen) {
        const given = answersOf(item);
        if (Object.keys(given).length) {
          answers[item.item] = given;
        }
      }
      const result = {
        jurisdiction: props.id,
        oneThing: props.bundleId,
        items: chosen.map((i) => i.item),
        applicant: { ...form.applicant },
        commitment: form.commitment,
        answers,
      };
      result.materials = [];
      for (const m of materials.value) {
        const file = form.files[m.name];
        if (file) {
          result.materials.push({ name: m.name, content: await readDataUrl(file) });
        }
      }
      return result;
    }

    function pick(name, event) {
      form.files[name] = event.target.files?.[0] ?? null;
    }

    // the pre-check sends what a submission would (materials included), so that it answers what the submission would
    async function call(path) {
      status.busy = true;
      status.problem = null;
      status.errors = null;
      status.check = null;
      try {
        const answer = await postApplication(path, await body(true));
        status.problem = answer.problem ?? null;
        status.errors = answer.errors ?? null;
        return answer.data ?? null;
      } finally {
        status.busy = false;
      }
    }

    async function check() {
      status.check = await call('/api/applications/check');
    }

    async function submit() {
      const application = await call('/api/applications');
      if (application) {
        status.done = { application, suffix: form.applicant.idNumber.slice(-6).toUpperCase() };
        window.scrollTo(0, 0);
        nextTick(() => document.querySelector('#apply-done h2')?.focus());
      }
    }

    return {
      t, formatDate, taskState, questions, state, reload, jurisdiction, form, status, names, chosenItems, materials,
      pick, check, submit,
    };
  },
  template: `
    <section>
      <nav class="breadcrumb" :aria-label="t('common.breadcrumb')">
        <ol>
          <li><router-link to="/" exact>{{ t('nav.home') }}</router-link></li>
          <li><router-link to="/jurisdictions/:id/one-things/:bundleId" :params="{ id, bundleId }" exact>{{ state.data ? state.data.oneThingName : bundleId }}</router-link></li>
        </ol>
      </nav>
      <h1 tabindex="-1">{{ t('apply.title', { name: state.data ? state.data.oneThingName : '' }) }}</h1>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <div v-if="status.done" id="apply-done" class="done">
            <h2 tabindex="-1">{{ t('apply.done') }}</h2>
            <dl class="facts">
              <div><dt>{{ t('apply.number') }}</dt><dd><strong id="ap-number" class="code">{{ status.done.application.number }}</strong></dd></div>
              <div><dt>{{ t('apply.submittedOn') }}</dt><dd>{{ formatDate(status.done.application.submittedOn) }}</dd></div>
              <div><dt>{{ t('apply.due') }}</dt><dd id="ap-due">
                <span v-if="status.done.application.due && status.done.application.due.committed">{{ formatDate(status.done.application.due.committed) }}</span>
                <span v-else class="muted">{{ t('common.notStated') }}</span>
                <span class="muted small"> {{ t('apply.dueProvisional') }}</span></dd></div>
              <div><dt>{{ t('apply.suffix') }}</dt><dd><strong id="ap-suffix" class="code">{{ status.done.suffix }}</strong></dd></div>
            </dl>
            <p class="keep">{{ t('apply.keep') }}</p>
            <h3>{{ t('apply.tasks') }}</h3>
            <ul>
              <li v-for="task in status.done.application.tasks" :key="task.id">{{ task.itemName }}
                <span class="muted">（{{ task.unit || t('follow.frontDesk') }} · {{ taskState(task.state) }}）</span></li>
            </ul>
            <p><router-link id="ap-follow" to="/follow" :query="{ number: status.done.application.number }">{{ t('apply.follow') }}</router-link></p>
          </div>
          <form v-else id="apply-form" class="stack" @submit.prevent="submit" novalidate>
            <p v-if="data.commitment" class="muted">{{ t('apply.intro') }}</p>
            <fieldset>
              <legend>{{ t('apply.items') }}</legend>
              <div v-for="(item, i) in data.items" :key="item.item">
                <label class="check"><input type="checkbox" :id="'ap-item-' + i" v-model="form.chosen[item.item]" />
                  {{ item.name }}</label>
              </div>
            </fieldset>
            <template v-for="(item, i) in data.items" :key="'q' + item.item">
              <fieldset v-if="form.chosen[item.item] && questions(item.schema).length">
                <legend>{{ t('apply.questions', { name: item.name }) }}</legend>
                <div v-for="q in questions(item.schema)" :key="q.name" class="field">
                  <label :for="'ap-a-' + i + '-' + q.name">{{ q.title }}<span v-if="q.required" class="muted">（{{ t('apply.required') }}）</span></label>
                  <select v-if="q.kind === 'choice'" :id="'ap-a-' + i + '-' + q.name" v-model="form.answers[item.item][q.name]" :required="q.required">
                    <option value="">{{ t('apply.choose') }}</option>
                    <option v-for="o in q.options" :key="o" :value="o">{{ o }}</option>
                  </select>
                  <select v-else-if="q.kind === 'yesno'" :id="'ap-a-' + i + '-' + q.name" v-model="form.answers[item.item][q.name]">
                    <option value="">{{ t('apply.choose') }}</option>
                    <option :value="true">{{ t('apply.yes') }}</option><option :value="false">{{ t('apply.no') }}</option>
                  </select>
                  <textarea v-else-if="q.long" :id="'ap-a-' + i + '-' + q.name" v-model="form.answers[item.item][q.name]" :maxlength="q.max" rows="3" :required="q.required"></textarea>
                  <input v-else :id="'ap-a-' + i + '-' + q.name" :type="q.kind === 'date' ? 'date' : q.kind === 'number' ? 'number' : 'text'"
                    v-model="form.answers[item.item][q.name]" :maxlength="q.max" :required="q.required" />
                  <p v-if="q.description" class="muted small">{{ q.description }}</p>
                </div>
              </fieldset>
            </template>
            <fieldset>
              <legend>{{ t('apply.applicant') }}</legend>
              <div class="field"><label for="ap-name">{{ t('apply.name') }}</label>
                <input id="ap-name" v-model.trim="form.applicant.name" autocomplete="name" required /></div>
              <div class="field"><label for="ap-id">{{ t('apply.idNumber') }}</label>
                <input id="ap-id" v-model.trim="form.applicant.idNumber" autocomplete="off" maxlength="18" required aria-describedby="ap-id-hint" />
                <p id="ap-id-hint" class="muted small">{{ t('apply.idHint') }}</p></div>
              <div class="field"><label for="ap-phone">{{ t('apply.phone') }}</label>
                <input id="ap-phone" v-model.trim="form.applicant.phone" type="tel" autocomplete="tel" required /></div>
              <div class="field"><label for="ap-address">{{ t('apply.address') }}</label>
                <input id="ap-address" v-model.trim="form.applicant.address" autocomplete="street-address" required /></div>
            </fieldset>
            <fieldset v-if="materials.length">
              <legend>{{ t('apply.materials') }}</legend>
              <div v-for="(m, j) in materials" :key="m.name" class="field">
                <label :for="'ap-m-' + j">{{ m.name }}<span class="muted">（{{ m.required ? t('apply.required') : t('apply.optional') }}）</span></label>
                <input type="file" :id="'ap-m-' + j" @change="pick(m.name, $event)" :aria-describedby="'ap-m-' + j + '-for'" />
                <p :id="'ap-m-' + j + '-for'" class="muted small">{{ t('apply.materialFor', { items: m.items.map((x) => names[x] || x).join('、') }) }}<span v-if="m.note">；{{ m.note }}</span></p>
              </div>
            </fieldset>
            <label class="check"><input type="checkbox" id="ap-commitment" v-model="form.commitment" /> {{ t('apply.commitment') }}</label>
            <p v-if="data.commitment" class="muted small">{{ data.commitment }}</p>
            <div :aria-busy="status.busy ? 'true' : 'false'" aria-live="polite">
              <p v-if="status.busy" role="status">{{ t('apply.sending') }}</p>
              <p v-if="status.check && status.check.eligible" id="ap-eligible" class="badge good" role="status">{{ t('apply.eligible') }}</p>
              <application-errors v-if="status.check && !status.check.eligible" id="ap-check-errors" :errors="status.check.errors" :names="names" :heading="t('apply.notEligible')" />
              <application-errors v-if="status.errors" id="ap-errors" :errors="status.errors" :names="names" />
              <problem-box v-if="status.problem" :problem="status.problem" />
            </div>
            <div class="actions">
              <button type="button" id="ap-check" class="secondary" :disabled="status.busy || !chosenItems.length" @click="check">{{ t('apply.check') }}</button>
              <button type="submit" id="ap-submit" :disabled="status.busy || !chosenItems.length">{{ t('apply.submit') }}</button>
            </div>
          </form>
        </template>
      </async-block>
    </section>`,
};
