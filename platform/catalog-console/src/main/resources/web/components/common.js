// Small components every screen uses. Registered globally in app.js.
import { computed } from '../lib/vue.js';
import { t, label } from '../lib/i18n.js';
import { describeProblem } from '../lib/api.js';
import { href } from '../lib/router.js';

/** A problem in plain words (role=alert), with the server's own detail folded away and a retry button. */
export const ProblemBox = {
  name: 'ProblemBox',
  props: { problem: { type: Object, required: true }, retry: Function },
  setup(props) {
    const words = computed(() => describeProblem(props.problem));
    const signInHref = computed(() => href('/sign-in', {}, { next: window.location.hash.slice(1) }));
    return { words, t, signInHref };
  },
  template: `
    <div class="problem" role="alert">
      <p class="problem-title"><strong>{{ words.title }}</strong></p>
      <p>{{ words.text }}</p>
      <p v-if="problem.kind === 'unauthorized' || problem.kind === 'forbidden'">
        <a :href="signInHref">{{ problem.kind === 'unauthorized' ? t('auth.goSignIn') : t('auth.goSwitchUser') }}</a>
      </p>
      <details v-if="words.detail">
        <summary>{{ t('problem.details') }}</summary>
        <p class="problem-detail" lang="en">{{ words.detail }}<span v-if="words.status"> (HTTP {{ words.status }})</span></p>
      </details>
      <p v-if="retry"><button type="button" class="secondary" @click="retry">{{ t('common.retry') }}</button></p>
    </div>`,
};

/** Shows loading, a problem, or the slot with the data of a useLoad() state. */
export const AsyncBlock = {
  name: 'AsyncBlock',
  props: { state: { type: Object, required: true }, retry: Function },
  setup() {
    return { t };
  },
  template: `
    <div class="async" :aria-busy="state.loading ? 'true' : 'false'">
      <p v-if="state.loading" class="loading" role="status">{{ t('common.loading') }}</p>
      <problem-box v-else-if="state.problem" :problem="state.problem" :retry="retry" />
      <slot v-else-if="state.data !== null" :data="state.data" />
    </div>`,
};

/**
 * A table (its thead and tbody as the slot) that scrolls sideways on a narrow screen, in a region named by the label,
 * reachable by keyboard; the label is also the table's caption for screen readers.
 */
export const TableWrap = {
  name: 'TableWrap',
  props: { label: { type: String, required: true }, tableClass: String },
  template: `
    <div class="table-wrap" role="region" :aria-label="label" tabindex="0">
      <table :class="tableClass"><caption class="visually-hidden">{{ label }}</caption><slot /></table>
    </div>`,
};

/** Vocabulary values (levels, channels …) as small labels. */
export const Chips = {
  name: 'Chips',
  props: { items: { type: Array, default: () => [] }, vocab: String },
  setup(props) {
    return { text: (value) => (props.vocab ? label(props.vocab, value) : value), t };
  },
  template: `
    <span class="chips">
      <span v-for="item in items" :key="item" class="chip">{{ text(item) }}</span>
      <span v-if="!items.length" class="muted">{{ t('common.none') }}</span>
    </span>`,
};

/** A time limit: the text as written, and — for a rule, whose text does not say it — what kind of limit it is. */
export const LimitText = {
  name: 'LimitText',
  props: { limit: Object },
  setup(props) {
    const meaning = computed(() => props.limit?.meaning ?? props.limit ?? null);
    const kind = computed(() => (String(meaning.value?.kind ?? '').toLowerCase() === 'rule' ? label('limitKind', 'rule') : ''));
    return { meaning, kind, t };
  },
  template: `
    <span v-if="limit" class="limit">{{ limit.text }}<span v-if="kind" class="muted"> · {{ kind }}</span></span>
    <span v-else class="muted">{{ t('common.notStated') }}</span>`,
};

/**
 * A value the document does not state (the API's `inferred`): marked "推定" beside it, the reason folded away.
 * `inferred` is the element's map (field → reason) or an offering's list of fields; `field` names one of them, or
 * none to mark every inferred field of the element.
 */
export const InferredMark = {
  name: 'InferredMark',
  props: { inferred: [Object, Array], field: String },
  setup(props) {
    const entries = computed(() => {
      const all = Array.isArray(props.inferred)
        ? props.inferred.map((f) => [f, null])
        : Object.entries(props.inferred ?? {});
      return props.field ? all.filter(([f]) => f === props.field) : all;
    });
    const fields = computed(() => entries.value.map(([f]) => label('field', f)).join('、'));
    const reasons = computed(() => entries.value.filter(([, r]) => r));
    return { t, label, entries, fields, reasons };
  },
  template: `
    <span v-if="entries.length" class="inferred">
      <details v-if="reasons.length">
        <summary>{{ field ? t('inferred.mark') : t('inferred.fields', { fields }) }}</summary>
        <span v-for="[f, reason] in reasons" :key="f" class="small">{{ field ? '' : label('field', f) + '：' }}{{ reason }}</span>
      </details>
      <span v-else class="badge">{{ field ? t('inferred.mark') : t('inferred.fields', { fields }) }}</span>
    </span>`,
};
