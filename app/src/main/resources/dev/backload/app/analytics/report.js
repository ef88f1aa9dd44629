/* Backload HTML report: draws the three charts from the JSON in #report-data. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var ACCENT = '#1f5f8b', JUMP = '#c2410c', DAILY = '#9cb8cc', CHRONIC = '#1d2428';
  var NARROW = window.innerWidth < 640;
  Chart.defaults.font.size = 13;
  var PALETTE = ['#1f5f8b', '#c2410c', '#2e7d32', '#7b3fa0', '#a16207', '#0f766e', '#b00020', '#5b6670'];

  function kg(value) {
    return value == null ? 'none' : Math.round(value).toLocaleString('en') + ' kg';
  }

  function common(yTitle) {
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { boxWidth: 14 } },
        tooltip: {
          callbacks: {
            label: function (ctx) {
              return ctx.dataset.label + ': ' + kg(ctx.parsed.y);
            }
          }
        }
      },
      scales: {
        x: { ticks: { autoSkip: true, maxRotation: 0, maxTicksLimit: NARROW ? 4 : 10 }, grid: { display: false } },
        y: { beginAtZero: true, title: { display: true, text: yTitle } }
      }
    };
  }

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (canvas) {
      new Chart(canvas, config);
    }
  }

  var weeks = data.weeks;
  var highest = Math.max.apply(null, weeks.hingeTonnageKg.concat([1]));
  var weeklyOptions = common('kg per week');
  weeklyOptions.plugins.tooltip.callbacks.label = function (ctx) {
    return ctx.datasetIndex === 0
      ? 'Jump: over 30% above the week before'
      : ctx.dataset.label + ': ' + kg(ctx.parsed.y);
  };
  draw('chart-weekly', {
    type: 'bar',
    data: {
      labels: weeks.labels,
      datasets: [
        {
          type: 'line',
          label: 'Jump: over 30% above the week before',
          // Just above the bar, so the mark stands clear of it.
          data: weeks.hingeTonnageKg.map(function (v, i) {
            return weeks.spike[i] ? v + highest * 0.05 : null;
          }),
          showLine: false,
          pointStyle: 'triangle',
          pointRadius: 8,
          pointHoverRadius: 9,
          backgroundColor: JUMP,
          borderColor: JUMP
        },
        {
          label: 'Tonnage per week',
          data: weeks.hingeTonnageKg,
          backgroundColor: weeks.spike.map(function (s) { return s ? JUMP : ACCENT; }),
          borderWidth: 0
        }
      ]
    },
    options: weeklyOptions
  });

  var days = data.days;
  draw('chart-daily', {
    type: 'bar',
    data: {
      labels: days.labels,
      datasets: [
        {
          type: 'line', label: 'Acute average (EWMA, about 7 days)', data: days.ewmaAcute,
          borderColor: JUMP, backgroundColor: JUMP, borderWidth: 2, pointRadius: 0, tension: 0
        },
        {
          type: 'line', label: 'Chronic average (EWMA, about 28 days)', data: days.ewmaChronic,
          borderColor: CHRONIC, backgroundColor: CHRONIC, borderWidth: 2, pointRadius: 0, tension: 0
        },
        {
          label: 'Tonnage per day', data: days.hingeTonnageKg,
          backgroundColor: DAILY, borderWidth: 0, barPercentage: 1, categoryPercentage: 1
        }
      ]
    },
    options: common('kg per day')
  });

  var e1rm = data.e1rm;
  var e1rmOptions = common('kg');
  e1rmOptions.scales.y.beginAtZero = false;
  e1rmOptions.plugins.tooltip.callbacks.label = function (ctx) {
    return ctx.dataset.label + ': ' + (ctx.parsed.y == null ? 'none' : ctx.parsed.y.toFixed(1) + ' kg');
  };
  draw('chart-e1rm', {
    type: 'line',
    data: {
      labels: e1rm.labels,
      datasets: e1rm.series.map(function (s, i) {
        var colour = PALETTE[i % PALETTE.length];
        return {
          label: s.name, data: s.values, spanGaps: true, borderColor: colour,
          backgroundColor: colour, borderWidth: 2, pointRadius: e1rm.labels.length > 60 ? 0 : 2,
          tension: 0
        };
      })
    },
    options: e1rmOptions
  });
})();
