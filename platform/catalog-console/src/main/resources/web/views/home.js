// Public home: find where an item is offered, and the jurisdictions as a tree (province → city → district).
import { ref, computed } from '../lib/vue.js';
import { get } from '../lib/api.js';
import { t, label } from '../lib/i18n.js';
import { useLoad } from '../lib/use.js';
import { navigate } from '../lib/router.js';

/** The jurisdictions as a forest: each node {status, children}, children ordered by id. */
export function jurisdictionTree(list) {
  const byId = new Map(list.map((j) => [j.id, { ...j, children: [] }]));
  const roots = [];
  for (const node of byId.values()) {
    const parent = node.parent ? byId.get(node.parent) : null;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (nodes) => {
    nodes.sort((a, b) => a.id.localeCompare(b.id));
    nodes.forEach((n) => sort(n.children));
    return nodes;
  };
  return sort(roots);
}

const TreeNode = {
  name: 'TreeNode',
  props: { node: { type: Object, required: true } },
  setup() {
    return { t, label };
  },
  template: `
    <li>
      <router-link v-if="node.status === 'active'" to="/jurisdictions/:id" :params="{ id: node.id }" exact>{{ node.name || node.id }}</router-link>
      <router-link v-else to="/admin/jurisdictions" :query="{ focus: node.id }">{{ node.name || node.id }}</router-link>
      <span class="muted"> {{ label('jurisdictionLevel', node.level) }} · {{ node.id }}</span>
      <span v-if="node.status !== 'active'" class="badge bad"> {{ label('status', node.status) }}</span>
      <ul v-if="node.children.length">
        <tree-node v-for="child in node.children" :key="child.id" :node="child" />
      </ul>
    </li>`,
};

export default {
  name: 'HomeView',
  components: { TreeNode },
  setup() {
    const text = ref('');
    const { state, reload } = useLoad(() => get('/api/jurisdictions'));
    const catalogue = useLoad(() => get('/api/catalogue'));
    const tree = computed(() => (state.data ? jurisdictionTree(state.data) : []));
    const names = computed(() => {
      const all = new Set();
      for (const item of catalogue.state.data ?? []) {
        all.add(item.name);
        (item.aliases ?? []).forEach((a) => all.add(a));
      }
      return [...all].sort();
    });
    function search() {
      const q = text.value.trim();
      if (q) {
        navigate('/items/:code', { code: q });
      }
    }
    return { t, text, state, reload, tree, names, search };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('home.title') }}</h1>
      <p class="lead">{{ t('home.lead') }}</p>
      <form class="search" role="search" @submit.prevent="search">
        <label for="item-search">{{ t('home.searchLabel') }}</label>
        <p id="item-search-hint" class="hint">{{ t('home.searchHint') }}</p>
        <div class="row">
          <input id="item-search" v-model="text" type="search" list="item-names" autocomplete="off"
                 aria-describedby="item-search-hint" required maxlength="100">
          <button type="submit">{{ t('home.searchButton') }}</button>
        </div>
        <datalist id="item-names">
          <option v-for="name in names" :key="name" :value="name" />
        </datalist>
      </form>
      <h2>{{ t('home.treeTitle') }}</h2>
      <async-block :state="state" :retry="reload">
        <template #default="{ data }">
          <p v-if="!data.length">{{ t('home.none') }}</p>
          <nav v-else :aria-label="t('home.treeTitle')">
            <ul class="tree">
              <tree-node v-for="node in tree" :key="node.id" :node="node" />
            </ul>
          </nav>
        </template>
      </async-block>
    </section>`,
};
