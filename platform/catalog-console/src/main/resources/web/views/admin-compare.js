// Administrator: two jurisdictions side by side — what both offer and where they differ, what only one offers.
import { reactive, computed, watch, ref, onBeforeUnmount, nextTick } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, label, i18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { route, navigate } from '../lib/router.js';
import { loadECharts, svgChart } from '../lib/charts.js';

export default {
  name: 'AdminCompareView',
  setup() {
    const form = reactive({ a: route.query.a ?? '', b: route.query.b ?? '' });
    watch(() => route.query, (q) => { form.a = q.a ?? ''; form.b = q.b ?? ''; });
    const list = useLoad(() => get('/api/jurisdictions'));
    const active = computed(() => (list.state.data ?? []).filter((j) => j.status === 'active'));
    const nameOf = (id) => active.value.find((j) => j.id === id)?.name ?? id;
    const ready = computed(() => Boolean(route.query.a && route.query.b));
    const { state, reload } = useLoad(
      () => (ready.value ? get('/api/compare', { a: route.query.a, b: route.query.b }) : Promise.resolve(null)),
      () => [route.query.a, route.query.b],
    );
    const differing = computed(() => (state.data?.both ?? []).filter((x) => x.differences.length));
    const same = computed(() => (state.data?.both ?? []).filter((x) => !x.differences.length));
    const sameSelected = computed(() => form.a && form.a === form.b);

    const chart = ref(null);
    let instance = null;
    async function draw() {
      await nextTick();
      if (!chart.value || !state.data) {
        return;
      }
      const echarts = await loadECharts();
      if (!chart.value) {
        return;
      }
      instance?.dispose();
      instance = svgChart(echarts, chart.value);
      const cats = [t('admin.compare.differing'), t('admin.compare.same'), t('admin.compare.onlyA', { name: nameOf(state.data.a) }),
        t('admin.compare.onlyB', { name: nameOf(state.data.b) })];
      instance.setOption({
        animation: false,
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: cats, inverse: true },
        series: [{ type: 'bar', data: [differing.value.length, same.value.length, state.data.onlyA.length, state.data.onlyB.length],
          label: { show: true, position: 'right' }, itemStyle: { color: '#1f5f99' } }],
      });
    }
    watch(() => [state.data, i18n.locale], draw);
    function resize() {
      instance?.resize();
    }
    window.addEventListener('resize', resize);
    onBeforeUnmount(() => {
      window.removeEventListener('resize', resize);
      instance?.dispose();
    });

    const values = (aspect, list) => (list.length
      ? list.map((v) => (aspect === 'level' || aspect === 'channel' ? label(aspect, v) : v)).join('、')
      : t('common.none'));

    function compare() {
      if (form.a && form.b && form.a !== form.b) {
        navigate('/admin/compare', {}, { a: form.a, b: form.b });
      }
    }
    function swap() {
      [form.a, form.b] = [form.b, form.a];
      compare();
    }
    return { t, label, values, form, list, active, nameOf, state, reload, differing, same, compare, swap, ready, chart, sameSelected };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('admin.compare.title') }}</h1>
      <problem-box v-if="list.state.problem" :problem="list.state.problem" :retry="list.reload" />
      <form class="filters compare-form" @submit.prevent="compare">
        <div class="field">
          <label for="cmp-a">{{ t('admin.compare.a') }}</label>
          <select id="cmp-a" v-model="form.a" required>
            <option value="" disabled>{{ t('admin.compare.choose') }}</option>
            <option v-for="j in active" :key="j.id" :value="j.id">{{ j.name }}（{{ j.id }}）</option>
          </select>
        </div>
        <div class="field">
          <label for="cmp-b">{{ t('admin.compare.b') }}</label>
          <select id="cmp-b" v-model="form.b" required>
            <option value="" disabled>{{ t('admin.compare.choose') }}</option>
            <option v-for="j in active" :key="j.id" :value="j.id">{{ j.name }}（{{ j.id }}）</option>
          </select>
        </div>
        <div class="actions">
          <button type="submit" :disabled="!form.a || !form.b || sameSelected">{{ t('admin.compare.submit') }}</button>
          <button type="button" class="secondary" :disabled="!form.a || !form.b || sameSelected" @click="swap">{{ t('admin.compare.swap') }}</button>
        </div>
        <p v-if="sameSelected" class="hint" role="status">{{ t('admin.compare.sameSelected') }}</p>
      </form>
      <p v-if="!ready" class="hint">{{ t('admin.compare.hint') }}</p>
      <async-block v-else :state="state" :retry="reload">
        <template #default="{ data }">
          <h2>{{ t('admin.compare.heading', { a: nameOf(data.a), b: nameOf(data.b) }) }}</h2>
          <p class="count" role="status">{{ t('admin.compare.summary', { both: data.both.length, differing: differing.length,
            onlyA: data.onlyA.length, onlyB: data.onlyB.length, a: nameOf(data.a), b: nameOf(data.b) }) }}</p>
          <div ref="chart" class="chart" aria-hidden="true"></div>
          <h3 id="cmp-differing">{{ t('admin.compare.differing') }}（{{ differing.length }}）</h3>
          <table-wrap :label="t('admin.compare.differing')" table-class="compare">
              <thead><tr>
                <th scope="col">{{ t('admin.compare.item') }}</th><th scope="col">{{ t('admin.compare.aspect') }}</th>
                <th scope="col">{{ nameOf(data.a) }}</th><th scope="col">{{ nameOf(data.b) }}</th>
              </tr></thead>
              <tbody>
                <template v-for="x in differing" :key="x.item.id">
                  <tr v-for="(d, i) in x.differences" :key="d.aspect">
                    <th v-if="i === 0" scope="row" :rowspan="x.differences.length">
                      <router-link to="/items/:code" :params="{ code: x.item.code || x.item.name }">{{ x.item.name }}</router-link></th>
                    <td>{{ label('aspect', d.aspect) }}</td>
                    <td>{{ values(d.aspect, d.a) }}</td>
                    <td>{{ values(d.aspect, d.b) }}</td>
                  </tr>
                </template>
              </tbody>
          </table-wrap>
          <h3 id="cmp-same">{{ t('admin.compare.same') }}（{{ same.length }}）</h3>
          <ul class="columns"><li v-for="x in same" :key="x.item.id">{{ x.item.name }}</li></ul>
          <div class="side-by-side">
            <div>
              <h3 id="cmp-only-a">{{ t('admin.compare.onlyA', { name: nameOf(data.a) }) }}（{{ data.onlyA.length }}）</h3>
              <ul><li v-for="item in data.onlyA" :key="item.id">{{ item.name }}</li></ul>
            </div>
            <div>
              <h3 id="cmp-only-b">{{ t('admin.compare.onlyB', { name: nameOf(data.b) }) }}（{{ data.onlyB.length }}）</h3>
              <ul><li v-for="item in data.onlyB" :key="item.id">{{ item.name }}</li></ul>
            </div>
          </div>
        </template>
      </async-block>
    </section>`,
};
