// Draws a forecast's distribution of completion dates: bars for the share of trials
// finishing on each date, a line for the share done by then. Data comes from data-*
// attributes, since the Content-Security-Policy forbids inline scripts.
(function () {
  function numbers(text) {
    return (text || '').split(';').filter(function (v) { return v !== ''; }).map(parseFloat);
  }

  function draw(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var locale = document.documentElement.lang || undefined;
    var dates = (canvas.dataset.dates || '').split(';').filter(Boolean);
    var labels = dates.map(function (d) {
      var p = d.split('-');
      return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    });
    new Chart(canvas, {
      data: {
        labels: labels,
        datasets: [
          { type: 'bar', label: canvas.dataset.shareLabel, data: numbers(canvas.dataset.shares), backgroundColor: '#0d6efd', yAxisID: 'y' },
          { type: 'line', label: canvas.dataset.cumulativeLabel, data: numbers(canvas.dataset.cumulative), borderColor: '#198754',
            pointRadius: 0, tension: 0, yAxisID: 'cumulative' }
        ]
      },
      options: {
        animation: false,
        scales: {
          y: { beginAtZero: true, title: { display: true, text: '%' } },
          cumulative: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } }
        }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas.forecast-chart').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
