/* global document, localStorage, location, window -- a browser script served as is (site/public/) */
// 大字 / 高对比度 remembered across pages (适老化). Progressive enhancement: the switches work by CSS
// alone (site/styles/site.css); this only restores the reader's last choice, shows the 打印本页 buttons
// (site/components/PrintButton.astro) and, for printing, writes the page's full address where the print
// view shows only its path (a site built without --url).
(function () {
  var keys = { 'opt-large': 'xf-large', 'opt-contrast': 'xf-contrast' };
  Object.keys(keys).forEach(function (id) {
    var box = document.getElementById(id);
    if (!box) return;
    try {
      box.checked = localStorage.getItem(keys[id]) === '1';
      box.addEventListener('change', function () { localStorage.setItem(keys[id], box.checked ? '1' : '0'); });
    } catch (e) { /* storage blocked: the switch still works on this page */ }
  });
  var urls = document.querySelectorAll('.print-url[data-path]');
  for (var i = 0; i < urls.length; i++) urls[i].textContent = location.origin + urls[i].getAttribute('data-path');
  var buttons = document.querySelectorAll('.print-button');
  for (var j = 0; j < buttons.length; j++) {
    buttons[j].hidden = false;
    buttons[j].addEventListener('click', function () { window.print(); });
  }
})();
