/*
 * The charts of the dashboard and of the HTML report of `backload analyze`, drawn with Chart.js
 * from the page's JSON block (#dashboard-data or #report-data, both ChartData on the server).
 * The dashboard loads this file; the report inlines it, allowed by its hash. Each chart is drawn
 * when its canvas is on the page.
 * Colours are plain and few; nothing is coloured like a traffic light, because the lines and
 * ratios describe training load and say nothing about risk.
 */
(function () {
  'use strict';
  var block = document.getElementById('dashboard-data') || document.getElementById('report-data');
  if (!block || typeof window.Chart === 'undefined') {
    return;
  }
  var data = JSON.parse(block.textContent || '{}');
  var Chart = window.Chart;
  var unit = data.unit || 'kg';

  var BLUE = '#1f5f8b';
  var BLUE_LIGHT = 'rgba(31, 95, 139, 0.45)';
  var PURPLE = '#6b4fa0';
  var SLATE = '#37474f';
  var TEAL = '#00838f';
  var PALETTE = ['#1f5f8b', '#6b4fa0', '#00838f', '#8d6e63', '#455a64', '#ad1457', '#283593', '#5d4037'];
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  Chart.defaults.animation = false;
  Chart.defaults.font.family = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  Chart.defaults.font.size = 12;
  Chart.defaults.color = '#3d474e';
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.plugins.legend.labels.boxWidth = 14;
  Chart.defaults.plugins.legend.labels.usePointStyle = true;

  /** "2025-01-20" -> "20 Jan" (with the year when asked). */
  function shortDate(iso, withYear) {
    if (typeof iso !== 'string' || iso.length < 10) {
      return iso;
    }
    var text = Number(iso.substring(8, 10)) + ' ' + MONTHS[Number(iso.substring(5, 7)) - 1];
    return withYear ? text + ' ' + iso.substring(2, 4) : text;
  }

  function number(value) {
    return value === null || value === undefined ? '–' : Math.round(value).toLocaleString('en-GB');
  }

  function dateAxis(labels) {
    var manyYears = labels.length > 0 && labels[0].substring(0, 4) !== labels[labels.length - 1].substring(0, 4);
    return {
      ticks: {
        autoSkip: true,
        maxRotation: 0,
        autoSkipPadding: 12,
        callback: function (value) {
          return shortDate(this.getLabelForValue(value), manyYears);
        }
      },
      grid: { display: false }
    };
  }

  function loadAxis(title) {
    return {
      beginAtZero: true,
      title: { display: true, text: title },
      ticks: { callback: function (v) { return number(v); } }
    };
  }

  function tooltipTitle(items) {
    return items.length ? shortDate(items[0].label, true) : '';
  }

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return null;
    }
    return new Chart(canvas, config);
  }

  var charts = 0;

  // Weekly hinge tonnage, weeks with a SPIKE flag darker and marked.
  var weeks = data.weeks;
  if (weeks && weeks.labels && weeks.labels.length) {
    var marks = weeks.hinge.map(function (v, i) { return weeks.spike[i] ? v : null; });
    if (draw('chart-weekly', {
      data: {
        labels: weeks.labels,
        datasets: [
          {
            type: 'bar', label: 'Volume (' + unit + ')', data: weeks.hinge, pointStyle: 'rect',
            backgroundColor: weeks.spike.map(function (s) { return s ? PURPLE : BLUE_LIGHT; }),
            borderColor: weeks.spike.map(function (s) { return s ? PURPLE : BLUE; }),
            borderWidth: 1, order: 2
          },
          {
            type: 'line', label: 'Up more than 30%', data: marks, showLine: false,
            pointStyle: 'triangle', pointRadius: 7, pointHoverRadius: 8,
            backgroundColor: PURPLE, borderColor: PURPLE, order: 1
          }
        ]
      },
      options: {
        scales: { x: dateAxis(weeks.labels), y: loadAxis(unit) },
        plugins: {
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? 'Week of ' + shortDate(items[0].label, true) : ''; },
              label: function (item) {
                return item.datasetIndex === 1 ? 'More than 30% up on the week before' : number(item.raw) + ' ' + unit;
              }
            }
          }
        }
      }
    })) { charts++; }
  }

  // e1RM per variation, one line each, gaps spanned.
  var e1rm = data.e1rm;
  if (e1rm && e1rm.series && e1rm.series.length) {
    if (draw('chart-e1rm', {
      type: 'line',
      data: {
        labels: e1rm.labels,
        datasets: e1rm.series.map(function (s, i) {
          var colour = PALETTE[i % PALETTE.length];
          return {
            label: s.name, data: s.values, spanGaps: true, borderColor: colour,
            backgroundColor: colour, pointRadius: 2.5, borderWidth: 2, tension: 0.2
          };
        })
      },
      options: {
        scales: { x: dateAxis(e1rm.labels), y: { title: { display: true, text: unit } } },
        plugins: {
          tooltip: {
            callbacks: {
              title: function (items) { return items.length ? 'Week of ' + shortDate(items[0].label, true) : ''; },
              label: function (item) { return item.dataset.label + ': ' + number(item.raw) + ' ' + unit; }
            }
          }
        }
      }
    })) { charts++; }
  } else {
    var e1rmBox = document.getElementById('chart-e1rm');
    if (e1rmBox) {
      e1rmBox.parentNode.replaceWith(Object.assign(document.createElement('p'), {
        className: 'muted', textContent: 'No deadlift-family sets with an estimate in this range.'
      }));
    }
  }

  // Daily hinge tonnage with the two EWMA lines.
  var days = data.days;
  if (days && days.labels && days.labels.length) {
    if (draw('chart-daily', {
      data: {
        labels: days.labels,
        datasets: [
          {
            type: 'bar', label: 'Daily volume', data: days.hinge, backgroundColor: BLUE_LIGHT,
            borderColor: BLUE, borderWidth: 1, barPercentage: 1, categoryPercentage: 1,
            minBarLength: 0, pointStyle: 'rect', order: 3
          },
          {
            type: 'line', label: 'Short average (about a week)', data: days.acute, borderColor: SLATE,
            backgroundColor: SLATE, borderWidth: 2, pointRadius: 0, pointStyle: 'line', tension: 0.1, order: 1
          },
          {
            type: 'line', label: 'Long average (about a month)', data: days.chronic, borderColor: TEAL,
            backgroundColor: TEAL, borderWidth: 2.5, borderDash: [6, 3], pointRadius: 0, pointStyle: 'line',
            tension: 0.1, order: 2
          }
        ]
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: { x: dateAxis(days.labels), y: loadAxis(unit) },
        plugins: {
          tooltip: {
            callbacks: {
              title: tooltipTitle,
              label: function (item) { return item.dataset.label + ': ' + number(item.raw) + ' ' + unit; }
            }
          }
        }
      }
    })) { charts++; }
  }

  // Pain at check-ins against daily hinge tonnage, drawn only when the block has a pain series.
  if (Array.isArray(data.pain) && data.pain.length && document.getElementById('chart-pain')) {
    var load = {};
    (days && days.labels ? days.labels : []).forEach(function (d, i) { load[d] = days.hinge[i]; });
    var pain = {};
    data.pain.forEach(function (p) { pain[p.date] = p.painNow; });
    var dates = Object.keys(load).concat(Object.keys(pain).filter(function (d) { return !(d in load); }));
    dates.sort();
    // every calendar date from the first to the last, so that the gaps between check-ins show
    var axis = [];
    if (dates.length) {
      var day = new Date(dates[0] + 'T00:00:00Z');
      var end = new Date(dates[dates.length - 1] + 'T00:00:00Z');
      while (day <= end) {
        axis.push(day.toISOString().substring(0, 10));
        day.setUTCDate(day.getUTCDate() + 1);
      }
    }
    if (draw('chart-pain', {
      data: {
        labels: axis,
        datasets: [
          {
            type: 'line', label: 'Pain (0-10)', yAxisID: 'pain', spanGaps: true,
            data: axis.map(function (d) { return d in pain ? pain[d] : null; }),
            borderColor: PURPLE, backgroundColor: PURPLE, pointRadius: 4, borderWidth: 1.5, order: 1
          },
          {
            type: 'bar', label: 'Daily volume (' + unit + ')', yAxisID: 'load', pointStyle: 'rect',
            data: axis.map(function (d) { return d in load ? load[d] : 0; }),
            backgroundColor: BLUE_LIGHT, order: 2
          }
        ]
      },
      options: {
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: dateAxis(axis),
          pain: { position: 'left', min: 0, max: 10, title: { display: true, text: 'pain' } },
          load: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
            title: { display: true, text: unit }, ticks: { callback: function (v) { return number(v); } } }
        },
        plugins: { tooltip: { callbacks: { title: tooltipTitle } } }
      }
    })) { charts++; }
  }

  document.documentElement.setAttribute('data-charts', String(charts));
})();
