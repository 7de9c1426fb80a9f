// The one place that names the Vue build: the WebJar's ES module build with the template compiler, embedded in the
// bundle and served under /console/vendor/ (see ConsoleServlet). Every other module imports Vue from here.
export * from '../vendor/vue/3.5.13/dist/vue.esm-browser.prod.js';
