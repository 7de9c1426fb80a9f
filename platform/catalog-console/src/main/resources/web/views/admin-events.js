// Administrator: the platform's event log, newest first (jurisdictions that became active, were rejected, removed).
import { reactive, computed, watch } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, label, formatInstant } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { route, navigate } from '../lib/router.js';

const LIMITS = ['50', '100', '500'];

export default {
  name: 'AdminEventsView',
  setup() {
    const form = reactive({ subject: route.query.subject ?? '', limit: route.query.limit ?? '50' });
    watch(() => route.query, (q) => { form.subject = q.subject ?? ''; form.limit = q.limit ?? '50'; });
    const list = useLoad(() => get('/api/jurisdictions'));
    const subjects = computed(() => (list.state.data ?? []).map((j) => ({ id: j.id, name: j.name })));
    const { state, reload } = useLoad(
      () => get('/api/events', { subject: route.query.subject, limit: route.query.limit }),
      () => [route.query.subject, route.query.limit],
    );
    function apply() {
      navigate('/admin/events', {}, { subject: form.subject, limit: form.limit === '50' ? '' : form.limit });
    }
    return { t, label, form, subjects, state, reload, apply, formatInstant, LIMITS };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('admin.events.title') }}</h1>
      <form class="filters" @submit.prevent="apply">
        <div class="field">
          <label for="ev-subject">{{ t('admin.events.subject') }}</label>
          <select id="ev-subject" v-model="form.subject">
            <option value="">{{ t('filters.any') }}</option>
            <option v-for="s in subjects" :key="s.id" :value="s.id">{{ s.name }}（{{ s.id }}）</option>
          </select>
        </div>
        <div class="field">
          <label for="ev-limit">{{ t('admin.events.limit') }}</label>
          <select id="ev-limit" v-model="form.limit">
            <option v-for="n in LIMITS" :key="n" :value="n">{{ n }}</option>
          </select>
        </div>
        <div class="actions">
          <button type="submit">{{ t('filters.apply') }}</button>
          <button type="button" class="secondary" @click="reload">{{ t('admin.events.refresh') }}</button>
        </div>
      </form>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p class="count" role="status">{{ t('admin.events.count', { count: data.length }) }}</p>
          <table-wrap :label="t('admin.events.title')" table-class="events">
              <thead><tr>
                <th scope="col">{{ t('admin.events.at') }}</th><th scope="col">{{ t('admin.events.kind') }}</th>
                <th scope="col">{{ t('admin.events.subjectColumn') }}</th><th scope="col">{{ t('admin.events.detail') }}</th>
              </tr></thead>
              <tbody>
                <tr v-for="e in data" :key="e.id">
                  <td><time :datetime="e.at">{{ formatInstant(e.at) }}</time></td>
                  <td><span :class="['badge', /rejected/.test(e.kind) ? 'bad' : /active/.test(e.kind) ? 'good' : '']">{{ label('eventKind', e.kind) }}</span></td>
                  <td>{{ e.subject }}</td>
                  <td class="detail">{{ e.detail }}</td>
                </tr>
              </tbody>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};
