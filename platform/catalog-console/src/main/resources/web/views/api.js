// The API page: every operation of the platform's HTTP API, grouped by area, read from the OpenAPI 3 description the
// platform writes of what it serves now (GET /api/openapi.json): method, path, summary, who may call it, parameters,
// and the success's status with the schema of its JSON (the members of a record, for developers).
// Summaries and descriptions are in the console's language: the document writes them in English (summary,
// description) and in Chinese (the extensions x-summary-zh, x-description-zh).
import { computed, reactive } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, has, i18n } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';

export const DESCRIPTION = '/api/openapi.json';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
// the areas from the public's to the operators'; an area not named here comes last
const AREAS = ['catalog', 'calendar', 'applications', 'offices', 'sheets', 'tasks', 'cpsv', 'operations', 'cluster'];
const rank = (tag) => (AREAS.includes(tag) ? AREAS.indexOf(tag) : AREAS.length);

/** A text of the document in both languages: { en, zh }, the Chinese one falling back to the English. */
const texts = (en, zh) => ({ en: en ?? '', zh: zh || en || '' });
const NONE = texts('');

const refName = (ref) => ref.substring(ref.lastIndexOf('/') + 1);

/** A schema in one short line: a component's name, Name[] for an array, {…: Name} for a map, else its type. */
export function schemaName(schema) {
  if (!schema || !Object.keys(schema).length) {
    return 'any';
  }
  if (schema.$ref) {
    return refName(schema.$ref);
  }
  if (schema.type === 'array') {
    return `${schemaName(schema.items)}[]`;
  }
  if (schema.type === 'object' && typeof schema.additionalProperties === 'object') {
    return `{…: ${schemaName(schema.additionalProperties)}}`;
  }
  if (schema.enum) {
    return schema.enum.join(' | ');
  }
  return schema.format ? `${schema.type} (${schema.format})` : (schema.type ?? 'any');
}

/**
 * The success of an operation: its status, the media types, the name of its JSON's schema and, for a component (or an
 * array of one), the component's members with their types.
 */
export function answerOf(operation, document) {
  const [status, response] = Object.entries(operation.responses ?? {}).find(([code]) => code.startsWith('2')) ?? [];
  if (!status) {
    return null;
  }
  const content = response.content ?? {};
  const schema = Object.entries(content).find(([type, media]) => type.includes('json') && media.schema)?.[1].schema;
  let inner = schema;
  while (inner?.type === 'array') {
    inner = inner.items;
  }
  const component = inner?.$ref ? document?.components?.schemas?.[refName(inner.$ref)] : null;
  return {
    status,
    media: Object.keys(content).map((type) => type.split(';')[0]),
    type: schema ? schemaName(schema) : '',
    members: Object.entries(component?.properties ?? {}).map(([name, member]) => ({ name, type: schemaName(member) })),
  };
}

/** The operations of an OpenAPI document, grouped by their first tag, in the document's order of tags. */
export function operationsByTag(document) {
  const groups = new Map((document?.tags ?? []).map((tag) => [tag.name,
    { tag: tag.name, description: texts(tag.description, tag['x-description-zh']), operations: [] }]));
  for (const [path, item] of Object.entries(document?.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) {
        continue;
      }
      const tag = operation.tags?.[0] ?? '';
      if (!groups.has(tag)) {
        groups.set(tag, { tag, description: NONE, operations: [] });
      }
      groups.get(tag).operations.push({
        id: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        summary: texts(operation.summary, operation['x-summary-zh']),
        access: operation['x-access'] ?? '',
        roles: operation['x-roles'] ?? [],
        parameters: (operation.parameters ?? []).map((p) => ({
          name: p.name, in: p.in, required: !!p.required, description: texts(p.description, p['x-description-zh']),
        })),
        // a JSON body's schema by name where the document gives one, else the media type
        body: Object.entries(operation.requestBody?.content ?? {}).map(([type, media]) => (type.includes('json')
          && (media.schema?.$ref || media.schema?.type === 'array') ? `${type.split(';')[0]}: ${schemaName(media.schema)}`
          : type)),
        answer: answerOf(operation, document),
      });
    }
  }
  return [...groups.values()].filter((g) => g.operations.length).sort((a, b) => rank(a.tag) - rank(b.tag));
}

