// A unit's task queue (GET /api/tasks, for the offices' roles as the API checks them): the open tasks of a
// jurisdiction ordered by committed due date, overdue and due-today marked in words and colour, and the actions of
// the integrated window's flow on each (accept, return for materials with the missing materials, approve, refuse with
// a reason, deliver). A 409 (the task changed meanwhile) says so and reads the queue again.
import { reactive, computed, watch, nextTick } from '../lib/vue.js';
import { get, request, ApiProblem } from '../lib/api.js';
import { t } from '../lib/i18n.js';
import { session } from '../lib/auth.js';
import { useLoad } from '../lib/use.js';
import { route, navigate } from '../lib/router.js';
import { taskState, dueMark, DueCell } from '../components/application.js';

/** The actions a task's state allows, in the order of the flow. */
const ACTIONS = {
  submitted: ['accept', 'return', 'refuse'],
  accepted: ['approve', 'return', 'refuse'],
  approved: ['deliver'],
  returned: [],
};

export default {
  name: 'UnitTasksView',
  components: { DueCell },
  setup() {
    const jurisdictions = computed(() => session.jurisdictions ?? []);
    const all = useLoad(() => get('/api/jurisdictions'));
    const nameOf = (id) => (all.state.data ?? []).find((j) => j.id === id)?.name ?? id;
    const form = reactive({ jurisdiction: route.query.jurisdiction ?? '', unit: route.query.unit ?? '', due: route.query.due ?? '' });
    const chosen = computed(() => route.query.jurisdiction || jurisdictions.value[0] || '');
    watch(() => route.query, (q) => {
      form.jurisdiction = q.jurisdiction ?? chosen.value;
      form.unit = q.unit ?? '';
      form.due = q.due ?? '';
    });
    watch(chosen, (id) => { if (!form.jurisdiction) form.jurisdiction = id; }, { immediate: true });
    const { state, reload } = useLoad(
      () => (chosen.value ? get('/api/tasks', { jurisdiction: chosen.value, unit: route.query.unit, due: route.query.due }) : Promise.resolve([])),
      () => [chosen.value, route.query.unit, route.query.due],
    );
    const open = reactive({ id: null, action: null, missing: '', note: '', reason: '', invalid: null });
    const result = reactive({ busy: false, problem: null, message: null, conflict: false });

    function show() {
      navigate('/unit', {}, { jurisdiction: form.jurisdiction, unit: form.unit.trim(), due: form.due });
    }
    function start(task, action) {
      Object.assign(open, { id: task.id, action, missing: '', note: '', reason: '', invalid: null });
      result.problem = null;
      result.message = null;
      result.conflict = false;
      if (action === 'accept' || action === 'deliver') {
        act(task);
      } else {
        // the keyboard goes on in the form that opened
        nextTick(() => document.getElementById(`un-${action === 'return' ? 'missing' : action === 'refuse' ? 'reason' : 'note'}-${task.id}`)?.focus());
      }
    }
    function cancel() {
      open.id = null;
      open.action = null;
    }
    function body(action) {
      if (action === 'return') {
        return { missing: open.missing.split(/\n|、/).map((m) => m.trim()).filter(Boolean), ...(open.note.trim() ? { note: open.note.trim() } : {}) };
      }
      if (action === 'refuse') {
        return { reason: open.reason.trim() };
      }
      if (action === 'approve' && open.note.trim()) {
        return { note: open.note.trim() };
      }
      return null;
    }
    async function act(task) {
      const action = open.action;
      const payload = body(action);
      if (action === 'return' && !payload.missing.length) {
        open.invalid = 'missing';
        return;
      }
      if (action === 'refuse' && !payload.reason) {
        open.invalid = 'reason';
        return;
      }
      result.busy = true;
      result.problem = null;
      try {
        await request('POST', `/api/tasks/${task.id}/${action}`, payload
          ? { body: JSON.stringify(payload), contentType: 'application/json' } : {});
        result.message = t('unit.done', { id: task.id, item: task.itemName, action: t(`unit.${action}`) });
        cancel();
        await reload();
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          console.error(e);
          result.problem = new ApiProblem({ kind: 'unexpected' });
        } else if (e.status === 409) {
          result.conflict = true;
          cancel();
          await reload();
        } else {
          result.problem = e;
        }
      } finally {
        result.busy = false;
      }
    }
    const rowClass = (task) => ({ overdue: dueMark(task) === 'overdue', 'due-today': dueMark(task) === 'today' });
    return {
      t, taskState, jurisdictions, nameOf, form, state, reload, show, open, result, start, cancel, act, rowClass,
      actions: (task) => ACTIONS[task.state] ?? [],
    };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('unit.title') }}</h1>
      <p>{{ t('unit.lead') }}</p>
      <p v-if="!jurisdictions.length" class="problem" role="alert">{{ t('unit.noJurisdiction') }}</p>
      <form class="filters" @submit.prevent="show">
        <div class="field">
          <label for="un-jurisdiction">{{ t('unit.jurisdiction') }}</label>
          <select id="un-jurisdiction" v-model="form.jurisdiction">
            <option v-for="id in jurisdictions" :key="id" :value="id">{{ nameOf(id) }}（{{ id }}）</option>
          </select>
        </div>
        <div class="field">
          <label for="un-unit">{{ t('unit.unitName') }}</label>
          <input id="un-unit" v-model="form.unit" aria-describedby="un-unit-hint" />
          <p id="un-unit-hint" class="muted small">{{ t('unit.unitHint') }}</p>
        </div>
        <div class="field">
          <label for="un-due">{{ t('unit.due') }}</label>
          <select id="un-due" v-model="form.due">
            <option value="">{{ t('unit.dueAny') }}</option>
            <option value="overdue">{{ t('unit.dueOverdue') }}</option>
            <option value="today">{{ t('unit.dueToday') }}</option>
            <option value="week">{{ t('unit.dueWeek') }}</option>
          </select>
        </div>
        <div class="actions"><button type="submit">{{ t('unit.show') }}</button></div>
      </form>
      <div aria-live="polite">
        <p v-if="result.message" id="un-message" class="badge good" role="status">{{ result.message }}</p>
        <div v-if="result.conflict" id="un-conflict" class="problem" role="alert"><p>{{ t('unit.conflict') }}</p></div>
        <problem-box v-if="result.problem" :problem="result.problem" />
      </div>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p class="count" role="status">{{ data.length ? t('unit.count', { count: data.length }) : t('unit.empty') }}</p>
          <table-wrap v-if="data.length" :label="t('unit.title')" table-class="tasks">
            <thead><tr>
              <th scope="col">{{ t('unit.taskDue') }}</th><th scope="col">{{ t('unit.application') }}</th>
              <th scope="col">{{ t('unit.item') }}</th><th scope="col">{{ t('unit.unit') }}</th>
              <th scope="col">{{ t('unit.state') }}</th><th scope="col">{{ t('unit.actions') }}</th>
            </tr></thead>
            <tbody>
              <tr v-for="task in data" :key="task.id" :id="'task-' + task.id" :data-application="task.application" :data-item="task.item" :class="rowClass(task)">
                <td><due-cell :task="task" /></td>
                <td class="code">{{ task.application }}</td>
                <td>{{ task.itemName }}</td>
                <td>{{ task.unit || t('follow.frontDesk') }}</td>
                <td class="task-state">{{ taskState(task.state) }}</td>
                <td>
                  <div class="actions">
                    <button v-for="a in actions(task)" :key="a" type="button" :class="['secondary', 'act-' + a]" :disabled="result.busy"
                      @click="start(task, a)">{{ t('unit.' + a) }}</button>
                  </div>
                  <form v-if="open.id === task.id && ['return', 'refuse', 'approve'].includes(open.action)" class="stack task-form" @submit.prevent="act(task)">
                    <div v-if="open.action === 'return'" class="field">
                      <label :for="'un-missing-' + task.id">{{ t('unit.missing') }}</label>
                      <textarea :id="'un-missing-' + task.id" v-model="open.missing" rows="3" :aria-invalid="open.invalid === 'missing' ? 'true' : null"
                        :aria-describedby="open.invalid === 'missing' ? 'un-invalid-' + task.id : null"></textarea>
                    </div>
                    <div v-if="open.action === 'refuse'" class="field">
                      <label :for="'un-reason-' + task.id">{{ t('unit.reason') }}</label>
                      <textarea :id="'un-reason-' + task.id" v-model="open.reason" rows="3" :aria-invalid="open.invalid === 'reason' ? 'true' : null"
                        :aria-describedby="open.invalid === 'reason' ? 'un-invalid-' + task.id : null"></textarea>
                    </div>
                    <div v-if="open.action !== 'refuse'" class="field">
                      <label :for="'un-note-' + task.id">{{ t('unit.note') }}</label>
                      <input :id="'un-note-' + task.id" v-model="open.note" />
                    </div>
                    <p v-if="open.invalid" :id="'un-invalid-' + task.id" class="field-error" role="alert">{{ t(open.invalid === 'missing' ? 'unit.missingRequired' : 'unit.reasonRequired') }}</p>
                    <div class="actions">
                      <button type="submit" class="confirm" :disabled="result.busy">{{ t('unit.confirm') }} · {{ t('unit.' + open.action) }}</button>
                      <button type="button" class="secondary" @click="cancel">{{ t('unit.cancel') }}</button>
                    </div>
                  </form>
                </td>
              </tr>
            </tbody>
          </table-wrap>
        </template>
      </async-block>
    </section>`,
};
