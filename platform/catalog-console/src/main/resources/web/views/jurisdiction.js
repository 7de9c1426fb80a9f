// A jurisdiction's public page: its items with filters and search, its lists, its one-things.
import { reactive, computed, watch } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, label } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { route, navigate } from '../lib/router.js';
import { OfferingList } from '../components/offerings.js';

export const FILTERS = ['q', 'level', 'channel', 'unit', 'category', 'applicant'];
export const LEVELS = ['district', 'town', 'village'];
export const CHANNELS = ['window', 'bank', 'community', 'village', 'online', 'onsite'];
export const CATEGORIES = ['业务办理类', '查询、打印类'];
export const APPLICANTS = ['个人', '法人', '单位'];

/** The chain from the root to a jurisdiction, from the list of every jurisdiction. */
export function ancestry(list, id) {
  const byId = new Map(list.map((j) => [j.id, j]));
  const chain = [];
  let current = byId.get(id);
  while (current && chain.length < 10) {
    chain.unshift(current);
    current = current.parent ? byId.get(current.parent) : null;
  }
  return chain;
}

function distinctLimits(item) {
  const seen = new Map();
  for (const o of item.offerings ?? []) {
    for (const limit of [o.limit, o.limitAfter]) {
      if (limit && !seen.has(limit.text)) {
        seen.set(limit.text, limit);
      }
    }
  }
  return [...seen.values()];
}

const JurisdictionHeader = {
  name: 'JurisdictionHeader',
  props: { id: { type: String, required: true } },
  setup(props) {
    const { state, reload } = useLoad(() => get('/api/jurisdictions'), () => props.id);
    const chain = computed(() => (state.data ? ancestry(state.data, props.id) : []));
    const self = computed(() => chain.value[chain.value.length - 1] ?? null);
    return { t, label, state, reload, chain, self };
  },
  template: `
    <div>
      <nav class="breadcrumb" :aria-label="t('common.breadcrumb')">
        <ol>
          <li><router-link to="/" exact>{{ t('nav.home') }}</router-link></li>
          <li v-for="j in chain.slice(0, -1)" :key="j.id">
            <router-link to="/jurisdictions/:id" :params="{ id: j.id }" exact>{{ j.name }}</router-link>
          </li>
        </ol>
      </nav>
      <h1 tabindex="-1">{{ self ? self.name : id }}</h1>
      <p v-if="self" class="muted">{{ label('jurisdictionLevel', self.level) }} · {{ t('jurisdiction.code') }} {{ self.id }}
        · {{ t('jurisdiction.version') }} {{ self.version }}</p>
      <problem-box v-if="state.problem" :problem="state.problem" :retry="reload" />
      <nav class="tabs" :aria-label="t('jurisdiction.sections')">
        <router-link to="/jurisdictions/:id" :params="{ id }" exact>{{ t('jurisdiction.tabItems') }}</router-link>
        <router-link to="/jurisdictions/:id/lists" :params="{ id }" exact>{{ t('jurisdiction.tabLists') }}</router-link>
        <router-link to="/jurisdictions/:id/one-things" :params="{ id }" exact>{{ t('jurisdiction.tabOneThings') }}</router-link>
      </nav>
    </div>`,
};

