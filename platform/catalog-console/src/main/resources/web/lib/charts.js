// ECharts, loaded only by the screens that draw a chart (the WebJar's ES module build, about 1 MB).
export function loadECharts() {
  return import('../vendor/echarts/5.3.1/dist/echarts.esm.min.js');
}

/**
 * A chart drawn as SVG in an element. ECharts 5.3 gives the background rectangle of every SVG chart the id "0", so
 * two charts on one page share an id (WCAG 4.1.1); the id, which nothing refers to, is taken away after each drawing.
 */
export function svgChart(echarts, element) {
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.on('finished', () => element.querySelectorAll('svg > rect[id="0"]').forEach((r) => r.removeAttribute('id')));
  return chart;
}
