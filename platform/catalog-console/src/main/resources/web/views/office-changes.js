// A jurisdiction's history of its office's changes (GET …/changes), newest first: who, when, what, why, the entry
// before and after, field by field; any change can be reverted with a reason (the revert is a change of its own).
import { reactive, computed, nextTick } from '../lib/vue.js';
import { get, request, ApiProblem } from '../lib/api.js';
import { t, label, formatInstant } from '../lib/i18n.js';
import { useLoad, useJurisdictionName } from '../lib/use.js';
import { listPath, changesPath, differences, fieldText } from '../lib/overlay.js';

const PAGE = 20;

export default {
  name: 'OfficeChangesView',
  props: { id: { type: String, required: true } },
  setup(props) {
    const pages = reactive({ before: [] });
    const { state, reload } = useLoad(
      () => get(changesPath(props.id), { limit: PAGE, before: pages.before[pages.before.length - 1] }),
      () => [props.id, pages.before.length],
    );
    const jurisdiction = useJurisdictionName(() => props.id);
    const revert = reactive({ change: null, reason: '', busy: false, problem: null, missingReason: false, done: null });
    const older = computed(() => (state.data?.length === PAGE ? state.data[state.data.length - 1].id : null));

    function diff(change) {
      const shaped = (value) => (value && typeof value === 'object' && !Array.isArray(value) ? value : (value == null ? null : { value }));
      return differences(shaped(change.before), shaped(change.after));
    }
    function startRevert(change) {
      Object.assign(revert, { change, reason: '', busy: false, problem: null, missingReason: false, done: null });
      nextTick(() => document.getElementById(`revert-reason-${change.id}`)?.focus());
    }
    async function confirmRevert() {
      revert.missingReason = !revert.reason.trim();
      if (revert.missingReason) {
        return;
      }
      revert.busy = true;
      revert.problem = null;
      try {
        const change = revert.change;
        // a change of a list needs the list's version now
        const ifMatch = change.list ? (await request('GET', listPath(props.id, change.list))).etag : null;
        const answer = await request('POST', `${changesPath(props.id)}/${encodeURIComponent(change.id)}/revert`, {
          body: JSON.stringify({ reason: revert.reason.trim() }), contentType: 'application/json', ifMatch,
        });
        const made = answer.data?.changes?.[0]?.id ?? answer.data?.id ?? null;
        revert.change = null;
        revert.done = { of: change.id, id: made };
        pages.before = [];
        await reload();
        await nextTick();
        document.getElementById('revert-done')?.focus();
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          throw e;
        }
        revert.problem = e;
      } finally {
        revert.busy = false;
      }
    }
    return {
      t, label, formatInstant, state, reload, jurisdiction, pages, older, diff, shown: fieldText, revert, startRevert,
      confirmRevert,
    };
  },
  template: `
    <section>
      <nav class="breadcrumb" :aria-label="t('common.breadcrumb')">
        <ol>
          <li><router-link to="/office" exact>{{ t('nav.office') }}</router-link></li>
          <li><router-link to="/jurisdictions/:id/lists" :params="{ id }" exact>{{ t('list.backTo', { name: jurisdiction.name() }) }}</router-link></li>
        </ol>
      </nav>
      <h1 tabindex="-1">{{ t('office.changes.of', { name: jurisdiction.name() }) }}</h1>
      <p class="lead">{{ t('office.changes.lead') }}</p>
      <p v-if="revert.done" id="revert-done" class="success" role="status" tabindex="-1">{{ t('office.changes.reverted', revert.done) }}</p>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p v-if="!data.length">{{ t('office.changes.none') }}</p>
          <ol class="cards changes">
            <li v-for="c in data" :key="c.id" :id="'change-' + c.id" class="card change">
              <h2 class="change-title">{{ t('office.changes.heading', { id: c.id, action: label('changeAction', c.action) }) }}
                <span v-if="c.orphaned" class="badge bad">{{ t('office.changes.orphaned') }}</span></h2>
              <dl class="facts">
                <div><dt>{{ t('office.changes.when') }}</dt><dd>{{ formatInstant(c.at) }}</dd></div>
                <div><dt>{{ t('office.changes.who') }}</dt><dd class="by">{{ c.by }}</dd></div>
                <div v-if="c.list"><dt>{{ t('office.changes.list') }}</dt><dd>
                  <router-link to="/office/:id/lists/:listId" :params="{ id, listId: c.list }">{{ c.list }}</router-link>
                  <span v-if="c.target"> · {{ t('office.changes.target', { target: c.target }) }}</span></dd></div>
                <div v-else-if="c.target"><dt>{{ t('office.changes.targetLabel') }}</dt><dd>{{ c.target }}</dd></div>
                <div><dt>{{ t('office.changes.why') }}</dt><dd class="reason">{{ c.reason }}</dd></div>
                <div v-if="c.reverts"><dt>{{ t('office.changes.revertsLabel') }}</dt><dd>{{ t('office.changes.reverts', { id: c.reverts }) }}</dd></div>
              </dl>
              <table-wrap v-if="diff(c).length" :label="t('office.changes.diff', { id: c.id })" table-class="diff">
                <thead><tr><th scope="col">{{ t('office.changes.field') }}</th><th scope="col">{{ t('office.changes.before') }}</th><th scope="col">{{ t('office.changes.after') }}</th></tr></thead>
                <tbody><tr v-for="d in diff(c)" :key="d.field">
                  <th scope="row">{{ label('field', d.field) }}</th>
                  <td class="before">{{ shown(d.field, d.before) || t('office.changes.nothing') }}</td>
                  <td class="after">{{ shown(d.field, d.after) || t('office.changes.nothing') }}</td>
                </tr></tbody>
              </table-wrap>
              <form v-if="revert.change && revert.change.id === c.id" class="revert-form" novalidate @submit.prevent="confirmRevert">
                <problem-box v-if="revert.problem" :problem="revert.problem" />
                <p v-if="revert.problem && revert.problem.kind === 'conflict'" class="field-error">{{ t('office.changes.revertConflict') }}</p>
                <div class="field">
                  <label :for="'revert-reason-' + c.id">{{ t('office.changes.revertReason', { id: c.id }) }}</label>
                  <input :id="'revert-reason-' + c.id" v-model="revert.reason" required :aria-invalid="revert.missingReason ? 'true' : null"
                         :aria-describedby="revert.missingReason ? 'revert-reason-error-' + c.id : null">
                  <p v-if="revert.missingReason" :id="'revert-reason-error-' + c.id" class="field-error">{{ t('office.reasonMissing') }}</p>
                </div>
                <p class="actions">
                  <button type="submit" class="confirm-revert" :disabled="revert.busy">{{ t('office.changes.confirmRevert') }}</button>
                  <button type="button" class="secondary" @click="revert.change = null">{{ t('office.cancel') }}</button>
                </p>
              </form>
              <p v-else><button type="button" class="secondary revert" :aria-label="t('office.changes.revertLabel', { id: c.id })" @click="startRevert(c)">{{ t('office.changes.revert') }}</button></p>
            </li>
          </ol>
          <p class="actions">
            <button v-if="pages.before.length" type="button" class="secondary" @click="pages.before.pop()">{{ t('office.changes.newer') }}</button>
            <button v-if="older" type="button" class="secondary" @click="pages.before.push(older)">{{ t('office.changes.older') }}</button>
          </p>
        </template>
      </async-block>
    </section>`,
};