const ItemsTab = {
  name: 'ItemsTab',
  components: { OfferingList },
  props: { id: { type: String, required: true } },
  setup(props) {
    const form = reactive(Object.fromEntries(FILTERS.map((f) => [f, route.query[f] ?? ''])));
    watch(() => route.query, (query) => FILTERS.forEach((f) => { form[f] = query[f] ?? ''; }));
    const filters = computed(() => Object.fromEntries(FILTERS.map((f) => [f, route.query[f] ?? ''])));
    const active = computed(() => FILTERS.some((f) => filters.value[f]));
    const all = useLoad(() => get(`/api/jurisdictions/${encodeURIComponent(props.id)}/items`), () => props.id);
    const { state, reload } = useLoad(
      () => get(`/api/jurisdictions/${encodeURIComponent(props.id)}/items`, filters.value),
      () => [props.id, filters.value],
    );
    const units = computed(() => {
      const names = new Set();
      (all.state.data ?? []).forEach((item) => item.units.forEach((u) => names.add(u)));
      if (form.unit) {
        names.add(form.unit);
      }
      return [...names].sort((a, b) => a.localeCompare(b, 'zh-CN'));
    });
    function apply() {
      navigate('/jurisdictions/:id', { id: props.id }, { ...form, q: form.q.trim() });
    }
    function clear() {
      navigate('/jurisdictions/:id', { id: props.id }, {});
    }
    return {
      t, label, form, state, reload, units, apply, clear, active, distinctLimits,
      LEVELS, CHANNELS, CATEGORIES, APPLICANTS,
    };
  },
  template: `
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">{{ t('jurisdiction.tabItems') }}</h2>
      <form class="filters" @submit.prevent="apply">
        <div class="field wide">
          <label for="f-q">{{ t('filters.q') }}</label>
          <input id="f-q" v-model="form.q" type="search" maxlength="100" :placeholder="t('filters.qPlaceholder')">
        </div>
        <div class="field">
          <label for="f-level">{{ t('filters.level') }}</label>
          <select id="f-level" v-model="form.level">
            <option value="">{{ t('filters.any') }}</option>
            <option v-for="v in LEVELS" :key="v" :value="v">{{ label('level', v) }}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-channel">{{ t('filters.channel') }}</label>
          <select id="f-channel" v-model="form.channel">
            <option value="">{{ t('filters.any') }}</option>
            <option v-for="v in CHANNELS" :key="v" :value="v">{{ label('channel', v) }}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-unit">{{ t('filters.unit') }}</label>
          <select id="f-unit" v-model="form.unit">
            <option value="">{{ t('filters.any') }}</option>
            <option v-for="v in units" :key="v" :value="v">{{ v }}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-category">{{ t('filters.category') }}</label>
          <select id="f-category" v-model="form.category">
            <option value="">{{ t('filters.any') }}</option>
            <option v-for="v in CATEGORIES" :key="v" :value="v">{{ label('category', v) }}</option>
          </select>
        </div>
        <div class="field">
          <label for="f-applicant">{{ t('filters.applicant') }}</label>
          <select id="f-applicant" v-model="form.applicant">
            <option value="">{{ t('filters.any') }}</option>
            <option v-for="v in APPLICANTS" :key="v" :value="v">{{ label('applicant', v) }}</option>
          </select>
        </div>
        <div class="actions">
          <button type="submit">{{ t('filters.apply') }}</button>
          <button type="button" class="secondary" :disabled="!active" @click="clear">{{ t('filters.clear') }}</button>
        </div>
      </form>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p class="count" role="status">{{ t('jurisdiction.itemCount', { count: data.length }) }}</p>
          <ul class="cards">
            <li v-for="entry in data" :key="entry.item.id" class="card">
              <h3>
                <router-link to="/items/:code" :params="{ code: entry.item.code || entry.item.name }">{{ entry.item.name }}</router-link>
                <span v-if="entry.item.code" class="muted code"> {{ entry.item.code }}</span>
                <span v-if="entry.item.local" class="badge"> {{ t('item.local') }}</span>
              </h3>
              <dl class="facts">
                <div><dt>{{ t('item.category') }}</dt><dd>{{ entry.item.category ? label('category', entry.item.category) : t('common.notStated') }}</dd></div>
                <div><dt>{{ t('item.applicants') }}</dt><dd><chips :items="entry.item.applicants" vocab="applicant" /></dd></div>
                <div><dt>{{ t('item.levels') }}</dt><dd><chips :items="entry.levels" vocab="level" /></dd></div>
                <div><dt>{{ t('item.channels') }}</dt><dd><chips :items="entry.channels" vocab="channel" /></dd></div>
                <div><dt>{{ t('item.units') }}</dt><dd><chips :items="entry.units" /></dd></div>
                <div><dt>{{ t('item.limits') }}</dt><dd>
                  <span v-for="(limit, i) in distinctLimits(entry)" :key="limit.text"><span v-if="i">；</span><limit-text :limit="limit" /></span>
                  <span v-if="!distinctLimits(entry).length" class="muted">{{ t('common.notStated') }}</span>
                </dd></div>
                <div><dt>{{ t('item.offeredIn') }}</dt><dd><offering-list :offerings="entry.offerings" /></dd></div>
              </dl>
            </li>
          </ul>
        </template>
      </async-block>
    </section>`,
};

/** A jurisdiction's lists or its one-things, as a table with a link to each. */
const SummaryTab = {
  name: 'SummaryTab',
  props: { id: { type: String, required: true }, kind: { type: String, required: true } },
  setup(props) {
    const lists = props.kind === 'lists';
    const path = `/api/jurisdictions/${encodeURIComponent(props.id)}/${lists ? 'lists' : 'bundles'}`;
    const { state, reload } = useLoad(() => get(path), () => props.id);
    const title = computed(() => t(lists ? 'jurisdiction.tabLists' : 'jurisdiction.tabOneThings'));
    const empty = computed(() => t(lists ? 'jurisdiction.noLists' : 'jurisdiction.noOneThings'));
    const columns = lists ? ['list.title', 'list.type', 'list.document', 'list.entries', 'list.source']
      : ['oneThing.name', 'oneThing.type', 'oneThing.lead', 'oneThing.items', 'oneThing.limit'];
    return { t, state, reload, lists, title, empty, columns };
  },
  template: `
    <section :aria-labelledby="kind + '-heading'">
      <h2 :id="kind + '-heading'">{{ title }}</h2>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p v-if="!data.length">{{ empty }}</p>
          <table-wrap v-else :label="title">
            <thead><tr><th v-for="c in columns" :key="c" scope="col">{{ t(c) }}</th></tr></thead>
            <tbody v-if="lists">
              <tr v-for="list in data" :key="list.id">
                <td><router-link to="/jurisdictions/:id/lists/:listId" :params="{ id, listId: list.id }">{{ list.title }}</router-link></td>
                <td>{{ list.type }}</td>
                <td>{{ list.document?.number || list.document?.title || '' }}</td>
                <td class="num">{{ list.entries }}</td>
                <td>{{ list.provenance?.inherited ? t('list.inheritedFrom', { id: list.provenance.jurisdiction }) : t('list.own') }}</td>
              </tr>
            </tbody>
            <tbody v-else>
              <tr v-for="b in data" :key="b.id">
                <td><router-link to="/jurisdictions/:id/one-things/:bundleId" :params="{ id, bundleId: b.id }">{{ b.name }}</router-link></td>
                <td>{{ b.type }}</td>
                <td>{{ b.lead.join('、') }}</td>
                <td class="num">{{ b.items }}</td>
                <td><limit-text :limit="b.limit" /></td>
              </tr>
            </tbody>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};

export default {
  name: 'JurisdictionView',
  components: { JurisdictionHeader, ItemsTab, SummaryTab },
  props: { id: { type: String, required: true }, tab: { type: String, default: 'items' } },
  template: `
    <div>
      <jurisdiction-header :id="id" />
      <items-tab v-if="tab === 'items'" :id="id" />
      <summary-tab v-else :id="id" :key="tab" :kind="tab" />
    </div>`,
};
