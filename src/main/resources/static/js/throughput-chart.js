// Draws a team's throughput (bars per day or week) and its cycle-time scatter with the
// 50th/85th/95th percentiles as lines. Data comes from data-* attributes, since the
// Content-Security-Policy forbids inline scripts.
(function () {
  var locale = document.documentElement.lang || undefined;

  function dayLabel(isoDate) {
    var p = isoDate.split('-');
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2]))
      .toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  }

  function drawThroughput(canvas) {
    if (Chart.getChart(canvas)) {
      return;
    }
    var starts = (canvas.dataset.starts || '').split(';').filter(Boolean);
    var counts = (canvas.dataset.counts || '').split(';').filter(Boolean).map(Number);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: starts.map(dayLabel),
        datasets: [{ label: canvas.dataset.label, data: counts, backgroundColor: '#0d6efd' }]
      },
      options: {
        animation: false,
        plugins: { legend: { display: false } },
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function drawCycleTimes(canvas) {
    if (Chart.getChart(canvas)) {
      return;
    }
    var points = (canvas.dataset.points || '').split(';').filter(Boolean).map(function (pair) {
      var xy = pair.split(',');
      return { x: +xy[0], y: +xy[1] };
    });
    var xs = points.map(function (p) { return p.x; });
    var minX = Math.min.apply(null, xs);
    var maxX = Math.max.apply(null, xs);
    var datasets = [{ type: 'scatter', label: canvas.dataset.label, data: points, backgroundColor: '#0d6efd' }];
    [['p50', '#198754', []], ['p85', '#fd7e14', [6, 4]], ['p95', '#dc3545', [2, 3]]].forEach(function (line) {
      var value = parseFloat(canvas.dataset[line[0]]);
      if (points.length && !isNaN(value)) {
        datasets.push({
          type: 'line', label: canvas.dataset[line[0] + 'Label'], data: [{ x: minX, y: value }, { x: maxX, y: value }],
          borderColor: line[1], backgroundColor: line[1], borderDash: line[2], pointRadius: 0, borderWidth: 2
        });
      }
    });
    new Chart(canvas, {
      type: 'scatter',
      data: { datasets: datasets },
      options: {
        animation: false,
        plugins: {
          tooltip: {
            callbacks: {
              label: function (context) {
                return context.dataset.label + ': ' + new Date(context.parsed.x).toLocaleDateString(locale) +
                  ' · ' + context.parsed.y.toLocaleString(locale);
              }
            }
          }
        },
        scales: {
          x: {
            type: 'linear',
            ticks: {
              callback: function (value) {
                return new Date(value).toLocaleDateString(locale, { day: 'numeric', month: 'short' });
              }
            }
          },
          y: { beginAtZero: true }
        }
      }
    });
  }

  function drawAll() {
    if (typeof Chart === 'undefined') {
      return;
    }
    document.querySelectorAll('canvas.throughput-chart').forEach(drawThroughput);
    document.querySelectorAll('canvas.cycle-time-chart').forEach(drawCycleTimes);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
