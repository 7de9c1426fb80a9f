// An address of the console that leads nowhere.
import { t } from '../lib/i18n.js';

export default {
  name: 'NotFoundView',
  setup() {
    return { t };
  },
  template: `
    <section>
      <h1 tabindex="-1">{{ t('notFound.title') }}</h1>
      <p>{{ t('notFound.text') }}</p>
      <p><router-link to="/" exact>{{ t('notFound.home') }}</router-link></p>
    </section>`,
};
