// A one-thing (一件事): its items with their units, limits and materials, and the due dates if accepted today on the
// jurisdiction's working-day calendar.
import { reactive, watch, computed } from '../lib/vue.js';
import { get, ApiProblem } from '../lib/api.js';
import { t, label, formatDate, todayInChina, i18n } from '../lib/i18n.js';
import { useLoad, useJurisdictionName } from '../lib/use.js';

/** Due dates of limit texts accepted on `from`: {text: {due, note} | {problem}}. */
async function dueDates(id, texts, from) {
  const result = {};
  await Promise.all([...new Set(texts)].map(async (text) => {
    try {
      result[text] = await get(`/api/calendar/${encodeURIComponent(id)}/due`, { limit: text, from });
    } catch (e) {
      if (!(e instanceof ApiProblem)) {
        throw e;
      }
      result[text] = { problem: e };
    }
  }));
  return result;
}

/** The due date answer of the calendar for one limit, in words (the calendar's own notes are English: shown in English only). */
export const DueLine = {
  name: 'DueLine',
  props: { answer: Object, loading: Boolean },
  setup() {
    const kind = (answer) => String(answer?.limit?.kind ?? '').toLowerCase();
    return { t, formatDate, kind, i18n };
  },
  template: `
    <p class="due">
      <span v-if="loading && !answer" class="muted">{{ t('oneThing.dueLoading') }}</span>
      <span v-else-if="answer && answer.problem" class="muted">{{ t('oneThing.dueUnavailable') }}</span>
      <span v-else-if="answer && answer.due"><strong>{{ t('oneThing.dueOn', { date: formatDate(answer.due) }) }}</strong>
        <span v-if="kind(answer) === 'rule'" class="muted">（{{ t('oneThing.dueFromRule') }}）</span>
        <span v-if="answer.coverage" class="muted">（{{ t('oneThing.coverage') }}）</span></span>
      <span v-else-if="answer" class="muted">{{ t('oneThing.noDue.' + (kind(answer) || 'rule')) }}</span>
      <span v-if="answer && answer.note && i18n.locale === 'en'" class="muted small"> {{ answer.note }}</span>
    </p>`,
};

