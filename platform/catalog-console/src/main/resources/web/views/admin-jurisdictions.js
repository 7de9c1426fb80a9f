// Administrator: the deployed jurisdiction bundles with version and status, every error of a rejected one, and the
// platform's health. The public health answer says only up or down; the platform version and the database product
// come from /api/health/details, which answers an administrator only: asked only when the signed-in user has the
// administrator's role, so that nobody else's browser logs a refused request.
import { computed } from '../lib/vue.js';
import { get, request } from '../lib/api.js';
import { t, label } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { route } from '../lib/router.js';
import { session } from '../lib/auth.js';

export default {
  name: 'AdminJurisdictionsView',
  setup() {
    const { state, reload } = useLoad(() => get('/api/jurisdictions'));
    // 503 is an answer here: the platform is up and says what is down
    const health = useLoad(async () => (await request('GET', '/api/health', { accept: [503] })).data);
    const details = useLoad(async () => {
      if (!session.roles.includes('renshe-admin')) {
        return null;
      }
      const answer = await request('GET', '/api/health/details', { accept: [401, 403, 503] });
      return answer.status === 200 ? answer.data : null;
    }, () => session.roles.join(' '));
    const rejected = computed(() => (state.data ?? []).filter((j) => j.status !== 'active').length);
    const up = (status) => String(status ?? '').toLowerCase() === 'up';
    return { t, label, state, reload, health, details, rejected, up, route };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('admin.jurisdictions.title') }}</h1>
      <async-block :state="health.state" :retry="health.reload">
        <template #default="{ data }">
          <div :class="['health', up(data.status) ? 'ok' : 'down']" role="status">
            <p><strong>{{ up(data.status) ? t('admin.health.up') : t('admin.health.down') }}</strong>
              <span v-if="details.state.data"> · {{ t('admin.health.version', { version: details.state.data.version }) }}</span></p>
            <p v-if="data.database">{{ t('admin.health.database') }}：{{ up(data.database.status) ? t('admin.health.dbUp') : t('admin.health.dbDown') }}
              <span v-if="details.state.data?.database?.product" class="muted"> · {{ details.state.data.database.product }}</span></p>
          </div>
        </template>
      </async-block>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p class="count" role="status">{{ t('admin.jurisdictions.count', { count: data.length, rejected }) }}</p>
          <table-wrap :label="t('admin.jurisdictions.title')" table-class="jurisdictions">
              <thead><tr>
                <th scope="col">{{ t('admin.jurisdictions.id') }}</th><th scope="col">{{ t('admin.jurisdictions.name') }}</th>
                <th scope="col">{{ t('admin.jurisdictions.level') }}</th><th scope="col">{{ t('admin.jurisdictions.parent') }}</th>
                <th scope="col">{{ t('admin.jurisdictions.bundle') }}</th><th scope="col">{{ t('admin.jurisdictions.version') }}</th>
                <th scope="col">{{ t('admin.jurisdictions.status') }}</th>
              </tr></thead>
              <tbody>
                <template v-for="j in data" :key="j.bundle + j.id">
                  <tr :id="'j-' + j.id" :class="{ focus: route.query.focus === j.id }">
                    <td>{{ j.id }}</td>
                    <td><router-link v-if="j.status === 'active'" to="/jurisdictions/:id" :params="{ id: j.id }" exact>{{ j.name }}</router-link>
                      <span v-else>{{ j.name || '—' }}</span></td>
                    <td>{{ label('jurisdictionLevel', j.level) }}</td>
                    <td>{{ j.parent || '—' }}</td>
                    <td class="small">{{ j.bundle }}</td>
                    <td>{{ j.version }}</td>
                    <td><span :class="['badge', j.status === 'active' ? 'good' : 'bad']">{{ label('status', j.status) }}</span></td>
                  </tr>
                  <tr v-if="j.errors.length" class="errors-row">
                    <td colspan="7">
                      <error-table :errors="j.errors" :caption="t('admin.jurisdictions.errorsOf', { name: j.name || j.id, count: j.errors.length })" />
                    </td>
                  </tr>
                </template>
              </tbody>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};
