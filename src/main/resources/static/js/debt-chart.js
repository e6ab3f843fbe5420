// Draws a team's weekly debt share against its budget. Data comes from data-* attributes,
// since the Content-Security-Policy forbids inline scripts.
(function () {
  function draw(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var locale = document.documentElement.lang || undefined;
    var weeks = (canvas.dataset.weeks || '').split(';').filter(Boolean);
    var shares = (canvas.dataset.shares || '').split(';').map(function (v) { return v === '' ? null : parseFloat(v); });
    var budget = parseFloat(canvas.dataset.budget);
    var labels = weeks.map(function (w) {
      var p = w.split('-');
      return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    });
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: [
          { label: canvas.dataset.shareLabel, data: shares.slice(0, weeks.length), borderColor: '#0d6efd',
            backgroundColor: '#0d6efd', spanGaps: true, tension: 0 },
          { label: canvas.dataset.budgetLabel, data: weeks.map(function () { return budget; }),
            borderColor: '#dc3545', borderDash: [6, 4], pointRadius: 0 }
        ]
      },
      options: { animation: false, scales: { y: { min: 0, max: 100 } } }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas.debt-chart').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