export default {
  name: 'OneThingView',
  components: { DueLine },
  props: { id: { type: String, required: true }, bundleId: { type: String, required: true } },
  setup(props) {
    const today = todayInChina();
    const due = reactive({ loading: false, dates: {} });
    const { state, reload } = useLoad(
      () => get(`/api/jurisdictions/${encodeURIComponent(props.id)}/bundles/${encodeURIComponent(props.bundleId)}`),
      () => [props.id, props.bundleId],
    );
    watch(() => state.data, async (data) => {
      due.dates = {};
      if (!data) {
        return;
      }
      const texts = [data.bundle.limit, ...data.bundle.items.map((i) => i.limit)].filter(Boolean).map((l) => l.text);
      due.loading = true;
      try {
        due.dates = await dueDates(props.id, texts, today);
      } finally {
        due.loading = false;
      }
    });
    const dueOf = (limit) => (limit ? due.dates[limit.text] : null);
    const jurisdiction = useJurisdictionName(() => props.id);
    // 申请: only for a one-thing an installed item plug-in handles (GET /api/plugins names its items)
    const plugins = useLoad(() => get('/api/plugins'));
    const applicable = computed(() => {
      const handled = new Set((plugins.state.data ?? []).flatMap((p) => p.items));
      return (state.data?.bundle.items ?? []).some((i) => handled.has(i.code) || handled.has(i.item) || handled.has(i.name));
    });
    return { jurisdiction, t, label, state, reload, due, dueOf, today, formatDate, applicable };
  },
  template: `
    <section>
      <nav class="breadcrumb" :aria-label="t('common.breadcrumb')">
        <ol>
          <li><router-link to="/" exact>{{ t('nav.home') }}</router-link></li>
          <li><router-link to="/jurisdictions/:id/one-things" :params="{ id }" exact>{{ t('oneThing.backTo', { name: jurisdiction.name() }) }}</router-link></li>
        </ol>
      </nav>
      <h1 tabindex="-1">{{ state.data ? state.data.bundle.name : t('oneThing.heading') }}</h1>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p class="muted">{{ data.setTitle }} · {{ data.type }}</p>
          <p v-if="applicable"><router-link id="apply-link" class="button" to="/jurisdictions/:id/one-things/:bundleId/apply" :params="{ id, bundleId }">{{ t('apply.button') }}</router-link></p>
          <div class="due-today" aria-live="polite" :aria-busy="due.loading ? 'true' : 'false'">
            <h2>{{ t('oneThing.dueTitle') }}</h2>
            <p>{{ t('oneThing.acceptedToday', { date: formatDate(today) }) }}</p>
            <template v-if="data.bundle.limit">
              <p><strong>{{ t('oneThing.overall') }}</strong>：<limit-text :limit="data.bundle.limit" /></p>
              <due-line :answer="dueOf(data.bundle.limit)" :loading="due.loading" />
            </template>
            <p v-else>{{ t('oneThing.noOverall') }}</p>
          </div>
          <dl class="facts">
            <div><dt>{{ t('oneThing.lead') }}</dt><dd><chips :items="data.bundle.lead" /> <inferred-mark :inferred="data.bundle.inferred" field="lead" /></dd></div>
            <div><dt>{{ t('oneThing.co') }}</dt><dd><chips :items="data.bundle.co" /> <inferred-mark :inferred="data.bundle.inferred" field="co" /></dd></div>
            <div v-if="data.bundle.level"><dt>{{ t('oneThing.level') }}</dt><dd>{{ data.bundle.level }}</dd></div>
            <div v-if="data.bundle.place"><dt>{{ t('oneThing.place') }}</dt><dd>{{ data.bundle.place }}</dd></div>
            <div v-if="data.bundle.result"><dt>{{ t('oneThing.result') }}</dt><dd>{{ data.bundle.result }}</dd></div>
          </dl>
          <h2>{{ t('oneThing.items') }}</h2>
          <ol class="cards">
            <li v-for="item in data.bundle.items" :key="item.seq" class="card">
              <h3><router-link to="/items/:code" :params="{ code: item.code || item.item }">{{ item.name }}</router-link>
                <span v-if="item.code" class="muted code"> {{ item.code }}</span></h3>
              <dl class="facts">
                <div><dt>{{ t('item.units') }}</dt><dd><chips :items="item.units" /> <inferred-mark :inferred="item.inferred" field="unit" /></dd></div>
                <div><dt>{{ t('item.limits') }}</dt><dd>
                  <limit-text :limit="item.limit" /> <inferred-mark :inferred="item.inferred" field="limit" />
                  <due-line v-if="item.limit" :answer="dueOf(item.limit)" :loading="due.loading" />
                </dd></div>
                <div v-if="item.includes.length"><dt>{{ t('oneThing.includes') }}</dt><dd>{{ item.includes.join('；') }}</dd></div>
                <div><dt>{{ t('oneThing.materials') }}</dt><dd>
                  <ul v-if="item.materials.length" class="plain">
                    <li v-for="m in item.materials" :key="m.name">{{ m.name }}
                      <span class="badge">{{ m.required ? t('oneThing.required') : t('oneThing.onRequest') }}</span>
                      <span v-if="m.note" class="muted">（{{ m.note }}）</span></li>
                  </ul>
                  <span v-else class="muted">{{ t('oneThing.noMaterials') }}</span>
                </dd></div>
                <div v-if="item.remarks"><dt>{{ t('oneThing.remarks') }}</dt><dd>{{ item.remarks }}</dd></div>
                <div v-if="item.rules && item.rules.length"><dt>{{ t('oneThing.rules') }}</dt><dd>
                  <ul class="plain"><li v-for="(r, i) in item.rules" :key="i">{{ r }}</li></ul></dd></div>
              </dl>
            </li>
          </ol>
          <template v-if="data.bundle.materials.length">
            <h2>{{ t('oneThing.allMaterials') }}</h2>
            <ul>
              <li v-for="m in data.bundle.materials" :key="m.name">{{ m.name }}
                <span class="badge">{{ m.required ? t('oneThing.required') : t('oneThing.onRequest') }}</span>
                <span v-if="m.note" class="muted">（{{ m.note }}）</span></li>
            </ul>
          </template>
          <template v-if="data.bundle.flow.length">
            <h2>{{ t('oneThing.flow') }}</h2>
            <ol><li v-for="(step, i) in data.bundle.flow" :key="i">{{ step }}</li></ol>
          </template>
          <template v-if="data.bundle.remarks.length">
            <h2>{{ t('oneThing.remarks') }}</h2>
            <ul><li v-for="(r, i) in data.bundle.remarks" :key="i">{{ r }}</li></ul>
          </template>
        </template>
      </async-block>
    </section>`,
};