export default {
  name: 'ApiView',
  setup() {
    const { state, reload } = useLoad(() => get(DESCRIPTION));
    const filter = reactive({ text: '' });
    // the text in the console's language
    const local = (both) => (i18n.locale === 'en' ? both.en : both.zh);
    const groups = computed(() => {
      const text = filter.text.trim().toLowerCase();
      return operationsByTag(state.data)
        .map((g) => ({ ...g, operations: g.operations.filter((o) => !text
          || `${o.id} ${o.summary.en} ${o.summary.zh}`.toLowerCase().includes(text)) }))
        .filter((g) => g.operations.length);
    });
    const tagName = (tag) => (has(`api.tags.${tag}`) ? t(`api.tags.${tag}`) : tag);
    const accessText = (o) => t(`api.access.${o.access || 'unknown'}`);
    return { t, state, reload, filter, groups, local, tagName, accessText, DESCRIPTION };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('api.title') }}</h1>
      <p class="lead">{{ t('api.lead') }}</p>
      <p><a id="api-raw" :href="DESCRIPTION" type="application/json">{{ t('api.raw') }}</a> <span class="muted">{{ t('api.rules') }}</span></p>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <form class="filters" role="search" @submit.prevent>
            <div class="field">
              <label for="api-filter">{{ t('api.filter') }}</label>
              <input id="api-filter" type="search" v-model="filter.text" :placeholder="t('api.filterHint')">
            </div>
          </form>
          <p class="count" role="status">{{ t('api.count', { count: groups.reduce((n, g) => n + g.operations.length, 0), version: data.info?.version ?? '' }) }}</p>
          <section v-for="g in groups" :key="g.tag" :id="'api-' + g.tag" class="api-tag">
            <h2>{{ tagName(g.tag) }} <span class="muted code">{{ g.tag }}</span></h2>
            <p v-if="local(g.description)" class="muted api-tag-description">{{ local(g.description) }}</p>
            <table-wrap :label="tagName(g.tag)" table-class="api-operations">
              <thead><tr>
                <th scope="col">{{ t('api.operation') }}</th><th scope="col">{{ t('api.summary') }}</th>
                <th scope="col">{{ t('api.roles') }}</th><th scope="col">{{ t('api.parameters') }}</th>
                <th scope="col">{{ t('api.answer') }}</th>
              </tr></thead>
              <tbody>
                <tr v-for="o in g.operations" :key="o.id" class="api-operation">
                  <td><span :class="['badge', 'method', o.method.toLowerCase()]">{{ o.method }}</span> <span class="code path">{{ o.path }}</span></td>
                  <td>{{ local(o.summary) }}</td>
                  <td>{{ accessText(o) }}<template v-if="o.roles.length"><br><span class="code">{{ o.roles.join(' / ') }}</span></template></td>
                  <td>
                    <ul v-if="o.parameters.length || o.body.length" class="plain">
                      <li v-for="p in o.parameters" :key="p.in + p.name" :title="local(p.description)">
                        <span class="code">{{ p.name }}</span> <span class="muted">{{ t('api.in.' + p.in) }}{{ p.required ? t('api.required') : '' }}</span>
                        <template v-if="local(p.description)"> — {{ local(p.description) }}</template>
                      </li>
                      <li v-if="o.body.length"><span class="muted">{{ t('api.body') }}</span> <span class="code">{{ o.body.join(', ') }}</span></li>
                    </ul>
                    <span v-else class="muted">{{ t('common.none') }}</span>
                  </td>
                  <td class="api-answer">
                    <template v-if="o.answer">
                      <span class="code">{{ o.answer.status }}</span> <span class="code">{{ o.answer.type || o.answer.media.join(', ') }}</span>
                      <details v-if="o.answer.members.length">
                        <summary>{{ t('api.members', { count: o.answer.members.length }) }}</summary>
                        <ul class="plain">
                          <li v-for="m in o.answer.members" :key="m.name"><span class="code">{{ m.name }}</span> <span class="muted code">{{ m.type }}</span></li>
                        </ul>
                      </details>
                    </template>
                  </td>
                </tr>
              </tbody>
            </table-wrap>
          </section>
        </template>
      </async-block>
    </section>`,
};
