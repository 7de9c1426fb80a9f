// What the applicant's screens (apply, follow) and the unit's queue share: a file read for upload, the reasons an
// application was refused, and a task's state and due date in words.
import { t, label, formatDate, todayInChina } from '../lib/i18n.js';
import { request, ApiProblem } from '../lib/api.js';

/**
 * POSTs a JSON body to the applications API (an upload may take a while): {data} for a success, {errors} for the
 * application's reasons (a 422, or a 404 naming unknown items), {problem} for anything else.
 */
export async function postApplication(path, body, headers = {}) {
  try {
    const answer = await request('POST', path, {
      headers, body: JSON.stringify(body), contentType: 'application/json', accept: [422], timeoutMs: 60000,
    });
    return answer.status === 422 ? { errors: answer.data.errors ?? [] } : { data: answer.data };
  } catch (e) {
    if (!(e instanceof ApiProblem)) {
      console.error(e);
      return { problem: new ApiProblem({ kind: 'unexpected' }) };
    }
    return e.status === 404 && e.body?.errors?.length ? { errors: e.body.errors } : { problem: e };
  }
}

/** A chosen file as a data URL: the content a material takes (docs/applications.md, "Materials"). */
export function readDataUrl(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The application's errors ({detail, item, code, pointer}): every reason, in the service's own Chinese words. */
export const ApplicationErrors = {
  name: 'ApplicationErrors',
  props: { errors: { type: Array, required: true }, names: { type: Object, default: () => ({}) }, heading: String },
  setup(props) {
    const itemName = (item) => props.names[item] ?? item;
    return { t, itemName };
  },
  template: `
    <div class="problem" role="alert">
      <p class="problem-title"><strong>{{ heading || t('apply.refused') }}</strong></p>
      <ul class="reasons">
        <li v-for="(e, i) in errors" :key="i"><span v-if="e.item" class="muted">{{ itemName(e.item) }}：</span>{{ e.detail }}</li>
      </ul>
    </div>`,
};

/**
 * Where a task stands against its committed due date today in China: 'overdue', 'today' or null; said in words
 * beside the colour (never colour alone).
 */
export function dueMark(task, today = todayInChina()) {
  const due = task?.due?.committed;
  if (!due || ['delivered', 'refused'].includes(task.state)) {
    return null;
  }
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return null;
}

/** A task's state ('submitted' …) in words. */
export const taskState = (state) => label('taskState', state);

/** A due date with its mark, for tables and lists. */
export const DueCell = {
  name: 'DueCell',
  props: { task: { type: Object, required: true } },
  setup() {
    return { t, formatDate, dueMark };
  },
  template: `
    <span>
      <time v-if="task.due && task.due.committed" :datetime="task.due.committed">{{ formatDate(task.due.committed) }}</time>
      <span v-else class="muted">{{ t('common.notStated') }}</span>
      <span v-if="dueMark(task) === 'overdue'" class="badge bad due-mark">{{ t('unit.overdue') }}</span>
      <span v-else-if="dueMark(task) === 'today'" class="badge warn due-mark">{{ t('unit.dueToday') }}</span>
    </span>`,
};
