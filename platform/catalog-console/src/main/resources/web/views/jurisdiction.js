// A jurisdiction's public page: its items with filters and search, its lists, its one-things.
import { reactive, computed, watch } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, label } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { route, navigate } from '../lib/router.js';

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

/** Where an offering can be read: the list or the one-thing page of the jurisdiction that serves it. */
export function offeringLink(offering) {
  return offering.kind === 'bundle'
    ? { to: '/jurisdictions/:id/one-things/:bundleId', params: { id: offering.jurisdiction, bundleId: offering.container } }
    : { to: '/jurisdictions/:id/lists/:listId', params: { id: offering.jurisdiction, listId: offering.container } };
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
      t, label, form, state, reload, units, apply, clear, active, distinctLimits, offeringLink,
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
                <div><dt>{{ t('item.offeredIn') }}</dt><dd>
                  <ul class="plain">
                    <li v-for="o in entry.offerings" :key="o.kind + o.container + o.seq">
                      <router-link v-bind="offeringLink(o)">{{ o.title }}</router-link>
                      <span class="muted"> {{ t('item.seq', { seq: o.seq }) }}</span>
                    </li>
                  </ul>
                </dd></div>
              </dl>
            </li>
          </ul>
        </template>
      </async-block>
    </section>`,
};

const ListsTab = {
  name: 'ListsTab',
  props: { id: { type: String, required: true } },
  setup(props) {
    const { state, reload } = useLoad(() => get(`/api/jurisdictions/${encodeURIComponent(props.id)}/lists`), () => props.id);
    return { t, state, reload };
  },
  template: `
    <section aria-labelledby="lists-heading">
      <h2 id="lists-heading">{{ t('jurisdiction.tabLists') }}</h2>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p v-if="!data.length">{{ t('jurisdiction.noLists') }}</p>
          <table-wrap v-else :label="t('jurisdiction.tabLists')">
            <table>
              <caption class="visually-hidden">{{ t('jurisdiction.tabLists') }}</caption>
              <thead><tr>
                <th scope="col">{{ t('list.title') }}</th><th scope="col">{{ t('list.type') }}</th>
                <th scope="col">{{ t('list.document') }}</th><th scope="col">{{ t('list.entries') }}</th>
                <th scope="col">{{ t('list.source') }}</th>
              </tr></thead>
              <tbody>
                <tr v-for="list in data" :key="list.id">
                  <td><router-link to="/jurisdictions/:id/lists/:listId" :params="{ id, listId: list.id }">{{ list.title }}</router-link></td>
                  <td>{{ list.type }}</td>
                  <td>{{ list.document?.number || list.document?.title || '' }}</td>
                  <td class="num">{{ list.entries }}</td>
                  <td>{{ list.provenance?.inherited ? t('list.inheritedFrom', { id: list.provenance.jurisdiction }) : t('list.own') }}</td>
                </tr>
              </tbody>
            </table>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};

const OneThingsTab = {
  name: 'OneThingsTab',
  props: { id: { type: String, required: true } },
  setup(props) {
    const { state, reload } = useLoad(() => get(`/api/jurisdictions/${encodeURIComponent(props.id)}/bundles`), () => props.id);
    return { t, state, reload };
  },
  template: `
    <section aria-labelledby="onethings-heading">
      <h2 id="onethings-heading">{{ t('jurisdiction.tabOneThings') }}</h2>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p v-if="!data.length">{{ t('jurisdiction.noOneThings') }}</p>
          <table-wrap v-else :label="t('jurisdiction.tabOneThings')">
            <table>
              <caption class="visually-hidden">{{ t('jurisdiction.tabOneThings') }}</caption>
              <thead><tr>
                <th scope="col">{{ t('oneThing.name') }}</th><th scope="col">{{ t('oneThing.type') }}</th>
                <th scope="col">{{ t('oneThing.lead') }}</th><th scope="col">{{ t('oneThing.items') }}</th>
                <th scope="col">{{ t('oneThing.limit') }}</th>
              </tr></thead>
              <tbody>
                <tr v-for="b in data" :key="b.id">
                  <td><router-link to="/jurisdictions/:id/one-things/:bundleId" :params="{ id, bundleId: b.id }">{{ b.name }}</router-link></td>
                  <td>{{ b.type }}</td>
                  <td>{{ b.lead.join('、') }}</td>
                  <td class="num">{{ b.items }}</td>
                  <td><limit-text :limit="b.limit" /></td>
                </tr>
              </tbody>
            </table>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};

export default {
  name: 'JurisdictionView',
  components: { JurisdictionHeader, ItemsTab, ListsTab, OneThingsTab },
  props: { id: { type: String, required: true }, tab: { type: String, default: 'items' } },
  template: `
    <div>
      <jurisdiction-header :id="id" />
      <items-tab v-if="tab === 'items'" :id="id" />
      <lists-tab v-else-if="tab === 'lists'" :id="id" />
      <one-things-tab v-else :id="id" />
    </div>`,
};
