// Where an item is offered: the list rows and one-thing items of the API's `offerings`.
import { t } from '../lib/i18n.js';

/** Where an offering can be read: the list or the one-thing page of the jurisdiction that serves it. */
export function offeringLink(offering) {
  return offering.kind === 'bundle'
    ? { to: '/jurisdictions/:id/one-things/:bundleId', params: { id: offering.jurisdiction, bundleId: offering.container } }
    : { to: '/jurisdictions/:id/lists/:listId', params: { id: offering.jurisdiction, listId: offering.container } };
}

/** Where an item is offered: each list row or one-thing item, linked, with what of it the documents do not state. */
export const OfferingList = {
  name: 'OfferingList',
  props: { offerings: { type: Array, required: true }, withUnits: Boolean },
  setup() {
    return { t, offeringLink };
  },
  template: `
    <ul class="plain">
      <li v-for="o in offerings" :key="o.kind + o.container + o.seq">
        <router-link v-bind="offeringLink(o)">{{ o.title }}</router-link>
        <span class="muted">{{ t('item.seq', { seq: o.seq }) }}</span>
        <span v-if="withUnits && o.units.length" class="muted">· {{ o.units.join('、') }}</span>
        <inferred-mark :inferred="o.inferred" />
      </li>
    </ul>`,
};
