/*
 * The dashboard's two charts (findings by PAPI sub-index, by lead agency), stacked by severity. The figures come
 * from the page's JSON block (#dashboard-data); the tables under the charts carry the same figures for readers and
 * keyboards, so a chart that cannot be drawn (no ECharts, no data) leaves nothing missing.
 */
(function () {
  'use strict';

  var source = document.getElementById('dashboard-data');
  if (!source || typeof window.echarts === 'undefined') {
    return;
  }
  var data;
  try {
    data = JSON.parse(source.textContent);
  } catch (e) {
    return;
  }
  if (!data || !data.severities) {
    return;
  }

  // The severity colours of app.css, so that a bar and the badge of the same severity match.
  var css = window.getComputedStyle(document.documentElement);
  var fallback = { CRITICAL: '#b3261e', MAJOR: '#c25400', MINOR: '#8a6d00', ADVISORY: '#1f5fa8' };
  function colour(key) {
    var value = css.getPropertyValue('--' + key.toLowerCase()).trim();
    return value || fallback[key];
  }

  var charts = [];
  // Readable on a 10-inch tablet at arm's length: ECharts' 12 px default is small there.
  var TEXT = 14;
  var legend = { top: 0, itemGap: 16, itemWidth: 22, itemHeight: 14, textStyle: { fontSize: TEXT } };

  function series(chart) {
    return data.severities.map(function (s) {
      return {
        name: s.label,
        type: 'bar',
        stack: 'total',
        barMaxWidth: 36,
        emphasis: { focus: 'series' },
        itemStyle: { color: colour(s.key) },
        data: chart.series[s.key]
      };
    });
  }

  function tooltip(chart) {
    return {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      confine: true,
      formatter: function (items) {
        if (!items.length) {
          return '';
        }
        var index = items[0].dataIndex;
        var lines = [escapeHtml(chart.titles[index] || chart.categories[index])];
        items.forEach(function (item) {
          if (item.value) {
            lines.push(item.marker + escapeHtml(item.seriesName) + ': <b>' + item.value + '</b>');
          }
        });
        return lines.join('<br>');
      }
    };
  }

  // Tooltips are HTML: the texts (a unit's name) are escaped first.
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function init(element) {
    // SVG: sharp on a tablet's dense screen, and light for a few dozen bars.
    var chart = window.echarts.init(element, null, { renderer: 'svg' });
    charts.push(chart);
    return chart;
  }

  // Sub-indices: short codes (1.2, 2.3) along the bottom, the counts upwards.
  function drawSubIndices(element, chart) {
    init(element).setOption({
      animation: false,
      tooltip: tooltip(chart),
      legend: legend,
      grid: { left: 8, right: 16, bottom: 8, top: 48, containLabel: true },
      xAxis: { type: 'category', data: chart.categories, axisLabel: { interval: 0, hideOverlap: true, fontSize: TEXT } },
      yAxis: { type: 'value', minInterval: 1, name: data.axis, nameTextStyle: { align: 'left', fontSize: TEXT },
              axisLabel: { fontSize: TEXT } },
      series: series(chart)
    });
  }

  // Lead agencies: long names, so the bars lie down, one line per agency, the first at the top.
  function drawLeadAgencies(element, chart) {
    element.style.height = Math.max(240, 96 + 44 * chart.categories.length) + 'px';
    init(element).setOption({
      animation: false,
      tooltip: tooltip(chart),
      legend: legend,
      grid: { left: 8, right: 24, bottom: 8, top: 48, containLabel: true },
      xAxis: {
        type: 'value', minInterval: 1, name: data.axis, nameLocation: 'middle', nameGap: 30,
        nameTextStyle: { fontSize: TEXT }, axisLabel: { fontSize: TEXT }
      },
      yAxis: {
        type: 'category', inverse: true, data: chart.categories,
        axisLabel: { interval: 0, width: 220, overflow: 'truncate', fontSize: TEXT }
      },
      series: series(chart)
    });
  }

  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var chart = data[element.getAttribute('data-chart')];
    if (!chart || !chart.categories.length) {
      return;
    }
    if (element.getAttribute('data-chart') === 'leadAgencies') {
      drawLeadAgencies(element, chart);
    } else {
      drawSubIndices(element, chart);
    }
  });

  // A tablet turned from landscape (1280×800) to portrait (800×1280) changes the cards' width: redraw to fit.
  var pending = null;
  window.addEventListener('resize', function () {
    if (pending) {
      window.cancelAnimationFrame(pending);
    }
    pending = window.requestAnimationFrame(function () {
      pending = null;
      charts.forEach(function (chart) {
        chart.resize();
      });
    });
  });
})();
