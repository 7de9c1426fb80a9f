// Every error of a catalog bundle: file, line, reason, ordered by file and line.
import { computed } from '../lib/vue.js';
import { t } from '../lib/i18n.js';
import { normaliseError } from '../lib/api.js';

export const ErrorTable = {
  name: 'ErrorTable',
  props: { errors: { type: Array, required: true }, caption: { type: String, required: true } },
  setup(props) {
    const rows = computed(() => props.errors.map(normaliseError).sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '')
      || (a.line ?? 0) - (b.line ?? 0)));
    return { t, rows };
  },
  template: `
    <div class="table-wrap" role="region" :aria-label="caption" tabindex="0"><table class="errors">
      <caption>{{ caption }}</caption>
      <thead><tr>
        <th scope="col">{{ t('errors.file') }}</th><th scope="col">{{ t('errors.line') }}</th><th scope="col">{{ t('errors.reason') }}</th>
      </tr></thead>
      <tbody>
        <tr v-for="(e, i) in rows" :key="i">
          <td class="file">{{ e.file || '—' }}</td>
          <td class="num line">{{ e.line ? e.line : t('errors.wholeFile') }}</td>
          <td class="reason" lang="en">{{ e.reason }}</td>
        </tr>
      </tbody>
    </table></div>`,
};
