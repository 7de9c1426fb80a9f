// ECharts, loaded only by the screens that draw a chart (the WebJar's ES module build, about 1 MB).
export function loadECharts() {
  return import('../vendor/echarts/5.3.1/dist/echarts.esm.min.js');
}
