// An item: every jurisdiction that offers it, at which levels and through which channels, and how fast. The API
// answers a page of jurisdictions at a time (by id); more pages are added on request, and all shown are sorted.
import { computed, reactive, watch } from '../lib/vue.js';
import { ApiProblem, get } from '../lib/api.js';
import { t, label } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { OfferingList } from '../components/offerings.js';

/**
 * How fast a jurisdiction handles the item, in working days (0 for immediate), from the fastest limit of its
 * offerings that counts in working days; Infinity when none does (a rule, natural days, no limit).
 */
export function workingDays(entry) {
  let best = Infinity;
  for (const o of entry.offerings ?? []) {
    for (const limit of [o.limit, o.limitAfter]) {
      const kind = String(limit?.meaning?.kind ?? '').toLowerCase();
      if (kind === 'immediate') {
        best = Math.min(best, 0);
      } else if (kind === 'working_days' && Number.isInteger(limit.meaning.amount)) {
        best = Math.min(best, limit.meaning.amount);
      }
    }
  }
  return best;
}

export default {
  name: 'ItemView',
  components: { OfferingList },
  props: { code: { type: String, required: true } },
  setup(props) {
    const address = () => `/api/items/${encodeURIComponent(props.code)}/jurisdictions`;
    const { state, reload } = useLoad(() => get(address()), () => props.code);
    const more = reactive({ entries: [], loading: false, problem: null });
    watch(() => state.data, () => { more.entries = []; more.problem = null; });
    const rows = computed(() => {
      const entries = [...(state.data?.jurisdictions ?? []), ...more.entries].map((e) => ({ ...e, days: workingDays(e) }));
      entries.sort((a, b) => (a.days - b.days) || a.id.localeCompare(b.id));
      return entries;
    });
    const total = computed(() => state.data?.total ?? rows.value.length);
    async function loadMore() {
      more.loading = true;
      more.problem = null;
      try {
        const page = await get(`${address()}?offset=${rows.value.length}&limit=${state.data.limit}`);
        more.entries = [...more.entries, ...page.jurisdictions];
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          throw e;
        }
        more.problem = e;
      } finally {
        more.loading = false;
      }
    }
    return { t, label, state, reload, rows, total, more, loadMore };
  },
  template: `
    <section>
      <nav class="breadcrumb" :aria-label="t('common.breadcrumb')">
        <ol><li><router-link to="/" exact>{{ t('nav.home') }}</router-link></li></ol>
      </nav>
      <h1 tabindex="-1">{{ state.data ? state.data.item.name : code }}</h1>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <dl class="facts">
            <div v-if="data.item.code"><dt>{{ t('item.code') }}</dt><dd>{{ data.item.code }}</dd></div>
            <div v-if="data.item.aliases.length"><dt>{{ t('item.aliases') }}</dt><dd>{{ data.item.aliases.join('、') }}</dd></div>
            <div><dt>{{ t('item.category') }}</dt><dd>{{ data.item.category ? label('category', data.item.category) : t('common.notStated') }}</dd></div>
            <div><dt>{{ t('item.applicants') }}</dt><dd><chips :items="data.item.applicants" vocab="applicant" /></dd></div>
          </dl>
          <h2 id="where-heading">{{ t('item.whereTitle', { count: total }) }}</h2>
          <p v-if="rows.length > 1" class="hint">{{ t('item.order') }}</p>
          <p v-if="rows.length < total" class="hint" role="status">{{ t('item.shown', { shown: rows.length, total }) }}</p>
          <p v-if="!rows.length">{{ t('item.nowhere') }}</p>
          <ul v-else class="cards" aria-labelledby="where-heading">
            <li v-for="r in rows" :key="r.id" class="card" :data-jurisdiction="r.id">
              <h3>
                <router-link to="/jurisdictions/:id" :params="{ id: r.id }" :query="{ q: data.item.name }">{{ r.name }}</router-link>
                <span class="muted code"> {{ r.id }}</span>
              </h3>
              <dl class="facts">
                <div><dt>{{ t('item.levels') }}</dt><dd><chips :items="r.levels" vocab="level" /></dd></div>
                <div><dt>{{ t('item.channels') }}</dt><dd><chips :items="r.channels" vocab="channel" /></dd></div>
                <div><dt>{{ t('item.howFast') }}</dt><dd>
                  <span v-if="r.limits.length">{{ r.limits.join('；') }}</span>
                  <span v-else class="muted">{{ t('common.notStated') }}</span>
                  <span v-if="Number.isFinite(r.days)" class="fastest">{{ t('item.fastest', { how: r.days === 0 ? t('item.sameDay') : t('item.inWorkingDays', { days: r.days }) }) }}</span>
                </dd></div>
                <div><dt>{{ t('item.offeredIn') }}</dt><dd><offering-list :offerings="r.offerings" with-units /></dd></div>
              </dl>
            </li>
          </ul>
          <problem-box v-if="more.problem" :problem="more.problem" :retry="loadMore" />
          <p v-if="rows.length < total">
            <button type="button" class="secondary" :disabled="more.loading" @click="loadMore">{{ more.loading ? t('common.loading') : t('item.more') }}</button>
          </p>
        </template>
      </async-block>
    </section>`,
};
