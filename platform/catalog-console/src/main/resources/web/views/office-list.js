// An office's list as an editable table: change an entry, add one, hide one, each with a reason; the write sends the
// list's version (If-Match). A 409 shows what changed meanwhile and reloads on request; a 422 shows every error at its
// field. Below the table: the list as a spreadsheet (export) and its import, a dry run first with the row errors.
import { reactive, computed, nextTick } from '../lib/vue.js';
import { request, ApiProblem, normaliseError } from '../lib/api.js';
import { t, label, formatInstant } from '../lib/i18n.js';
import { useJurisdictionName } from '../lib/use.js';
import {
  LEVELS, CHANNELS, listPath, changesPath, fileShape, roleOf, splitValues, differences, fieldText,
} from '../lib/overlay.js';

const LIMITS = ['limit', 'limitBefore', 'limitAfter'];

function emptyForm() {
  return {
    seq: '', name: '', code: '', units: '', channels: [], limit: '', limitBefore: '', limitAfter: '', remarks: '',
    levels: Object.fromEntries(LEVELS.map((l) => [l, ''])), reason: '',
  };
}

function formOf(entry) {
  const form = emptyForm();
  form.seq = entry.seq;
  form.name = entry.name ?? '';
  form.code = entry.code ?? '';
  form.units = (entry.units ?? []).join('、');
  form.channels = [...(entry.channels ?? [])];
  for (const field of LIMITS) {
    form[field] = entry[field]?.text ?? '';
  }
  form.remarks = entry.remarks ?? '';
  for (const duty of entry.levels ?? []) {
    form.levels[duty.level] = duty.duty ?? '';
  }
  return form;
}

/** The body of the PUT: the entry as served (in file shape) with the form's fields over it, and the reason. */
function bodyOf(base, form) {
  const entry = base ? fileShape(base) : {};
  const set = (field, value) => {
    if (value === '' || value === null || (Array.isArray(value) && !value.length)) {
      delete entry[field];
    } else {
      entry[field] = value;
    }
  };
  set('name', form.name.trim());
  if (form.code.trim() !== (base?.code ?? '')) {
    set('code', form.code.trim());
    delete entry.item;
  }
  set('units', splitValues(form.units));
  set('channels', CHANNELS.filter((c) => form.channels.includes(c)));
  for (const field of LIMITS) {
    set(field, form[field].trim());
  }
  set('remarks', form.remarks.trim());
  const levels = {};
  for (const level of LEVELS) {
    const duty = form.levels[level].trim();
    if (duty) {
      const former = entry.levels?.[level];
      const role = former?.duty === duty ? former.role : roleOf(duty, former?.role);
      levels[level] = role ? { duty, role } : { duty };
    }
  }
  set('levels', Object.keys(levels).length ? levels : null);
  entry.reason = form.reason.trim();
  return entry;
}

/** The field of the form a JSON Pointer of a 422 points at ("/units/1" → units, "/levels/town/duty" → level-town). */
function fieldOf(pointer) {
  const parts = String(pointer ?? '').split('/').filter(Boolean);
  if (parts[0] === 'levels' && LEVELS.includes(parts[1])) {
    return `level-${parts[1]}`;
  }
  return parts[0] ?? null;
}

