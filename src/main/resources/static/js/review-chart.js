// The monthly review: the investment mix trend as stacked bars with the aligned share as a line, and the
// print button. Data comes from data-* attributes, since the Content-Security-Policy forbids inline scripts.
(function () {
  var KINDS = [
    ['feature', '#0d6efd'], ['story', '#6ea8fe'], ['bug', '#dc3545'],
    ['debt', '#fd7e14'], ['chore', '#adb5bd'], ['experiment', '#20c997']
  ];

  function numbers(value) {
    return (value || '').split(';').map(function (v) { return v === '' ? null : parseFloat(v); });
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var months = (canvas.dataset.months || '').split(';').filter(Boolean);
    var datasets = KINDS.map(function (kind) {
      var key = kind[0];
      return {
        type: 'bar', label: canvas.getAttribute('data-label-' + key), backgroundColor: kind[1], stack: 'items',
        data: numbers(canvas.getAttribute('data-' + key)).slice(0, months.length), yAxisID: 'items'
      };
    });
    datasets.push({
      type: 'line', label: canvas.dataset.alignedLabel, data: numbers(canvas.dataset.aligned).slice(0, months.length),
      borderColor: '#198754', backgroundColor: '#198754', yAxisID: 'share', spanGaps: true, tension: 0
    });
    new Chart(canvas, {
      data: { labels: months, datasets: datasets },
      options: {
        animation: false,
        scales: {
          items: { type: 'linear', position: 'left', stacked: true, beginAtZero: true },
          share: { type: 'linear', position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } },
          x: { stacked: true }
        }
      }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('canvas.review-mix-chart').forEach(draw);
    document.querySelectorAll('[data-print]').forEach(function (button) {
      button.addEventListener('click', function () { window.print(); });
    });
  });
})();
