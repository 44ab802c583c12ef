'use strict';
// Two small SVG charts, drawn here rather than with a charting library: the pages need a stacked bar chart and a
// line, and Chart.js (about 200 KB) or d3 (about 280 KB) beside teams-js would take a page's first load past 300 KB.
// Every chart has a title, axis labels, a legend and its numbers as a table under it.
window.CutoverCharts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const { el, table } = window.CutoverTabs;
  let counter = 0;

  function svg(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function niceMax(value) {
    if (value <= 5) return 5;
    const step = Math.pow(10, Math.floor(Math.log10(value)));
    for (const m of [1, 2, 2.5, 5, 10]) if (m * step >= value) return m * step;
    return 10 * step;
  }

  function frame(title, xLabel, yLabel, max) {
    const id = 'chart-' + (++counter);
    const W = 640; const H = 260; const L = 48; const R = 12; const T = 12; const B = 56;
    const root = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': id + '-title' });
    root.append(svg('title', { id: id + '-title' }, title));
    const top = niceMax(max);
    for (let i = 0; i <= 5; i++) {
      const y = T + (H - T - B) * (1 - i / 5);
      root.append(svg('line', { class: 'grid', x1: L, x2: W - R, y1: y, y2: y }));
      root.append(svg('text', { x: L - 6, y: y + 4, 'text-anchor': 'end' }, String(Math.round(top * i / 5))));
    }
    root.append(svg('line', { class: 'axis', x1: L, x2: L, y1: T, y2: H - B }));
    root.append(svg('line', { class: 'axis', x1: L, x2: W - R, y1: H - B, y2: H - B }));
    root.append(svg('text', { x: (L + W - R) / 2, y: H - 6, 'text-anchor': 'middle' }, xLabel));
    root.append(svg('text', { x: 12, y: (T + H - B) / 2, 'text-anchor': 'middle', transform: `rotate(-90 12 ${(T + H - B) / 2})` }, yLabel));
    const scale = (v) => (H - B - T) * v / top;
    return { root, W, H, L, R, T, B, scale };
  }

  function xLabels(f, labels, step, xOf) {
    const every = Math.max(1, Math.ceil(labels.length / 10));
    labels.forEach((label, i) => {
      if (i % every !== 0 && i !== labels.length - 1) return;
      f.root.append(svg('text', { x: xOf(i) + step / 2, y: f.H - f.B + 14, 'text-anchor': 'middle' }, label));
    });
  }

  function figure(title, chart, legend, numbers) {
    return el('figure', { 'data-chart': title },
      el('figcaption', { text: title }), chart, legend,
      el('details', {}, el('summary', { text: 'Show the numbers as a table' }), numbers));
  }

  // series: [{ name, values: [per label] }], stacked bottom-up in order.
  function stackedBars({ title, xLabel, yLabel, labels, series }) {
    const totals = labels.map((_, i) => series.reduce((s, x) => s + x.values[i], 0));
    const f = frame(title, xLabel, yLabel, Math.max(1, ...totals));
    const step = (f.W - f.L - f.R) / Math.max(1, labels.length);
    const width = Math.max(2, step * 0.7);
    const xOf = (i) => f.L + i * step;
    labels.forEach((label, i) => {
      let base = f.H - f.B;
      series.forEach((s, k) => {
        const v = s.values[i];
        if (!v) return;
        const h = f.scale(v);
        base -= h;
        const r = svg('rect', { class: 'k' + (k % 13), x: xOf(i) + (step - width) / 2, y: base, width, height: h });
        r.append(svg('title', {}, `${label}: ${v} ${s.name}`));
        f.root.append(r);
      });
    });
    xLabels(f, labels, step, xOf);
    const legend = el('ul', { class: 'legend' }, series.map((s, k) => {
      const swatch = svg('svg', { viewBox: '0 0 12 12', 'aria-hidden': 'true' });
      swatch.append(svg('rect', { class: 'k' + (k % 13), width: 12, height: 12 }));
      return el('li', {}, swatch, s.name);
    }));
    const numbers = table(title, ['Day', ...series.map((s) => s.name), 'Total'],
      labels.map((label, i) => [label, ...series.map((s) => s.values[i]), totals[i]]), [false, ...series.map(() => true), true]);
    return figure(title, f.root, legend, numbers);
  }

  function line({ title, xLabel, yLabel, labels, values, valueName }) {
    const f = frame(title, xLabel, yLabel, Math.max(1, ...values));
    const step = (f.W - f.L - f.R) / Math.max(1, labels.length);
    const xOf = (i) => f.L + i * step;
    const points = values.map((v, i) => [xOf(i) + step / 2, f.H - f.B - f.scale(v)]);
    f.root.append(svg('polyline', { class: 'line', points: points.map((p) => p.join(',')).join(' ') }));
    points.forEach(([x, y], i) => {
      const dot = svg('circle', { class: 'dot', cx: x, cy: y, r: 3.5 });
      dot.append(svg('title', {}, `${labels[i]}: ${values[i]} ${valueName}`));
      f.root.append(dot);
    });
    xLabels(f, labels, step, xOf);
    const numbers = table(title, ['Day', valueName], labels.map((label, i) => [label, values[i]]), [false, true]);
    return figure(title, f.root, null, numbers);
  }

  return { stackedBars, line };
})();
