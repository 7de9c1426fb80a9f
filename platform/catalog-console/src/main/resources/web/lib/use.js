// Loading data for a screen: useLoad(loader, source) calls loader() now and again whenever source() changes, and
// keeps {loading, data, problem}; an answer that arrives after a newer request started is dropped.
import { reactive, watch } from './vue.js';
import { ApiProblem, get } from './api.js';

export function useLoad(loader, source = () => null) {
  const state = reactive({ loading: true, data: null, problem: null });
  let latest = 0;
  async function load() {
    const mine = ++latest;
    state.loading = true;
    state.problem = null;
    try {
      const data = await loader();
      if (mine === latest) {
        state.data = data;
      }
    } catch (e) {
      if (mine === latest) {
        state.data = null;
        if (e instanceof ApiProblem) {
          state.problem = e;
        } else {
          // a bug in the console itself: say so on the page, and in the browser log for the developers
          console.error(e);
          state.problem = new ApiProblem({ kind: 'unexpected' });
        }
      }
    } finally {
      if (mine === latest) {
        state.loading = false;
      }
    }
  }
  watch(source, load, { immediate: true, deep: true });
  return { state, reload: load };
}

/** The name of a jurisdiction, for breadcrumbs ("返回 黄山市 的清单"); its id until it is known or when it cannot be. */
export function useJurisdictionName(id) {
  const state = reactive({ name: null });
  watch(id, async (value) => {
    state.name = null;
    try {
      state.name = (await get(`/api/jurisdictions/${encodeURIComponent(value)}`)).name ?? null;
    } catch (e) {
      if (!(e instanceof ApiProblem)) {
        throw e;
      }
    }
  }, { immediate: true });
  return { name: () => state.name ?? id() };
}
