// hechos HTML view: a click on a fact row highlights its evidence, trigger and arguments.
// Offsets in data-b / data-end are UTF-16 code units of the original text, as in JavaScript strings.
(function () {
  'use strict';
  function inside(el, b, e) {
    return +el.dataset.b >= b && +el.dataset.end <= e;
  }
  function mark(doc, entity, cls, b, e) {
    if (!entity) return;
    var all = Array.prototype.slice.call(doc.querySelectorAll('[data-entity="' + entity + '"]'));
    var near = all.filter(function (el) { return inside(el, b, e); });
    (near.length ? near : all).forEach(function (el) { el.classList.add(cls); });
  }
  function select(row) {
    var doc = row.closest('section.doc');
    doc.querySelectorAll('.hl, .arg-agent, .arg-target, .trg-on, tr.on').forEach(function (el) {
      el.classList.remove('hl', 'arg-agent', 'arg-target', 'trg-on', 'on');
    });
    row.classList.add('on');
    var b = +row.dataset.evb, e = +row.dataset.eve;
    var first = null;
    doc.querySelectorAll('.ev').forEach(function (el) {
      if (+el.dataset.b === b && +el.dataset.end === e) {
        el.classList.add('hl');
        first = first || el;
      }
    });
    doc.querySelectorAll('.trg').forEach(function (el) {
      if (el.dataset.b === row.dataset.trb && el.dataset.end === row.dataset.tre) el.classList.add('trg-on');
    });
    mark(doc, row.dataset.agent, 'arg-agent', b, e);
    mark(doc, row.dataset.target, 'arg-target', b, e);
    if (first && first.scrollIntoView) first.scrollIntoView({ block: 'center' });
  }
  document.querySelectorAll('tr.fact').forEach(function (row) {
    row.addEventListener('click', function () { select(row); });
  });
})();