export default {
  name: 'OfficeListView',
  props: { id: { type: String, required: true }, listId: { type: String, required: true } },
  setup(props) {
    const path = listPath(props.id, props.listId);
    const state = reactive({ loading: true, data: null, problem: null, etag: null, saved: null });
    const edit = reactive({ open: false, mode: null, base: null, form: emptyForm(), busy: false, problem: null,
      errors: [], missingReason: false, conflict: null });
    const hide = reactive({ seq: null, reason: '', busy: false, problem: null, missingReason: false });
    const sheet = reactive({ file: null, reason: '', busy: false, problem: null, errors: [], plan: null,
      missingReason: false, done: null });
    const jurisdiction = useJurisdictionName(() => props.id);

    async function load() {
      state.loading = true;
      state.problem = null;
      try {
        const answer = await request('GET', path);
        state.data = answer.data;
        state.etag = answer.etag;
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          console.error(e);
        }
        state.problem = e instanceof ApiProblem ? e : new ApiProblem({ kind: 'unexpected' });
      } finally {
        state.loading = false;
      }
    }
    load();

    const list = computed(() => state.data);
    const accelerated = computed(() => (list.value?.entries ?? []).some((e) => e.limitBefore || e.limitAfter));
    const nextSeq = computed(() => String(Math.max(0, ...(list.value?.entries ?? []).map((e) => Number.parseInt(e.seq, 10) || 0)) + 1));
    const fieldErrors = computed(() => {
      const byField = {};
      for (const e of edit.errors) {
        const field = fieldOf(e.parameter) ?? 'other';
        (byField[field] ??= []).push(e.reason);
      }
      return byField;
    });
    const otherErrors = computed(() => Object.entries(fieldErrors.value)
      .filter(([field]) => !['seq', 'name', 'code', 'units', 'channels', ...LIMITS, 'remarks', 'reason', ...LEVELS.map((l) => `level-${l}`)].includes(field))
      .flatMap(([field, reasons]) => reasons.map((r) => (field === 'other' ? r : `${field}：${r}`))));
    const errorOf = (field) => (fieldErrors.value[field] ?? []).join('；');
    const invalid = (field) => (errorOf(field) ? 'true' : null);
    const describedBy = (field) => (errorOf(field) ? `e-${field}-error` : null);

    async function focus(selector) {
      await nextTick();
      document.querySelector(selector)?.focus();
    }

    function startEdit(entry) {
      Object.assign(edit, { open: true, mode: 'change', base: entry, form: formOf(entry), problem: null, errors: [],
        missingReason: false, conflict: null });
      hide.seq = null;
      state.saved = null;
      focus('#entry-form-heading');
    }
    function startAdd() {
      const form = emptyForm();
      form.seq = nextSeq.value;
      Object.assign(edit, { open: true, mode: 'add', base: null, form, problem: null, errors: [], missingReason: false, conflict: null });
      hide.seq = null;
      state.saved = null;
      focus('#entry-form-heading');
    }
    function cancel() {
      edit.open = false;
    }

    /** A 409: the list as it is now, what changed in this entry since it was opened, and the change that did it. */
    async function explainConflict(seq, base) {
      const conflict = { seq, differences: [], change: null, gone: false };
      try {
        const now = await request('GET', path);
        const current = (now.data.entries ?? []).find((e) => e.seq === seq) ?? null;
        conflict.gone = base !== null && current === null;
        conflict.differences = differences(base ? fileShape(base) : null, current ? fileShape(current) : null);
        const history = await request('GET', changesPath(props.id), { query: { limit: 50 } });
        conflict.change = (history.data ?? []).find((c) => c.list === props.listId && String(c.target) === String(seq)) ?? null;
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          throw e;
        }
      }
      return conflict;
    }

    async function save() {
      edit.missingReason = !edit.form.reason.trim();
      if (edit.missingReason) {
        focus('#e-reason');
        return;
      }
      const seq = edit.mode === 'add' ? edit.form.seq.trim() : edit.base.seq;
      if (!seq) {
        edit.errors = [{ parameter: '/seq', reason: t('office.list.seqMissing') }];
        return;
      }
      edit.busy = true;
      edit.problem = null;
      edit.errors = [];
      edit.conflict = null;
      try {
        const answer = await request('PUT', `${path}/entries/${encodeURIComponent(seq)}`, {
          body: JSON.stringify(bodyOf(edit.base, edit.form)), contentType: 'application/json', ifMatch: state.etag,
        });
        edit.open = false;
        state.saved = { seq, changes: (answer.data?.changes ?? []).map((c) => c.id), action: edit.mode };
        await load();
        focus('#saved-message');
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          throw e;
        }
        edit.problem = e;
        edit.errors = e.kind === 'unprocessable' ? e.errors.map(normaliseError) : [];
        if (e.kind === 'conflict') {
          edit.conflict = await explainConflict(seq, edit.base);
        }
        focus('#entry-form .problem');
      } finally {
        edit.busy = false;
      }
    }

    /** After a conflict: the list as it is now, and the entry's form with its current values. */
    async function reloadAfterConflict() {
      const seq = edit.conflict?.seq;
      await load();
      const current = (state.data?.entries ?? []).find((e) => e.seq === seq);
      if (current) {
        startEdit(current);
      } else {
        edit.open = false;
      }
    }

    function startHide(entry) {
      Object.assign(hide, { seq: entry.seq, reason: '', busy: false, problem: null, missingReason: false });
      edit.open = false;
      state.saved = null;
      focus('#hide-reason');
    }
    async function confirmHide() {
      hide.missingReason = !hide.reason.trim();
      if (hide.missingReason) {
        focus('#hide-reason');
        return;
      }
      hide.busy = true;
      hide.problem = null;
      try {
        const answer = await request('DELETE', `${path}/entries/${encodeURIComponent(hide.seq)}`, {
          query: { reason: hide.reason.trim() }, ifMatch: state.etag,
        });
        state.saved = { seq: hide.seq, changes: (answer.data?.changes ?? []).map((c) => c.id), action: 'hide' };
        hide.seq = null;
        await load();
        focus('#saved-message');
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          throw e;
        }
        hide.problem = e;
      } finally {
        hide.busy = false;
      }
    }

    function chooseFile(event) {
      Object.assign(sheet, { file: event.target.files?.[0] ?? null, problem: null, errors: [], plan: null, done: null });
    }
    async function upload(dryRun) {
      if (!sheet.file) {
        return;
      }
      sheet.missingReason = !dryRun && !sheet.reason.trim();
      if (sheet.missingReason) {
        focus('#sheet-reason');
        return;
      }
      sheet.busy = true;
      sheet.problem = null;
      sheet.errors = [];
      try {
        const answer = await request('POST', `${path}/import`, {
          query: { dryRun: String(dryRun), reason: dryRun ? null : sheet.reason.trim() }, body: sheet.file,
          contentType: sheet.file.type || 'application/octet-stream', ifMatch: state.etag, timeoutMs: 60000,
        });
        if (dryRun) {
          sheet.plan = answer.data;
        } else {
          sheet.plan = null;
          sheet.done = answer.data;
          await load();
        }
      } catch (e) {
        if (!(e instanceof ApiProblem)) {
          throw e;
        }
        sheet.plan = null;
        sheet.problem = e;
        sheet.errors = e.kind === 'unprocessable' ? e.errors.map(normaliseError).sort((a, b) => (a.row ?? 0) - (b.row ?? 0)) : [];
      } finally {
        sheet.busy = false;
      }
    }
    const exportHref = (format) => `${path}?format=${format}`;
    const planRows = computed(() => (sheet.plan?.rows ?? []).filter((r) => r.action !== 'unchanged'));

    return {
      t, label, formatInstant, state, edit, hide, sheet, list, jurisdiction, accelerated, LEVELS, CHANNELS, LIMITS, errorOf, invalid,
      describedBy, otherErrors, startEdit, startAdd, cancel, save, reloadAfterConflict, startHide, confirmHide,
      chooseFile, upload, exportHref, planRows, shown: fieldText, load,
    };
  },
  template: `
    <section>
      <nav class="breadcrumb" :aria-label="t('common.breadcrumb')">
        <ol>
          <li><router-link to="/office" exact>{{ t('nav.office') }}</router-link></li>
          <li><router-link to="/office/:id/changes" :params="{ id }">{{ t('office.changes.of', { name: jurisdiction.name() }) }}</router-link></li>
        </ol>
      </nav>
      <h1 tabindex="-1">{{ list ? list.title : t('office.list.title') }}</h1>
      <p class="lead">{{ t('office.list.lead', { name: jurisdiction.name() }) }}</p>
      <div class="async" :aria-busy="state.loading ? 'true' : 'false'">
        <p v-if="state.loading && !list" class="loading" role="status">{{ t('common.loading') }}</p>
        <problem-box v-else-if="state.problem" :problem="state.problem" :retry="load" />
        <template v-if="list">
          <p v-if="state.saved" id="saved-message" class="success" role="status" tabindex="-1">
            {{ t('office.list.saved.' + state.saved.action, { seq: state.saved.seq }) }}
            <span v-if="state.saved.changes.length">{{ t('office.list.savedChanges', { ids: state.saved.changes.join('、') }) }}</span>
            <router-link to="/office/:id/changes" :params="{ id }">{{ t('office.list.seeHistory') }}</router-link>
          </p>
          <p><button type="button" class="secondary" id="add-entry" @click="startAdd">{{ t('office.list.add') }}</button></p>

          <form v-if="edit.open" id="entry-form" class="entry-form" novalidate @submit.prevent="save" aria-labelledby="entry-form-heading">
            <h2 id="entry-form-heading" tabindex="-1">{{ edit.mode === 'add' ? t('office.list.addTitle') : t('office.list.changeTitle', { seq: edit.base.seq, name: edit.base.name }) }}</h2>
            <problem-box v-if="edit.problem" :problem="edit.problem" />
            <div v-if="edit.conflict" class="conflict" role="region" :aria-label="t('office.conflict.title')">
              <h3>{{ t('office.conflict.title') }}</h3>
              <p v-if="edit.conflict.change">{{ t('office.conflict.by', { by: edit.conflict.change.by, at: formatInstant(edit.conflict.change.at), reason: edit.conflict.change.reason || '' }) }}</p>
              <p v-if="edit.conflict.gone">{{ t('office.conflict.gone') }}</p>
              <table-wrap v-if="edit.conflict.differences.length" :label="t('office.conflict.what')" table-class="diff">
                <thead><tr><th scope="col">{{ t('office.changes.field') }}</th><th scope="col">{{ t('office.conflict.yours') }}</th><th scope="col">{{ t('office.conflict.now') }}</th></tr></thead>
                <tbody><tr v-for="d in edit.conflict.differences" :key="d.field">
                  <th scope="row">{{ label('field', d.field) }}</th><td class="before">{{ shown(d.field, d.before) }}</td><td class="after">{{ shown(d.field, d.after) }}</td>
                </tr></tbody>
              </table-wrap>
              <p v-else-if="!edit.conflict.gone">{{ t('office.conflict.otherEntry') }}</p>
              <p><button type="button" id="conflict-reload" @click="reloadAfterConflict">{{ t('office.conflict.reload') }}</button></p>
            </div>
            <ul v-if="otherErrors.length" class="field-error">
              <li v-for="(e, i) in otherErrors" :key="i">{{ e }}</li>
            </ul>
            <div class="form-grid">
              <div v-if="edit.mode === 'add'" class="field">
                <label for="e-seq">{{ t('list.seq') }}</label>
                <input id="e-seq" v-model="edit.form.seq" inputmode="numeric" :aria-invalid="invalid('seq')" :aria-describedby="describedBy('seq')">
                <p v-if="errorOf('seq')" id="e-seq-error" class="field-error">{{ errorOf('seq') }}</p>
              </div>
              <div class="field">
                <label for="e-name">{{ t('office.list.name') }}</label>
                <input id="e-name" v-model="edit.form.name" :aria-invalid="invalid('name')" :aria-describedby="describedBy('name')">
                <p v-if="errorOf('name')" id="e-name-error" class="field-error">{{ errorOf('name') }}</p>
              </div>
              <div class="field">
                <label for="e-code">{{ t('item.code') }}</label>
                <input id="e-code" v-model="edit.form.code" :aria-invalid="invalid('code')" :aria-describedby="describedBy('code') || 'e-code-hint'">
                <p id="e-code-hint" class="hint small">{{ t('office.list.codeHint') }}</p>
                <p v-if="errorOf('code')" id="e-code-error" class="field-error">{{ errorOf('code') }}</p>
              </div>
              <div class="field">
                <label for="e-units">{{ t('item.units') }}</label>
                <input id="e-units" v-model="edit.form.units" :aria-invalid="invalid('units')" :aria-describedby="describedBy('units') || 'e-units-hint'">
                <p id="e-units-hint" class="hint small">{{ t('office.list.unitsHint') }}</p>
                <p v-if="errorOf('units')" id="e-units-error" class="field-error">{{ errorOf('units') }}</p>
              </div>
              <fieldset class="field" :aria-invalid="invalid('channels')" :aria-describedby="describedBy('channels')">
                <legend>{{ t('item.channels') }}</legend>
                <label v-for="c in CHANNELS" :key="c" class="check" :for="'e-ch-' + c">
                  <input type="checkbox" :id="'e-ch-' + c" :value="c" v-model="edit.form.channels"> {{ label('channel', c) }}
                </label>
                <p v-if="errorOf('channels')" id="e-channels-error" class="field-error">{{ errorOf('channels') }}</p>
              </fieldset>
              <template v-for="f in LIMITS" :key="f">
                <div v-if="f === 'limit' ? !accelerated || edit.form.limit : accelerated" class="field">
                  <label :for="'e-' + f">{{ t('office.list.' + f) }}</label>
                  <input :id="'e-' + f" v-model="edit.form[f]" :aria-invalid="invalid(f)" :aria-describedby="describedBy(f) || 'e-limit-hint'">
                  <p v-if="errorOf(f)" :id="'e-' + f + '-error'" class="field-error">{{ errorOf(f) }}</p>
                </div>
              </template>
              <p id="e-limit-hint" class="hint small">{{ t('office.list.limitHint') }}</p>
              <div v-for="l in LEVELS" :key="l" class="field">
                <label :for="'e-level-' + l">{{ t('office.list.duty', { level: label('level', l) }) }}</label>
                <textarea :id="'e-level-' + l" v-model="edit.form.levels[l]" rows="2" :aria-invalid="invalid('level-' + l)" :aria-describedby="describedBy('level-' + l)"></textarea>
                <p v-if="errorOf('level-' + l)" :id="'e-level-' + l + '-error'" class="field-error">{{ errorOf('level-' + l) }}</p>
              </div>
              <div class="field">
                <label for="e-remarks">{{ t('office.list.remarks') }}</label>
                <input id="e-remarks" v-model="edit.form.remarks" :aria-invalid="invalid('remarks')" :aria-describedby="describedBy('remarks')">
                <p v-if="errorOf('remarks')" id="e-remarks-error" class="field-error">{{ errorOf('remarks') }}</p>
              </div>
              <div class="field reason">
                <label for="e-reason">{{ t('office.reason') }}</label>
                <input id="e-reason" v-model="edit.form.reason" required :aria-invalid="edit.missingReason || errorOf('reason') ? 'true' : null"
                       :aria-describedby="edit.missingReason || errorOf('reason') ? 'e-reason-error' : 'e-reason-hint'">
                <p id="e-reason-hint" class="hint small">{{ t('office.reasonHint') }}</p>
                <p v-if="edit.missingReason || errorOf('reason')" id="e-reason-error" class="field-error">{{ edit.missingReason ? t('office.reasonMissing') : errorOf('reason') }}</p>
              </div>
            </div>
            <p class="actions">
              <button type="submit" :disabled="edit.busy">{{ t('office.list.save') }}</button>
              <button type="button" class="secondary" @click="cancel">{{ t('office.cancel') }}</button>
            </p>
          </form>

          <form v-if="hide.seq" id="hide-form" class="entry-form" novalidate @submit.prevent="confirmHide" aria-labelledby="hide-heading">
            <h2 id="hide-heading">{{ t('office.list.hideTitle', { seq: hide.seq }) }}</h2>
            <problem-box v-if="hide.problem" :problem="hide.problem" />
            <div class="field reason">
              <label for="hide-reason">{{ t('office.reason') }}</label>
              <input id="hide-reason" v-model="hide.reason" required :aria-invalid="hide.missingReason ? 'true' : null"
                     :aria-describedby="hide.missingReason ? 'hide-reason-error' : null">
              <p v-if="hide.missingReason" id="hide-reason-error" class="field-error">{{ t('office.reasonMissing') }}</p>
            </div>
            <p class="actions">
              <button type="submit" :disabled="hide.busy">{{ t('office.list.hideConfirm') }}</button>
              <button type="button" class="secondary" @click="hide.seq = null">{{ t('office.cancel') }}</button>
            </p>
          </form>

          <table-wrap :label="list.title" table-class="entries editable">
            <thead><tr>
              <th scope="col">{{ t('list.seq') }}</th><th scope="col">{{ t('list.item') }}</th>
              <th scope="col">{{ t('item.units') }}</th><th scope="col">{{ t('item.channels') }}</th>
              <th scope="col">{{ t('item.limits') }}</th><th scope="col">{{ t('list.duties') }}</th>
              <th scope="col">{{ t('office.list.actions') }}</th>
            </tr></thead>
            <tbody>
              <tr v-for="e in list.entries" :key="e.seq" :id="'entry-' + e.seq" :class="{ changed: e.provenance && e.provenance.overlay }">
                <td class="num">{{ e.seq }}</td>
                <td>{{ e.name }} <span v-if="e.code" class="code muted">{{ e.code }}</span>
                  <div v-if="e.provenance && e.provenance.overlay" class="small muted overlay-mark">
                    {{ t('office.list.changedBy', { id: e.provenance.overlay, by: e.provenance.by, reason: e.provenance.reason }) }}</div>
                </td>
                <td>{{ (e.units || []).join('、') }}</td>
                <td><chips :items="e.channels || []" vocab="channel" /></td>
                <td>
                  <limit-text v-if="e.limit || (!e.limitBefore && !e.limitAfter)" :limit="e.limit" />
                  <span v-if="e.limitBefore || e.limitAfter">{{ t('list.before') }} {{ e.limitBefore?.text || '—' }} → {{ t('list.after') }} {{ e.limitAfter?.text || '—' }}</span>
                </td>
                <td>
                  <ul v-if="e.levels && e.levels.length" class="plain">
                    <li v-for="d in e.levels" :key="d.level"><strong>{{ label('level', d.level) }}</strong>：{{ d.duty }}</li>
                  </ul>
                  <span v-else-if="e.remarks">{{ e.remarks }}</span>
                </td>
                <td class="actions">
                  <button type="button" class="secondary edit" :aria-label="t('office.list.changeLabel', { seq: e.seq })" @click="startEdit(e)">{{ t('office.list.change') }}</button>
                  <button type="button" class="secondary hide" :aria-label="t('office.list.hideLabel', { seq: e.seq })" @click="startHide(e)">{{ t('office.list.hide') }}</button>
                </td>
              </tr>
            </tbody>
          </table-wrap>

          <section class="sheet" aria-labelledby="sheet-heading">
            <h2 id="sheet-heading">{{ t('office.sheet.title') }}</h2>
            <p>{{ t('office.sheet.exportLead') }}
              <a id="export-xlsx" :href="exportHref('xlsx')" download>{{ t('office.sheet.xlsx') }}</a> ·
              <a id="export-csv" :href="exportHref('csv')" download>{{ t('office.sheet.csv') }}</a></p>
            <p class="hint">{{ t('office.sheet.importLead') }}</p>
            <div class="field">
              <label for="sheet-file">{{ t('office.sheet.file') }}</label>
              <input id="sheet-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" @change="chooseFile">
            </div>
            <p class="actions"><button type="button" id="sheet-check" class="secondary" :disabled="!sheet.file || sheet.busy" @click="upload(true)">{{ t('office.sheet.check') }}</button></p>
            <div class="sheet-result" aria-live="polite">
              <p v-if="sheet.busy" class="loading" role="status">{{ t('office.sheet.busy') }}</p>
              <problem-box v-if="sheet.problem" :problem="sheet.problem" />
              <div v-if="sheet.errors.length" class="table-wrap" role="region" :aria-label="t('office.sheet.errors')" tabindex="0">
                <table class="errors sheet-errors">
                  <caption>{{ t('office.sheet.errorsCaption', { count: sheet.errors.length }) }}</caption>
                  <thead><tr><th scope="col">{{ t('office.sheet.row') }}</th><th scope="col">{{ t('office.sheet.column') }}</th><th scope="col">{{ t('errors.reason') }}</th></tr></thead>
                  <tbody><tr v-for="(e, i) in sheet.errors" :key="i">
                    <td class="num row">{{ e.row ?? t('errors.wholeFile') }}</td><td class="column">{{ e.column || '—' }}</td><td class="reason" lang="en">{{ e.reason }}</td>
                  </tr></tbody>
                </table>
              </div>
              <template v-if="sheet.plan">
                <p class="success" role="status">{{ t('office.sheet.plan', sheet.plan) }}</p>
                <table-wrap v-if="planRows.length" :label="t('office.sheet.planCaption')" table-class="plan">
                  <thead><tr><th scope="col">{{ t('office.sheet.row') }}</th><th scope="col">{{ t('list.seq') }}</th><th scope="col">{{ t('list.item') }}</th>
                    <th scope="col">{{ t('office.sheet.action') }}</th><th scope="col">{{ t('office.sheet.columns') }}</th></tr></thead>
                  <tbody><tr v-for="r in planRows" :key="r.seq">
                    <td class="num">{{ r.row ?? '—' }}</td><td class="num">{{ r.seq }}</td><td>{{ r.name }}</td>
                    <td>{{ t('office.sheet.actions.' + r.action) }}</td><td>{{ (r.columns || []).join('、') }}</td>
                  </tr></tbody>
                </table-wrap>
                <div class="field reason">
                  <label for="sheet-reason">{{ t('office.reason') }}</label>
                  <input id="sheet-reason" v-model="sheet.reason" required :aria-invalid="sheet.missingReason ? 'true' : null"
                         :aria-describedby="sheet.missingReason ? 'sheet-reason-error' : null">
                  <p v-if="sheet.missingReason" id="sheet-reason-error" class="field-error">{{ t('office.reasonMissing') }}</p>
                </div>
                <p class="actions"><button type="button" id="sheet-import" :disabled="sheet.busy || !planRows.length" @click="upload(false)">{{ t('office.sheet.import') }}</button></p>
              </template>
              <p v-if="sheet.done" class="success done" role="status">{{ t('office.sheet.done', { count: (sheet.done.changes || []).length }) }}
                <router-link to="/office/:id/changes" :params="{ id }">{{ t('office.list.seeHistory') }}</router-link></p>
            </div>
          </section>
        </template>
      </div>
    </section>`,
};
