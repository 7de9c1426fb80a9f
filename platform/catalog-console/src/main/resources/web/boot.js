// Runs before the console's modules: if they cannot load or start (an old browser, a file missing, a script error),
// the page says so in plain words instead of staying blank. app.js sets data-console="ready" once mounted.
(function () {
  var shown = false;
  function fail() {
    if (shown || document.documentElement.getAttribute('data-console') === 'ready') {
      return;
    }
    shown = true;
    var status = document.getElementById('boot-status');
    if (status) {
      status.className = 'problem';
      status.setAttribute('role', 'alert');
      status.textContent = '控制台未能加载。请刷新页面；如果仍然不行，请换用较新的浏览器（Chrome、Edge、Firefox 或 Safari 的近期版本），或联系管理员。'
        + '（The console could not load: reload the page or use a recent browser.）';
    }
  }
  window.addEventListener('error', function (event) {
    var target = event.target;
    if (target && target.tagName === 'SCRIPT') {
      fail();
    }
  }, true);
  window.addEventListener('load', function () {
    setTimeout(fail, 15000);
  });
}());
