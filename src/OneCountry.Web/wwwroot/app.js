// OneCountry classroom: the page's own script (no framework; uPlot draws the charts).
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else if (v !== undefined && v !== null) e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
    return e;
  };
  const fmt = (v, unit) => {
    if (v === null || v === undefined || Number.isNaN(v)) return '–';
    const a = Math.abs(v);
    const s = a >= 100 ? Math.round(v).toLocaleString('en') : a >= 1 ? v.toFixed(2) : a >= 0.01 ? v.toFixed(3) : v.toPrecision(2);
    return unit ? `${s} ${unit}` : s;
  };
  const signed = (v) => (v === null || v === undefined) ? '–' : (v >= 0 ? '+' : '−') + fmt(Math.abs(v));

  let catalog = null;
  const timelines = {};
  const state = { base: 'historical', levers: [], windows: [], parameters: {}, yaml: '', yamlOnly: false, fileName: null, name: null };
  let lastResult = null;
  let selectedX = null;
  const plots = [];
  let focusCharts = null;

  async function api(method, url, body, raw) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.body = raw ? body : JSON.stringify(body);
      init.headers['Content-Type'] = raw ? 'text/plain; charset=utf-8' : 'application/json';
    }
    const r = await fetch(url, init);
    let data = null;
    try { data = await r.json(); } catch { data = { error: `the server answered ${r.status}` }; }
    if (!r.ok) { const e = new Error(data.error || `error ${r.status}`); e.data = data; e.status = r.status; throw e; }
    return data;
  }

  function showError(id, e) {
    const p = $(id);
    if (!e) { p.hidden = true; p.textContent = ''; return; }
    const lines = (e.data && e.data.errors && e.data.errors.length) ? e.data.errors.map((x) => x.text) : [e.message];
    p.textContent = lines.join('\n');
    p.hidden = false;
  }

  // ---- the builder -------------------------------------------------------------------------
  const leverSpec = (name) => catalog.levers.find((l) => l.name === name);
  function valueText(spec, v) {
    if (spec.categories) return spec.categories[v] ?? String(v);
    if (spec.isSwitch) return v >= 0.5 ? 'on' : 'off';
    return fmt(v, spec.unit);
  }
  /** The base scenario's value of a lever in a month (its last change on or before it). */
  function baseValue(lever, month) {
    const t = timelines[state.base];
    let v = leverSpec(lever).default;
    if (!t) return v;
    for (const c of t.changes) if (c.lever === lever && c.month <= month) v = c.value;
    return v;
  }

  function valueInput(container, spec, current, idPrefix) {
    container.textContent = '';
    if (spec.categories || spec.isSwitch) {
      const options = spec.categories ? spec.categories : ['off', 'on'];
      const sel = el('select', { id: idPrefix + '-value' });
      options.forEach((o, i) => sel.append(el('option', { value: o }, o)));
      sel.value = spec.categories ? (spec.categories[current] ?? options[0]) : (current >= 0.5 ? 'on' : 'off');
      container.append(el('label', {}, 'New value ', sel));
      return () => sel.value;
    }
    const step = niceStep(spec.min, spec.max);
    const range = el('input', { type: 'range', id: idPrefix + '-value', min: spec.min, max: spec.max, step, value: current });
    const number = el('input', { type: 'number', id: idPrefix + '-number', min: spec.min, max: spec.max, step, value: current, 'aria-label': 'value' });
    range.addEventListener('input', () => { number.value = range.value; });
    number.addEventListener('input', () => { range.value = number.value; });
    container.append(el('label', {}, `New value (${spec.unit || 'no unit'}; ${fmt(spec.min)} to ${fmt(spec.max)}) `), range, ' ', number);
    return () => number.value;
  }
  function niceStep(min, max) {
    const raw = (max - min) / 400;
    if (!(raw > 0)) return 'any';
    const p = Math.pow(10, Math.floor(Math.log10(raw)));
    return String(+(Math.ceil(raw / p) * p).toPrecision(1));
  }

  let readLever = () => null, readParam = () => null;
  function refreshLeverInput() {
    const spec = leverSpec($('lever').value);
    const month = $('lever-date').value || '1929-06';
    const now = baseValue(spec.name, month);
    $('lever-meaning').textContent = `${spec.meaning}${spec.unit ? ' (' + spec.unit + ')' : ''}`;
    $('lever-was').textContent = `In ${state.base} in ${month}: ${valueText(spec, now)}. Your value holds from that month on and replaces the scenario's later entries for this lever.`;
    readLever = valueInput($('lever-input'), spec, now, 'lever');
  }
  function refreshParamInput() {
    const p = catalog.parameters.find((x) => x.name === $('param').value);
    $('param-meaning').textContent = `${p.meaning} (${p.unit}; default ${fmt(p.default)}, range ${fmt(p.min)} to ${fmt(p.max)}; ${p.source})`;
    const current = state.parameters[p.name] ?? (timelines[state.base]?.parameters?.[p.name]) ?? p.default;
    readParam = valueInput($('param-input'), { ...p, isSwitch: false, categories: null }, current, 'param');
  }

  function renderChanges() {
    const ul = $('changes');
    ul.textContent = '';
    const items = [];
    state.levers.forEach((l, i) => items.push(el('li', {}, `From ${l.date}: ${l.lever} = ${l.value}`, el('button', { class: 'small', type: 'button', 'aria-label': 'remove', onclick: () => { state.levers.splice(i, 1); changed(); } }, 'remove'))));
    state.windows.forEach((w, i) => items.push(el('li', {}, `Window ${w.name}: ${w.outcome === 'draw' ? 'open (the hazard model decides)' : w.outcome}${w.date ? ' in ' + w.date : ''}`, el('button', { class: 'small', type: 'button', onclick: () => { state.windows.splice(i, 1); changed(); } }, 'remove'))));
    Object.entries(state.parameters).forEach(([k, v]) => items.push(el('li', {}, `Parameter ${k} = ${v}`, el('button', { class: 'small', type: 'button', onclick: () => { delete state.parameters[k]; changed(); } }, 'remove'))));
    if (state.yamlOnly) items.unshift(el('li', { class: 'hint' }, `Loaded ${state.fileName || 'a scenario'} as a whole file (it holds more than the builder shows); it runs as it is. A change here starts a new history from ${state.base}.`));
    if (items.length === 0) items.push(el('li', { class: 'hint' }, 'none yet: this is the scenario as shipped'));
    ul.append(...items);
  }

  function spec() {
    return { base: state.base, name: state.name || 'my-history', levers: state.levers, windows: state.windows, parameters: state.parameters };
  }

  let pending = 0;
  async function changed(keepYaml) {
    if (!keepYaml) state.yamlOnly = false;
    renderChanges();
    if (state.yamlOnly) { $('yaml').textContent = state.yaml; return; }
    const my = ++pending;
    try {
      const r = await api('POST', '/api/history', spec());
      if (my !== pending) return;
      state.yaml = r.yaml;
      $('yaml').textContent = r.yaml;
      showError('history-error', null);
      $('run').disabled = false;
    } catch (e) {
      if (my !== pending) return;
      showError('history-error', e);
      $('run').disabled = true;
    }
  }

  function loadSpec(s) {
    state.base = s.base; state.name = s.name;
    state.levers = (s.levers || []).map((l) => ({ ...l }));
    state.windows = (s.windows || []).map((w) => ({ ...w }));
    state.parameters = { ...(s.parameters || {}) };
    $('base').value = s.base;
  }

  async function ensureTimeline(name) {
    if (!timelines[name]) timelines[name] = await api('GET', '/api/scenarios/' + encodeURIComponent(name));
  }

  // ---- running -----------------------------------------------------------------------------
  async function run() {
    showError('run-error', null);
    $('run').disabled = true;
    $('progress-box').hidden = false;
    $('progress').value = 0;
    $('progress-text').textContent = 'sending…';
    const body = { runs: +$('runs').value, scale: +$('scale').value };
    if (state.yamlOnly) { body.yaml = state.yaml; body.fileName = state.fileName; } else body.history = spec();
    const started = performance.now();
    try {
      const job = await api('POST', '/api/runs', body);
      for (;;) {
        await new Promise((r) => setTimeout(r, 250));
        const s = await api('GET', '/api/runs/' + job.id);
        $('progress').max = Math.max(1, s.total);
        $('progress').value = s.done;
        $('progress-text').textContent = s.state === 'queued' ? `waiting: ${s.position} run(s) before yours` : `${s.phase} (${s.done}/${s.total} runs)`;
        if (s.state === 'done') { showResult(s.result, (performance.now() - started) / 1000, s.seconds); break; }
        if (s.state === 'failed') throw new Error(s.error || 'the run failed');
      }
      $('progress-text').textContent = `done in ${((performance.now() - started) / 1000).toFixed(1)} s`;
    } catch (e) {
      showError('run-error', e);
      $('progress-text').textContent = '';
    } finally {
      $('run').disabled = false;
    }
  }

  // ---- results -----------------------------------------------------------------------------
  function showResult(r, wall, seconds) {
    lastResult = r;
    $('results').hidden = false;
    $('result-meta').textContent = `${r.yours} against ${r.history}: ${r.runs} runs each on the same seeds (from ${r.firstSeed}; common random numbers), scale ${r.scale.toLocaleString('en')} real households per simulated one, the ${r.world} world; computed in ${seconds.toFixed(1)} s.`;
    renderWhy(r.why);
    renderVerdict(r.verdict);
    renderCharts(r.charts);
    renderMeasures(r.measures);
    renderWindows(r.windows, r.splits);
    $('results').scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  function renderWhy(w) {
    $('why-summary').textContent = w.summary;
    const causes = $('causes'); causes.textContent = '';
    w.causes.forEach((c) => causes.append(el('li', { class: 'cause', onclick: () => c.x && select(c.x) }, el('b', {}, (c.month ? c.month + ' — ' : '') + c.title + ': '), c.text)));
    const acc = $('accounts'); acc.textContent = '';
    if (w.accounts.length === 0) acc.append(el('li', { class: 'hint' }, 'no attribution (no change differs from history)'));
    w.accounts.forEach((c) => acc.append(el('li', {}, el('b', {}, c.title + '. '), c.text)));
    const lg = $('largest'); lg.textContent = '';
    w.largest.forEach((c) => lg.append(el('li', {}, c.text)));
    const tl = $('timeline'); tl.textContent = '';
    $('timeline-note').textContent = `(seed ${w.shownSeed}; ${w.timelineTotal} entries${w.timelineTotal > w.timeline.length ? ', the first ' + w.timeline.length + ' shown' : ''}; click one to mark it on the charts)`;
    w.timeline.forEach((t) => {
      const li = el('li', { tabindex: 0, 'data-x': t.x },
        el('b', {}, t.month), ` ${t.kind.replace(/_/g, ' ')} · ${t.subject}: `,
        t.change === 'changed' ? el('span', {}, el('span', { class: 'only-yours' }, 'yours: ' + t.yours), ' — ', el('span', { class: 'only-history' }, 'history: ' + t.history))
          : t.change === 'only in history' ? el('span', { class: 'only-history' }, 'only in history: ' + t.history)
            : el('span', { class: 'only-yours' }, 'only in yours: ' + t.yours));
      li.addEventListener('click', () => { select(t.x); tl.querySelectorAll('li').forEach((x) => x.classList.remove('selected')); li.classList.add('selected'); });
      li.addEventListener('keydown', (e) => { if (e.key === 'Enter') li.click(); });
      tl.append(li);
    });
  }

  function renderVerdict(v) {
    const tb = $('verdict').querySelector('tbody'); tb.textContent = '';
    v.forEach((x) => tb.append(el('tr', {}, el('td', {}, x.dimension), el('td', {}, x.historyReading), el('td', {}, x.yoursReading))));
  }

  function renderMeasures(ms) {
    const tb = $('measures').querySelector('tbody'); tb.textContent = '';
    ms.forEach((m) => tb.append(el('tr', { title: m.reading },
      el('td', {}, `${m.name} (${m.unit})`),
      el('td', {}, `${fmt(m.history)} (${fmt(m.historyLow)}–${fmt(m.historyHigh)})`),
      el('td', {}, `${fmt(m.yours)} (${fmt(m.yoursLow)}–${fmt(m.yoursHigh)})`),
      el('td', {}, `${signed(m.difference)} (${signed(m.differenceLow)} to ${signed(m.differenceHigh)})`))));
  }

  function renderWindows(ws, splits) {
    const ul = $('windows'); ul.textContent = '';
    ws.forEach((w) => ul.append(el('li', {}, w.reading)));
    const sp = $('splits'); sp.textContent = '';
    if (splits.length) sp.append(el('h4', {}, 'Split by how a window ended (one median would hide it)'));
    splits.forEach((s) => {
      const box = el('div', { class: 'panel' });
      sp.append(el('p', { class: 'panel-title' }, `${s.title}: ${s.scenario}, runs by the outcome of ${s.window}`), box);
      const colors = ['#2d7d46', '#4a5a8a', '#c0392b', '#8e44ad'];
      plot(box, [s.x, ...s.groups.map((g) => g.median)], [{}, ...s.groups.map((g, i) => ({ label: `${g.outcome.replace(/_/g, ' ')} (${g.runs} runs)`, stroke: colors[i % 4], width: 2, spanGaps: true }))], 220);
    });
  }

  // ---- charts ------------------------------------------------------------------------------
  /** Joins the model's x with the data's x (uPlot draws series on one x array). */
  function join(xModel, modelSeries, data) {
    if (!data) return [xModel, ...modelSeries];
    const xs = Array.from(new Set([...xModel, ...data.x])).sort((a, b) => a - b);
    const idx = new Map(xModel.map((x, i) => [x, i]));
    const out = [xs, ...modelSeries.map((s) => xs.map((x) => idx.has(x) ? s[idx.get(x)] : null))];
    const lo = xs.map(() => null), hi = xs.map(() => null);
    data.x.forEach((x, i) => {
      const j = xs.indexOf(x);
      if (lo[j] === null) lo[j] = data.values[i]; else hi[j] = data.values[i];
      if (data.high) hi[j] = data.high[i];
    });
    out.push(lo, hi);
    return out;
  }

  const markerPlugin = { hooks: { draw: [(u) => {
    if (selectedX === null) return;
    const x = u.valToPos(selectedX, 'x', true);
    if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
    const ctx = u.ctx; ctx.save(); ctx.strokeStyle = '#e67e22'; ctx.lineWidth = 2 * devicePixelRatio; ctx.setLineDash([6, 4]);
    ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke(); ctx.restore();
  }] } };

  function plot(box, data, series, height, bands) {
    const width = Math.max(220, box.clientWidth || 300);
    const u = new uPlot({
      width, height: height || 220, series: [{ label: 'year', value: (u, v) => v === null || v === undefined ? '–' : (Math.round(v * 100) / 100).toString() }, ...series.slice(1)],
      bands: bands || [], plugins: [markerPlugin],
      scales: { x: { time: false } },
      axes: [{ values: (u, v) => v.map((x) => String(Math.round(x * 10) / 10)) }, { size: 60, values: (u, v) => v.map((x) => fmt(x)) }],
      legend: { live: true }, cursor: { drag: { x: true, y: false } },
    }, data, box);
    plots.push({ u, box, height: height || 220 });
    return u;
  }

  function renderCharts(charts) {
    plots.splice(0).forEach((p) => p.u.destroy());
    const root = $('charts'); root.textContent = '';
    const order = focusCharts ? [...charts].sort((a, b) => rank(a) - rank(b)) : charts;
    function rank(c) { const i = focusCharts.indexOf(c.variable); return i < 0 ? 99 : i; }
    for (const c of order) {
      const row = el('div', { class: 'chart-row', id: 'chart-' + c.variable });
      row.append(el('h4', {}, c.title + ' ', el('span', { class: 'unit' }, `(${c.unit}${c.data ? '; dots: ' + c.data.label : ''})`)));
      const p1 = el('div', { class: 'panel' }, el('div', { class: 'panel-title' }, 'History'));
      const p2 = el('div', { class: 'panel' }, el('div', { class: 'panel-title' }, 'Yours (grey: history\u2019s median)'));
      const p3 = el('div', { class: 'panel' }, el('div', { class: 'panel-title' }, 'Yours minus history, paired by seed'));
      row.append(p1, p2, p3);
      root.append(row);
      const dataSeries = (label) => [
        { label: label, stroke: '#111', fill: '#111', paths: () => null, points: { show: true, size: 6, fill: '#111' } },
        { label: label + ' (high)', stroke: '#111', paths: () => null, points: { show: true, size: 6, fill: '#fff' } }];
      const band = (color, label) => [
        { label: label + ' median', stroke: color, width: 2, spanGaps: true, value: (u, v) => fmt(v) },
        { label: '5%', stroke: color + '55', width: 1, spanGaps: true, value: (u, v) => fmt(v) },
        { label: '95%', stroke: color + '55', width: 1, spanGaps: true, value: (u, v) => fmt(v) }];
      const h = c.history, y = c.yours, d = c.difference;
      const dl = c.data ? 'data' : null;
      plot(p1, join(c.x, [h.median, h.low, h.high], c.data), [{}, ...band('#4a5a8a', 'history'), ...(dl ? dataSeries(dl) : [])], 220, [{ series: [3, 2], fill: '#4a5a8a22' }]);
      plot(p2, join(c.x, [y.median, y.low, y.high, h.median], c.data), [{}, ...band('#c0392b', 'yours'), { label: 'history median', stroke: '#999', dash: [5, 4], width: 1.5, spanGaps: true }, ...(dl ? dataSeries(dl) : [])], 220, [{ series: [3, 2], fill: '#c0392b22' }]);
      plot(p3, [c.x, d.median, d.low, d.high, c.x.map(() => 0)], [{}, ...band('#2d7d46', 'difference'), { label: 'zero', stroke: '#888', width: 1 }], 220, [{ series: [3, 2], fill: '#2d7d4622' }]);
    }
  }

  function select(x) {
    selectedX = x;
    plots.forEach((p) => p.u.redraw(false));
  }

  let resizeTimer = null;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => plots.forEach((p) => p.u.setSize({ width: Math.max(220, p.box.clientWidth), height: p.height })), 150);
  });

  // ---- lessons -----------------------------------------------------------------------------
  async function openLesson(id) {
    const l = await api('GET', '/api/lessons/' + encodeURIComponent(id));
    const box = $('lesson'); box.textContent = ''; box.hidden = false;
    const steps = el('div', { class: 'lesson-steps' },
      el('div', {}, el('h3', {}, '1. Predict'), ...l.predict.map((q) => el('label', {}, q, el('textarea', { 'aria-label': q })))),
      el('div', {}, el('h3', {}, '2. Run'), el('p', {}, l.run), el('p', { class: 'hint' }, 'Read these charts first: ' + l.charts.join(', '))),
      el('div', {}, el('h3', {}, '3. Explain'), ...l.explain.map((q) => el('label', {}, q, el('textarea', { 'aria-label': q })))));
    box.append(el('h2', {}, l.title), el('p', {}, el('b', {}, l.question)),
      l.claim ? el('p', { class: 'claim' }, l.claim) : null, l.source ? el('p', { class: 'hint' }, l.source) : null, steps,
      el('button', { type: 'button', class: 'small', onclick: () => { box.hidden = true; focusCharts = null; } }, 'close the lesson'));
    focusCharts = l.charts;
    await ensureTimeline(l.start.base);
    loadSpec(l.start);
    if (l.scenario) {
      const r = await api('POST', '/api/upload?filename=' + encodeURIComponent(l.id + '.yaml'), l.scenario, true);
      state.yaml = r.yaml; state.yamlOnly = true; state.fileName = l.id + '.yaml';
      await changed(true);
    } else await changed();
    refreshLeverInput();
    box.scrollIntoView({ behavior: 'smooth' });
  }

  // ---- start -------------------------------------------------------------------------------
  async function start() {
    catalog = await api('GET', '/api/catalog');
    const base = $('base');
    catalog.scenarios.forEach((s) => base.append(el('option', { value: s.name, title: s.description }, `${s.name} — ${s.description}`)));
    base.value = 'historical';
    const lever = $('lever');
    catalog.levers.forEach((l) => lever.append(el('option', { value: l.name }, l.name)));
    lever.value = catalog.levers.some((l) => l.name === 'collectivization_drive') ? 'collectivization_drive' : catalog.levers[0].name;
    const win = $('window');
    catalog.windows.forEach((w) => win.append(el('option', { value: w.name }, `${w.name} (${w.country}, ${w.start} to ${w.end}; in history: ${w.historical.replace(/_/g, ' ')})`)));
    catalog.outcomes.forEach((o) => $('window-outcome').append(el('option', { value: o }, o === 'draw' ? 'open: the hazard model decides' : o.replace(/_/g, ' '))));
    const param = $('param');
    catalog.parameters.forEach((p) => param.append(el('option', { value: p.name }, `${p.group}: ${p.name}`)));
    for (let i = 1; i <= catalog.limits.maxRuns; i++) $('runs').append(el('option', { value: i }, String(i)));
    $('runs').value = catalog.limits.defaultRuns;
    [catalog.limits.minScale, 10000, 20000, 50000, 100000].filter((s, i, a) => s >= catalog.limits.minScale && a.indexOf(s) === i).sort((a, b) => a - b)
      .forEach((s) => $('scale').append(el('option', { value: s }, `${s.toLocaleString('en')}${s === catalog.limits.defaultScale ? ' (default)' : s === catalog.limits.minScale ? ' (finest, slowest)' : ''}`)));
    $('scale').value = catalog.limits.defaultScale;
    $('lever-date').min = catalog.start; $('lever-date').max = catalog.end;
    $('window-date').min = catalog.start; $('window-date').max = catalog.end;

    await ensureTimeline('historical');
    refreshLeverInput();
    refreshParamInput();
    const syncWindowDate = () => { const w = catalog.windows.find((x) => x.name === win.value); $('window-date').value = w.recordedMonth; };
    syncWindowDate();

    lever.addEventListener('change', refreshLeverInput);
    $('lever-date').addEventListener('change', refreshLeverInput);
    param.addEventListener('change', refreshParamInput);
    win.addEventListener('change', syncWindowDate);
    base.addEventListener('change', async () => { await ensureTimeline(base.value); state.base = base.value; refreshLeverInput(); changed(); });
    $('reset').addEventListener('click', async () => { loadSpec({ base: 'historical', levers: [], windows: [], parameters: {} }); refreshLeverInput(); changed(); });
    $('add-lever').addEventListener('click', () => {
      const date = $('lever-date').value;
      if (!date) { showError('history-error', new Error('choose the month the change takes effect')); return; }
      state.levers = state.levers.filter((l) => !(l.lever === lever.value && l.date === date));
      state.levers.push({ date, lever: lever.value, value: String(readLever()) });
      state.levers.sort((a, b) => a.date.localeCompare(b.date));
      changed();
    });
    $('add-window').addEventListener('click', () => {
      state.windows = state.windows.filter((w) => w.name !== win.value);
      const outcome = $('window-outcome').value;
      state.windows.push({ name: win.value, outcome, date: outcome === 'draw' || outcome === 'defeat' ? null : ($('window-date').value || null) });
      changed();
    });
    $('add-param').addEventListener('click', () => { state.parameters[param.value] = +readParam(); changed(); });
    $('run').addEventListener('click', run);
    $('download').addEventListener('click', () => {
      const blob = new Blob([state.yaml], { type: 'text/yaml' });
      const a = el('a', { href: URL.createObjectURL(blob), download: (state.name || 'my-history').replace(/[^A-Za-z0-9_-]/g, '-') + '.yaml' });
      document.body.append(a); a.click(); a.remove();
      setTimeout(() => URL.revokeObjectURL(a.href), 1000);
    });
    $('upload').addEventListener('change', async (e) => {
      const file = e.target.files[0];
      if (!file) return;
      try {
        const text = await file.text();
        const r = await api('POST', '/api/upload?filename=' + encodeURIComponent(file.name), text, true);
        if (r.spec) { await ensureTimeline(r.spec.base); loadSpec(r.spec); state.fileName = file.name; await changed(); }
        else { state.yaml = r.yaml; state.yamlOnly = true; state.fileName = file.name; await changed(true); }
        showError('history-error', null);
        refreshLeverInput();
      } catch (err) { showError('history-error', err); }
      e.target.value = '';
    });

    const lessons = await api('GET', '/api/lessons');
    lessons.forEach((l) => $('lessons-nav').append(el('button', { type: 'button', title: l.question, 'data-lesson': l.id, onclick: () => openLesson(l.id) }, l.title)));
    await changed();
    document.body.dataset.ready = 'true';
  }

  start().catch((e) => { document.body.prepend(el('p', { class: 'error' }, 'The classroom could not start: ' + e.message)); });
})();
