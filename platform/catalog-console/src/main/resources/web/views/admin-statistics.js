// Administrator: statistics of the applications of a jurisdiction (GET /api/statistics, by unit): the on-time rate
// per unit and the ratings as charts (ECharts), and the same figures in a table for those who cannot see the charts.
import { reactive, ref, computed, watch, nextTick, onBeforeUnmount } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, i18n, todayInChina } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { route, navigate } from '../lib/router.js';
import { loadECharts, svgChart } from '../lib/charts.js';

const SCORES = [['verySatisfied', 5], ['satisfied', 4], ['basicallySatisfied', 3], ['dissatisfied', 2], ['veryDissatisfied', 1]];

/** The on-time rate of a row in percent (decided on time among those decided), or null when nothing was decided. */
export function onTimeRate(row) {
  const decided = row.onTime + row.late;
  return decided ? Math.round((row.onTime * 1000) / decided) / 10 : null;
}

export default {
  name: 'AdminStatisticsView',
  setup() {
    const today = todayInChina();
    const yearStart = `${today.slice(0, 4)}-01-01`;
    const query = () => ({
      jurisdiction: route.query.jurisdiction || '341000', from: route.query.from || yearStart, to: route.query.to || today,
    });
    const form = reactive(query());
    watch(() => route.query, () => Object.assign(form, query()));
    const list = useLoad(() => get('/api/jurisdictions'));
    const { state, reload } = useLoad(
      () => get('/api/statistics', { ...query(), by: 'unit' }),
      () => [route.query.jurisdiction, route.query.from, route.query.to],
    );
    const rows = computed(() => state.data?.rows ?? []);
    function show() {
      navigate('/admin/statistics', {}, { ...form });
    }

    const onTimeChart = ref(null);
    const ratingsChart = ref(null);
    let charts = [];
    async function draw() {
      await nextTick();
      if (!onTimeChart.value || !rows.value.length) {
        return;
      }
      const echarts = await loadECharts();
      if (!onTimeChart.value || !ratingsChart.value) {
        return;
      }
      charts.forEach((c) => c.dispose());
      const names = rows.value.map((r) => r.name || r.key);
      const rates = svgChart(echarts, onTimeChart.value);
      rates.setOption({
        animation: false,
        aria: { enabled: true },
        grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        yAxis: { type: 'category', data: names, inverse: true },
        series: [{ type: 'bar', data: rows.value.map((r) => onTimeRate(r) ?? 0),
          label: { show: true, position: 'right', formatter: '{c}%' }, itemStyle: { color: '#1f5f99' } }],
      });
      const ratings = svgChart(echarts, ratingsChart.value);
      const colours = ['#1e6b34', '#4c9a5f', '#8a8a8a', '#c7783a', '#a4262c'];
      ratings.setOption({
        animation: false,
        aria: { enabled: true },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: names, inverse: true },
        series: SCORES.map(([key, score], i) => ({
          name: t(`follow.rating.${score}`), type: 'bar', stack: 'ratings', itemStyle: { color: colours[i] },
          data: rows.value.map((r) => r.ratings?.[key] ?? 0),
        })),
      });
      charts = [rates, ratings];
    }
    watch(() => [state.data, i18n.locale], draw);
    const resize = () => charts.forEach((c) => c.resize());
    window.addEventListener('resize', resize);
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      charts.forEach((c) => c.dispose());
    });
    const rate = (row) => (onTimeRate(row) === null ? t('stats.none') : `${onTimeRate(row)}%`);
    const ratings = (row) => SCORES.map(([key]) => row.ratings?.[key] ?? 0).join(' / ');
    // a bar of about 40 px per unit, whatever the number of units
    const height = computed(() => `${Math.max(160, 80 + rows.value.length * 40)}px`);
    return { t, form, list, state, reload, rows, show, onTimeChart, ratingsChart, rate, ratings, height };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('stats.title') }}</h1>
      <form class="filters" @submit.prevent="show">
        <div class="field">
          <label for="st-jurisdiction">{{ t('stats.jurisdiction') }}</label>
          <select id="st-jurisdiction" v-model="form.jurisdiction">
            <option v-for="j in (list.state.data || [])" :key="j.id" :value="j.id">{{ j.name }}（{{ j.id }}）</option>
          </select>
        </div>
        <div class="field"><label for="st-from">{{ t('stats.from') }}</label><input id="st-from" type="date" v-model="form.from" /></div>
        <div class="field"><label for="st-to">{{ t('stats.to') }}</label><input id="st-to" type="date" v-model="form.to" /></div>
        <div class="actions"><button type="submit">{{ t('stats.show') }}</button></div>
      </form>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p v-if="!data.rows.length" role="status">{{ t('stats.empty') }}</p>
          <template v-else>
            <h2 id="st-ontime-heading">{{ t('stats.onTimeChart') }}</h2>
            <div ref="onTimeChart" class="chart" :style="{ height }" role="img" :aria-label="t('stats.onTimeChart')" aria-describedby="st-table-note"></div>
            <h2>{{ t('stats.ratingsChart') }}</h2>
            <div ref="ratingsChart" class="chart" :style="{ height }" role="img" :aria-label="t('stats.ratingsChart')" aria-describedby="st-table-note"></div>
            <h2 id="st-table-note">{{ t('stats.table') }}</h2>
            <table-wrap :label="t('stats.table')" table-class="statistics">
              <thead><tr>
                <th scope="col">{{ t('stats.unit') }}</th><th scope="col">{{ t('stats.received') }}</th>
                <th scope="col">{{ t('stats.completed') }}</th><th scope="col">{{ t('stats.refused') }}</th>
                <th scope="col">{{ t('stats.onTime') }}</th><th scope="col">{{ t('stats.late') }}</th>
                <th scope="col">{{ t('stats.onTimeRate') }}</th><th scope="col">{{ t('stats.overdue') }}</th>
                <th scope="col">{{ t('stats.open') }}</th><th scope="col">{{ t('stats.average') }}</th>
                <th scope="col">{{ t('stats.ratings') }}</th><th scope="col">{{ t('stats.followUps') }}</th>
              </tr></thead>
              <tbody>
                <tr v-for="row in data.rows.concat(data.total ? [Object.assign({}, data.total, { name: t('stats.total') })] : [])" :key="row.name || row.key">
                  <th scope="row">{{ row.name || row.key }}</th>
                  <td>{{ row.received }}</td><td>{{ row.completed }}</td><td>{{ row.refused }}</td>
                  <td>{{ row.onTime }}</td><td>{{ row.late }}</td><td class="rate">{{ rate(row) }}</td>
                  <td>{{ row.overdue }}</td><td>{{ row.open }}</td>
                  <td>{{ row.averageWorkingDays == null ? t('stats.none') : row.averageWorkingDays }}</td>
                  <td>{{ ratings(row) }}</td><td>{{ row.followUps }}</td>
                </tr>
              </tbody>
            </table-wrap>
          </template>
        </template>
      </async-block>
    </section>`,
};
