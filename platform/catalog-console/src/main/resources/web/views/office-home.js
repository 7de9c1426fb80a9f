// An office's start: the jurisdictions the signed-in user may write (GET /api/me), each with its lists to change,
// its history, and the spreadsheets of each list.
import { get } from '../lib/api.js';
import { t } from '../lib/i18n.js';
import { session } from '../lib/auth.js';
import { useLoad, useJurisdictionName } from '../lib/use.js';

const OfficeJurisdiction = {
  name: 'OfficeJurisdiction',
  props: { id: { type: String, required: true } },
  setup(props) {
    const { state, reload } = useLoad(() => get(`/api/jurisdictions/${encodeURIComponent(props.id)}/lists`), () => props.id);
    const jurisdiction = useJurisdictionName(() => props.id);
    const sheet = (listId, format) => `/api/jurisdictions/${encodeURIComponent(props.id)}/lists/${encodeURIComponent(listId)}?format=${format}`;
    return { t, state, reload, jurisdiction, sheet };
  },
  template: `
    <section class="card" :aria-labelledby="'office-' + id">
      <h2 :id="'office-' + id">{{ jurisdiction.name() }} <span class="code">{{ id }}</span></h2>
      <p><router-link to="/office/:id/changes" :params="{ id }">{{ t('office.home.history') }}</router-link></p>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p v-if="!data.length">{{ t('jurisdiction.noLists') }}</p>
          <table-wrap v-else :label="t('office.home.listsOf', { name: jurisdiction.name() })">
            <thead><tr>
              <th scope="col">{{ t('list.title') }}</th><th scope="col">{{ t('list.entries') }}</th>
              <th scope="col">{{ t('list.source') }}</th><th scope="col">{{ t('office.sheet.export') }}</th>
            </tr></thead>
            <tbody>
              <tr v-for="list in data" :key="list.id">
                <td><router-link to="/office/:id/lists/:listId" :params="{ id, listId: list.id }">{{ list.title }}</router-link></td>
                <td class="num">{{ list.entries }}</td>
                <td>{{ list.provenance?.inherited ? t('list.inheritedFrom', { id: list.provenance.jurisdiction }) : t('list.own') }}</td>
                <td><a :href="sheet(list.id, 'xlsx')" download>xlsx</a> · <a :href="sheet(list.id, 'csv')" download>CSV</a></td>
              </tr>
            </tbody>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};

export default {
  name: 'OfficeHomeView',
  components: { OfficeJurisdiction },
  setup() {
    return { t, session };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('office.home.title') }}</h1>
      <p class="lead">{{ t('office.home.lead') }}</p>
      <div v-if="!session.user" class="problem" role="alert">
        <p>{{ t('office.home.signIn') }} <router-link to="/sign-in" :query="{ next: '/office' }">{{ t('auth.goSignIn') }}</router-link></p>
      </div>
      <p v-else-if="!session.jurisdictions.length">{{ t('office.home.none') }}</p>
      <div v-else class="cards">
        <office-jurisdiction v-for="id in session.jurisdictions" :key="id" :id="id" />
      </div>
    </section>`,
};
