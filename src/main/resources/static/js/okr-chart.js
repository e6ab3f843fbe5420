// Draws each key result chart: check-in values over the quarter against the straight line
// from the baseline (quarter start) to the target (quarter end). Data comes from data-*
// attributes, since the Content-Security-Policy forbids inline scripts.
(function () {
  var DAY = 24 * 60 * 60 * 1000;

  function parseDate(text) {
    var parts = text.split('-');
    return Date.UTC(+parts[0], +parts[1] - 1, +parts[2]);
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var start = parseDate(canvas.dataset.start);
    var end = parseDate(canvas.dataset.end);
    var days = function (date) { return Math.round((date - start) / DAY); };
    var points = (canvas.dataset.points || '').split(';').filter(Boolean).map(function (p) {
      var pair = p.split('=');
      return { x: days(parseDate(pair[0])), y: parseFloat(pair[1]) };
    });
    var locale = document.documentElement.lang || undefined;
    new Chart(canvas, {
      type: 'line',
      data: {
        datasets: [
          { label: canvas.dataset.idealLabel, data: [{ x: 0, y: parseFloat(canvas.dataset.baseline) },
              { x: days(end), y: parseFloat(canvas.dataset.target) }],
            borderColor: '#adb5bd', borderDash: [6, 4], pointRadius: 0 },
          { label: canvas.dataset.valuesLabel, data: points, borderColor: '#0d6efd',
            backgroundColor: '#0d6efd', tension: 0 }
        ]
      },
      options: {
        animation: false,
        parsing: false,
        scales: {
          x: { type: 'linear', min: 0, max: days(end),
            ticks: { callback: function (v) { return new Date(start + v * DAY).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }); } } }
        }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas.okr-chart').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  window.addEventListener('load', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
