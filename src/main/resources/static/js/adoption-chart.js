// Adoption charts: the cumulative adoption curve against its target, retention and
// stickiness charts, and the sparklines of the feature list. Data comes from data-*
// attributes, since the Content-Security-Policy forbids inline scripts.
(function () {
  function numbers(text) {
    return (text || '').split(';').map(function (v) { return v === '' ? null : parseFloat(v); });
  }

  function dayLabel(text, locale) {
    var p = text.split('-');
    if (p.length !== 3) {
      return text;
    }
    return new Date(Date.UTC(+p[0], +p[1] - 1, +p[2])).toLocaleDateString(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  }

  function drawChart(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var locale = document.documentElement.lang || undefined;
    var labels = (canvas.dataset.labels || '').split(';').filter(Boolean).map(function (l) { return dayLabel(l, locale); });
    var values = numbers(canvas.dataset.values).slice(0, labels.length);
    var datasets = [{ label: canvas.dataset.label, data: values, borderColor: '#0d6efd', backgroundColor: '#0d6efd',
      spanGaps: true, tension: 0, yAxisID: 'y' }];
    if (canvas.dataset.target) {
      var target = parseFloat(canvas.dataset.target);
      datasets.push({ label: canvas.dataset.targetLabel, data: labels.map(function () { return target; }),
        borderColor: '#dc3545', borderDash: [6, 4], pointRadius: 0, yAxisID: 'y' });
    }
    var scales = { y: { min: 0, max: canvas.dataset.max ? parseFloat(canvas.dataset.max) : undefined } };
    if (canvas.dataset.values2) {
      datasets.push({ label: canvas.dataset.label2, data: numbers(canvas.dataset.values2).slice(0, labels.length),
        borderColor: '#6c757d', backgroundColor: '#6c757d', tension: 0, yAxisID: 'y2', type: 'line' });
      scales.y2 = { position: 'right', min: 0, grid: { drawOnChartArea: false } };
    }
    new Chart(canvas, {
      type: canvas.dataset.kind || 'line',
      data: { labels: labels, datasets: datasets },
      options: { animation: false, maintainAspectRatio: false, scales: scales }
    });
  }

  function drawSparkline(canvas) {
    if (typeof Chart === 'undefined' || Chart.getChart(canvas)) {
      return;
    }
    var values = numbers(canvas.dataset.values);
    var target = parseFloat(canvas.dataset.target);
    var max = Math.max.apply(null, values.concat([target]).filter(function (v) { return v !== null; }));
    new Chart(canvas, {
      type: 'line',
      data: { labels: values.map(function (v, i) { return i; }), datasets: [
        { data: values, borderColor: '#0d6efd', borderWidth: 1.5, pointRadius: 0, tension: 0 },
        { data: values.map(function () { return target; }), borderColor: '#dc3545', borderWidth: 1, borderDash: [3, 3], pointRadius: 0 }
      ] },
      options: { animation: false, maintainAspectRatio: false, events: [],
        plugins: { legend: { display: false }, tooltip: { enabled: false } },
        scales: { x: { display: false }, y: { display: false, min: 0, max: max > 0 ? max : 1 } } }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas.adoption-chart').forEach(drawChart);
    document.querySelectorAll('canvas.adoption-sparkline').forEach(drawSparkline);
  }

  document.addEventListener('DOMContentLoaded', drawAll);
  document.addEventListener('htmx:afterSettle', drawAll);
})();
