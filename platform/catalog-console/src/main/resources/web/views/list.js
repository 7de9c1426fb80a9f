// One item list of a jurisdiction, row by row as the document prints it.
import { computed } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, label } from '../lib/i18n.js';
import { useLoad, useJurisdictionName } from '../lib/use.js';

export default {
  name: 'ListView',
  props: { id: { type: String, required: true }, listId: { type: String, required: true } },
  setup(props) {
    const { state, reload } = useLoad(
      () => get(`/api/jurisdictions/${encodeURIComponent(props.id)}/lists/${encodeURIComponent(props.listId)}`),
      () => [props.id, props.listId],
    );
    // the list with its provenance: the fields side by side today ({id, title, …, provenance}), tolerated as {value, provenance}
    const list = computed(() => (state.data ? (state.data.value ?? state.data) : null));
    // web addresses (several per row since issue 13: urls; one before: url) and apps
    const onlineOf = (e) => [...(e.online?.urls ?? (e.online?.url ? [e.online.url] : [])), ...(e.online?.apps ?? [])];
    const jurisdiction = useJurisdictionName(() => props.id);
    return { jurisdiction, t, label, state, reload, list, onlineOf };
  },
  template: `
    <section>
      <nav class="breadcrumb" :aria-label="t('common.breadcrumb')">
        <ol>
          <li><router-link to="/" exact>{{ t('nav.home') }}</router-link></li>
          <li><router-link to="/jurisdictions/:id/lists" :params="{ id }" exact>{{ t('list.backTo', { name: jurisdiction.name() }) }}</router-link></li>
        </ol>
      </nav>
      <h1 tabindex="-1">{{ list ? list.title : t('list.heading') }}</h1>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <dl class="facts">
            <div><dt>{{ t('list.type') }}</dt><dd>{{ list.type }}</dd></div>
            <div v-if="list.document"><dt>{{ t('list.document') }}</dt><dd>
              {{ [list.document.number, list.document.title, list.document.annex, list.document.date].filter(Boolean).join(' · ') }}
            </dd></div>
            <div><dt>{{ t('list.source') }}</dt><dd>{{ data.provenance?.inherited ? t('list.inheritedFrom', { id: data.provenance.jurisdiction }) : t('list.own') }}</dd></div>
          </dl>
          <table-wrap :label="list.title" table-class="entries">
              <thead><tr>
                <th scope="col">{{ t('list.seq') }}</th><th scope="col">{{ t('list.item') }}</th>
                <th scope="col">{{ t('item.units') }}</th><th scope="col">{{ t('item.channels') }}</th>
                <th scope="col">{{ t('item.limits') }}</th><th scope="col">{{ t('list.duties') }}</th>
              </tr></thead>
              <tbody>
                <tr v-for="e in list.entries" :key="e.seq">
                  <td class="num">{{ e.seq }}</td>
                  <td>
                    <router-link to="/items/:code" :params="{ code: e.code || e.item }">{{ e.name }}</router-link>
                    <span v-if="e.local" class="badge"> {{ t('item.local') }}</span>
                    <inferred-mark :inferred="e.inferred" field="item" />
                    <div v-if="onlineOf(e).length" class="muted small">
                      {{ t('list.online') }}：{{ onlineOf(e).join('、') }} <inferred-mark :inferred="e.inferred" field="online" />
                    </div>
                  </td>
                  <td>{{ e.units.join('、') }} <inferred-mark :inferred="e.inferred" field="units" /></td>
                  <td><chips :items="e.channels" vocab="channel" /> <inferred-mark :inferred="e.inferred" field="channels" /></td>
                  <td>
                    <limit-text v-if="e.limit || (!e.limitBefore && !e.limitAfter)" :limit="e.limit" />
                    <inferred-mark :inferred="e.inferred" field="limit" />
                    <span v-if="e.limitBefore || e.limitAfter" class="accelerated">
                      {{ t('list.before') }} {{ e.limitBefore?.text || '—' }} → {{ t('list.after') }} {{ e.limitAfter?.text || '—' }}
                    </span>
                  </td>
                  <td>
                    <ul v-if="e.levels.length" class="plain">
                      <li v-for="d in e.levels" :key="d.level"><strong>{{ label('level', d.level) }}</strong>
                        <span v-if="d.role" class="muted">（{{ label('role', d.role) }}）</span>：{{ d.duty }}</li>
                    </ul>
                    <span v-else-if="e.remarks">{{ e.remarks }}</span>
                  </td>
                </tr>
              </tbody>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};
