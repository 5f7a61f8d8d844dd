// Small renderers: tiles, horizontal bar charts as inline SVG, tables and a task board. No libraries.
// Values of a known vocabulary (statuses, kinds, courts, agencies) are shown by their label (catalogue.js).
const Charts = (() => {
  const NS = 'http://www.w3.org/2000/svg';
  const el = (tag, attrs = {}, text) => {
    const node = document.createElement(tag);
    Object.entries(attrs).forEach(([k, v]) => node.setAttribute(k, v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  // amounts as money (two decimals), counts as integers with separators, anything else as it is
  const fmt = (v, amount) => amount ? Money.format(v)
    : typeof v === 'number' ? v.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') : String(v);
  const isNumberMap = v => v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 0
    && Object.values(v).every(x => typeof x === 'number');

  const STAMPS = ['asOf', 'generatedAt'];
  const isEmpty = v => v === null || v === undefined || (typeof v === 'object' && Object.keys(v).length === 0);

  function tile(label, value, cls, amount) {
    const box = el('div', { class: 'tile' + (cls ? ' ' + cls : '') + (amount ? ' amount' : '') });
    box.append(el('div', { class: 'label' }, label), el('div', { class: 'value' }, fmt(value, amount)));
    return box;
  }

  // rough width of a label at 11 px: CJK characters are square, Latin ones about half as wide
  const textWidth = s => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 11 : 6.2), 0);

  /** A bar per key of {key: count}; keys are labelled from {@code vocabulary} and the label column fits them. */
  function bars(map, vocabulary) {
    const entries = Object.entries(map).sort((a, b) => b[1] - a[1]).slice(0, 15);
    const max = Math.max(1, ...entries.map(e => e[1]));
    const labels = entries.map(([key]) => vocabulary ? Catalogue.label(vocabulary, key) : t(key));
    const labelWidth = Math.ceil(Math.max(40, ...labels.map(textWidth))) + 8;
    const barWidth = 170;
    const numWidth = Math.max(...entries.map(e => textWidth(fmt(e[1])))) + 8;
    const svg = document.createElementNS(NS, 'svg');
    const row = 22;
    const width = labelWidth + barWidth + numWidth;
    svg.setAttribute('viewBox', `0 0 ${width} ${entries.length * row + 4}`);
    svg.setAttribute('width', '100%');
    svg.style.maxWidth = width * 1.4 + 'px';
    entries.forEach(([key, value], i) => {
      const y = i * row + 2;
      const label = document.createElementNS(NS, 'text');
      label.setAttribute('x', 0); label.setAttribute('y', y + 14); label.textContent = labels[i];
      label.setAttribute('data-key', key); // the untranslated key (e.g. an agency id), for tests and tooltips
      const bar = document.createElementNS(NS, 'rect');
      const length = Math.max(2, (value / max) * barWidth);
      bar.setAttribute('x', labelWidth); bar.setAttribute('y', y + 3); bar.setAttribute('height', 14);
      bar.setAttribute('width', length); bar.setAttribute('fill', '#d4382c');
      const num = document.createElementNS(NS, 'text');
      num.setAttribute('x', labelWidth + length + 4); num.setAttribute('y', y + 14);
      num.textContent = fmt(value);
      svg.append(label, bar, num);
    });
    return svg;
  }

  function cell(column, value) {
    if (value === undefined || value === null) return '';
    const vocabulary = Catalogue.ofField(column);
    if (vocabulary) return Catalogue.label(vocabulary, value);
    return typeof value === 'object' ? JSON.stringify(value) : fmt(value, Money.isAmount(column));
  }

  function table(rows) {
    const cols = [...new Set(rows.slice(0, 20).flatMap(r => Object.keys(r)))].slice(0, 6);
    const tbl = el('table');
    const head = el('tr');
    const numeric = c => Money.isAmount(c) || rows.some(r => typeof r[c] === 'number');
    cols.forEach(c => head.append(el('th', { class: numeric(c) ? 'num' : '' }, t(c))));
    tbl.append(head);
    rows.slice(0, 20).forEach(r => {
      const tr = el('tr');
      cols.forEach(c => tr.append(el('td', { class: numeric(c) ? 'num' : '' },
        cell(c, r[c]))));
      tbl.append(tr);
    });
    return tbl;
  }

  /** Any statistics document: numbers as tiles, number maps as bar charts, lists as tables, objects recursively. */
  function document_(doc, target, depth = 0, parentKey) {
    const tiles = el('div', { class: 'tiles' });
    target.append(tiles); // right under the card's (or section's) heading
    Object.entries(doc || {}).forEach(([key, value]) => {
      if (STAMPS.includes(key) || isEmpty(value)) {
        // the time stamp is shown once, at the bottom of the page; empty breakdowns add nothing
      } else if (typeof value === 'number' || typeof value === 'string') {
        tiles.append(tile(t(key), value, '', Money.isAmount(key, parentKey)));
      } else if (isNumberMap(value)) {
        target.append(el('h3', {}, t(key)), bars(value, Catalogue.ofBreakdown(key)));
      } else if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
        target.append(el('h3', {}, t(key)), table(value));
      } else if (value && typeof value === 'object' && depth < 3) {
        target.append(el('h3', {}, t(key)));
        document_(value, target, depth + 1, key);
      }
    });
    if (!tiles.childElementCount) tiles.remove();
  }

  /** Key tasks as columns by state: from {state: count} or from a list of tasks with a state field. */
  function board(tasks) {
    const state = s => Catalogue.label('KeyTaskState', s);
    const wrap = el('div', { class: 'board' });
    const columns = {};
    if (Array.isArray(tasks)) {
      tasks.forEach(task => { (columns[task.state || task.status || '?'] ||= []).push(task); });
      Object.entries(columns).forEach(([key, items]) => {
        const col = el('div', { class: 'column' });
        col.append(el('div', {}, state(key)), el('div', { class: 'count' }, items.length));
        items.slice(0, 8).forEach(i => col.append(el('div', { class: 'item' }, i.title || i.name || i.id || '')));
        wrap.append(col);
      });
    } else {
      Object.entries(tasks || {}).forEach(([key, count]) => {
        const col = el('div', { class: 'column' });
        col.append(el('div', {}, state(key)), el('div', { class: 'count' }, fmt(count)));
        wrap.append(col);
      });
    }
    return wrap;
  }

  return { el, tile, bars, table, document: document_, board, isNumberMap };
})();
