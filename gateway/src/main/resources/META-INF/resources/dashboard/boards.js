// The office's live boards, fetched with the viewer's token beside the overview stream and refreshed every 15 s:
// - the key-task board: the year's tasks (/api/joint-meeting/tasks) in a column per state, each with its missed
//   reports and escalation (/api/joint-meeting/reporting) and its owner unit's name (/api/joint-meeting/members);
// - the court tree (/api/courts: code, name, level, parentCode) with each court's cases from the overview's case
//   statistics (byCourtAndStatus); a click drills down to that court's figures of the year (/api/cases/figures);
// - the trend over the year's months (/api/cases/assessment) of the conclusion and recovery rates of the chosen court.
// Every state, escalation and heading is a label from the catalogue (Figure, KeyTaskState, ReportEscalation).
const Boards = (() => {
  const $ = id => document.getElementById(id);
  const el = (...args) => Charts.el(...args);
  const NS = 'http://www.w3.org/2000/svg';
  const STATES = ['ON_TRACK', 'LATE', 'DONE'];
  // the assessment's rates (docs/assessment.md), each a line over the months
  const RATES = ['concludedRate', 'recoveryRate', 'terminalShare', 'resumedShare'];
  const state = { tasks: null, reporting: {}, members: {}, courts: null, assessment: null, casesByCourt: {},
    selected: null, figures: null };
  const year = () => new Date().getFullYear();
  const today = () => new Date().toISOString().slice(0, 10);
  const figure = key => Catalogue.label('Figure', key);

  async function get(path) {
    const token = Auth.token();
    if (!token) return null;
    try {
      const response = await fetch(path, { headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' } });
      return response.ok ? Money.parse(await response.text()) : null;
    } catch (e) { return null; }
  }

  async function refresh() {
    const y = year();
    const [tasks, reporting, members, courts, assessment] = await Promise.all([
      get(`/api/joint-meeting/tasks?year=${y}`), get('/api/joint-meeting/reporting'), get('/api/joint-meeting/members'),
      get('/api/courts'), get(`/api/cases/assessment?from=${y}-01&to=${today().slice(0, 7)}`)]);
    state.tasks = tasks;
    state.reporting = {};
    (reporting || []).forEach(r => { state.reporting[r.taskId] = r; });
    state.members = {};
    (members || []).forEach(m => { state.members[m.id] = m.name; });
    state.courts = courts;
    state.assessment = assessment;
    // the selected court's figures are read again with every refresh, so they follow the cases as they are filed
    if (state.selected) {
      await select(state.selected);
    } else if (courts && courts.length) {
      const top = courts.find(c => c.level === 'INTERMEDIATE') || courts[0];
      await select(top.code);
    } else {
      render();
    }
  }

  /** The overview's case statistics: cases per court, summed over statuses. */
  function overview(caseStats) {
    const counts = {};
    ((caseStats && caseStats.byCourtAndStatus) || []).forEach(g => {
      counts[g.courtCode] = (counts[g.courtCode] || 0) + (g.cases || 0);
    });
    state.casesByCourt = counts;
    renderTree();
  }

  async function select(code) {
    state.selected = code;
    state.figures = await get(`/api/cases/figures?from=${year()}-01-01&to=${today()}&court=${encodeURIComponent(code)}`);
    render();
  }

  function render() {
    renderTasks();
    renderTree();
    renderCourt();
    renderTrend();
  }

  function renderTasks() {
    if (!Array.isArray(state.tasks)) return; // the overview's counts by state stay until the tasks are read
    const board = el('div', { class: 'board', id: 'task-board' });
    STATES.forEach(s => {
      const items = state.tasks.filter(task => task.state === s);
      const column = el('div', { class: 'column', 'data-state': s });
      column.append(el('div', {}, Catalogue.label('KeyTaskState', s)), el('div', { class: 'count' }, String(items.length)));
      items.slice(0, 12).forEach(task => {
        const item = el('div', { class: 'item', 'data-task': task.id });
        item.append(el('div', {}, task.title));
        const owner = state.members[task.ownerUnit];
        if (owner) item.append(el('div', { class: 'owner' }, owner));
        const report = state.reporting[task.id] || task;
        if (report.missedCycles > 0) {
          item.append(el('span', { class: 'badge down' }, `${t('missedReports')} ${report.missedCycles}`));
        }
        if (report.escalation && report.escalation !== 'NONE') {
          item.append(el('span', { class: 'badge warn' }, Catalogue.label('ReportEscalation', report.escalation)));
        }
        column.append(item);
      });
      board.append(column);
    });
    $('tasks').replaceChildren(board);
  }

  function renderTree() {
    if (!Array.isArray(state.courts)) return;
    const known = new Set(state.courts.map(c => c.code));
    const children = parent => state.courts.filter(c => (known.has(c.parentCode) ? c.parentCode : null) === parent);
    const branch = parent => {
      const list = el('ul', { class: 'tree' });
      children(parent).forEach(court => {
        const li = el('li');
        const button = el('button', { type: 'button', class: 'court' + (court.code === state.selected ? ' selected' : ''),
          'data-court': court.code });
        button.append(el('span', {}, court.name || Catalogue.label('Court', court.code)),
          el('span', { class: 'cases' }, `${(state.casesByCourt[court.code] || 0).toLocaleString()} ${t('casesUnit')}`));
        button.onclick = () => select(court.code);
        li.append(button);
        if (children(court.code).length) li.append(branch(court.code));
        list.append(li);
      });
      return list;
    };
    $('court-tree').replaceChildren(branch(null));
  }

  function courtName(code) {
    const court = (state.courts || []).find(c => c.code === code);
    return court && court.name ? court.name : Catalogue.label('Court', code);
  }

  function renderCourt() {
    const box = $('court-figures');
    if (!state.selected) { box.replaceChildren(el('p', {}, t('selectCourt'))); return; }
    const heading = el('h3', {}, courtName(state.selected));
    const row = ((state.figures && state.figures.courts) || []).find(c => c.courtCode === state.selected);
    if (!row) { box.replaceChildren(heading, el('p', {}, t('noData'))); return; }
    const concluded = Object.values(row.concluded || {}).reduce((a, b) => a + b, 0);
    const tiles = el('div', { class: 'tiles' });
    tiles.append(Charts.tile(figure('filed'), row.filed), Charts.tile(figure('concluded'), concluded),
      Charts.tile(figure('recovered'), row.recovered ?? '—', '', row.recovered != null));
    const byType = Object.fromEntries(Object.entries(row.concluded || {}).filter(([, n]) => n > 0));
    box.replaceChildren(heading, tiles);
    if (Object.keys(byType).length) box.append(Charts.bars(byType, 'ConclusionType'));
  }

  /** A line per rate over the months, 0–100 %; a month without a rate (nothing to divide by) leaves a gap. */
  function renderTrend() {
    const box = $('trend');
    const months = ((state.assessment && state.assessment.months) || []).filter(m => m.courtCode === state.selected)
      .sort((a, b) => a.month.localeCompare(b.month));
    if (!months.length) { box.replaceChildren(el('p', {}, t('noData'))); return; }
    const width = 420, height = 170, left = 34, bottom = 22, top = 8;
    const step = months.length > 1 ? (width - left - 10) / (months.length - 1) : 0;
    const x = i => left + i * step;
    const y = v => top + (1 - Number(v)) * (height - top - bottom);
    const svg = document.createElementNS(NS, 'svg');
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    svg.setAttribute('width', '100%');
    svg.setAttribute('id', 'trend-chart');
    const add = (tag, attrs, text) => {
      const node = document.createElementNS(NS, tag);
      Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
      if (text !== undefined) node.textContent = text;
      svg.append(node);
      return node;
    };
    [0, 0.5, 1].forEach(v => {
      add('line', { x1: left, x2: width - 6, y1: y(v), y2: y(v), stroke: '#2a3c58' });
      add('text', { x: 0, y: y(v) + 4 }, `${v * 100}%`);
    });
    months.forEach((m, i) => {
      if (months.length <= 6 || i % Math.ceil(months.length / 6) === 0) {
        add('text', { x: Math.min(Math.max(0, x(i) - 20), width - 46), y: height - 6 }, m.month);
      }
    });
    const colours = { concludedRate: '#2fa36b', recoveryRate: '#e0a100', terminalShare: '#c94c4c',
      resumedShare: '#5b8def' };
    RATES.forEach(rate => {
      const points = months.map((m, i) => m[rate] === null || m[rate] === undefined ? null : `${x(i)},${y(m[rate])}`);
      let run = [];
      const flush = () => {
        if (run.length) add('polyline', { points: run.join(' '), fill: 'none', stroke: colours[rate], 'stroke-width': 2,
          'data-rate': rate });
        run = [];
      };
      points.forEach(p => { if (p) run.push(p); else flush(); });
      flush();
      months.forEach((m, i) => {
        if (m[rate] !== null && m[rate] !== undefined) {
          // each point names its month and rate (a tooltip, and what the browser test looks for)
          const point = add('circle', { cx: x(i), cy: y(m[rate]), r: 2.5, fill: colours[rate], 'data-month': m.month,
            'data-rate': rate });
          const tip = document.createElementNS(NS, 'title');
          tip.textContent = `${m.month} ${figure(rate)} ${(Number(m[rate]) * 100).toFixed(2)}%`;
          point.append(tip);
        }
      });
    });
    const legend = el('div', { class: 'legend' });
    RATES.forEach(rate => {
      const last = [...months].reverse().find(m => m[rate] !== null && m[rate] !== undefined);
      legend.append(el('span', { class: 'key', style: `border-color:${colours[rate]}` },
        `${figure(rate)} ${last ? (Number(last[rate]) * 100).toFixed(2) + '%' : '—'}`));
    });
    box.replaceChildren(el('h3', {}, courtName(state.selected)), svg, legend);
  }

  let timer = null;
  function start() {
    if (timer) return;
    refresh();
    timer = setInterval(refresh, 15000);
  }

  return { start, overview, render, refresh };
})();
