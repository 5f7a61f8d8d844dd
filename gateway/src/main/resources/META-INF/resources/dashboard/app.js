// The dashboard: logs in, reads /api/admin/overview/stream (fetch, since EventSource cannot send a token),
// and redraws on every pushed overview.
(() => {
  const $ = id => document.getElementById(id);
  let latest = null;
  let streamAbort = null;

  function setLive(on) {
    $('live').className = 'badge ' + (on ? 'on' : 'off');
    $('live').dataset.i18n = on ? 'live' : 'offline';
    $('live').textContent = t($('live').dataset.i18n);
  }

  function message(key) {
    $('message').hidden = !key;
    if (key) { $('message').dataset.i18n = key; $('message').textContent = t(key); }
  }

  /** The first value in a document whose key matches, searched depth-first. */
  function find(doc, pattern) {
    if (!doc || typeof doc !== 'object') return undefined;
    for (const [key, value] of Object.entries(doc)) {
      if (pattern.test(key) && value && typeof value === 'object') return value;
    }
    for (const value of Object.values(doc)) {
      const found = value && typeof value === 'object' && !Array.isArray(value) ? find(value, pattern) : undefined;
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * Overdue referrals per agency: liaison-stats serves open/overdue per agency and kind
   * ({referrals: [{agencyId, kind, open, overdue}]}), summed here per agency; agencies with none are left out.
   */
  function overdueByAgency(stats) {
    const perAgency = {};
    ((stats && stats.referrals) || []).forEach(r => {
      if (r.overdue > 0) perAgency[r.agencyId] = (perAgency[r.agencyId] || 0) + r.overdue;
    });
    return perAgency;
  }

  /** A board has a column per key-task state, a state without tasks too (a new year starts with none). */
  function withEveryState(tasks) {
    if (Array.isArray(tasks)) return tasks;
    return Object.assign({ ON_TRACK: 0, LATE: 0, DONE: 0 }, tasks);
  }

  function render(overview) {
    latest = overview;
    const s = overview.summary;
    const summary = $('summary');
    summary.replaceChildren(
      Charts.tile(t('servicesAvailable'), `${s.servicesAvailable} / ${s.servicesTotal}`),
      Charts.tile(t('servicesReady'), `${s.servicesReady} / ${s.servicesTotal}`),
      Charts.tile(t('kafka'), Catalogue.label('Health', s.kafka), s.kafka === 'UP' ? '' : 'down'),
      Charts.tile(t('totalLag'), s.totalLag === null || s.totalLag === undefined ? '—' : s.totalLag),
      Charts.tile(t('amountOwed'), s.amountOwed ?? '—', '', s.amountOwed != null),
      Charts.tile(t('amountRecovered'), s.amountRecovered ?? '—', '', s.amountRecovered != null));

    const liaison = (overview.services.liaison || {}).stats;
    const overdue = overdueByAgency(liaison);
    $('overdue').replaceChildren(Object.keys(overdue).length ? Charts.bars(overdue, 'Agency')
      : Charts.el('p', {}, t('noData')));
    const tasks = find(liaison, /keyTask|tasks/i);
    $('tasks').replaceChildren(tasks ? Charts.board(withEveryState(tasks)) : Charts.el('p', {}, t('noData')));

    const health = Charts.el('table');
    Object.entries(overview.services).forEach(([name, svc]) => {
      const tr = Charts.el('tr');
      tr.append(Charts.el('td', {}, t(name)));
      const cell = Charts.el('td');
      cell.append(Charts.el('span', { class: 'badge ' + (svc.health === 'UP' ? 'up' : 'down') },
        Catalogue.label('Health', svc.health)));
      tr.append(cell);
      health.append(tr);
    });
    Object.entries(overview.kafka.lag || {}).forEach(([group, lag]) => {
      const tr = Charts.el('tr');
      tr.append(Charts.el('td', {}, `${t('lag')} · ${group}`), Charts.el('td', {}, lag === null ? '—' : String(lag)));
      health.append(tr);
    });
    $('health').replaceChildren(health);

    const cards = Object.entries(overview.services).map(([name, svc]) => {
      const card = Charts.el('article', { class: 'card' + (name === 'credit' ? '' : ' wide'), 'data-service': name });
      card.append(Charts.el('h2', {}, t(name)));
      if (svc.available) Charts.document(svc.stats, card);
      else card.append(Charts.el('p', { class: 'message' }, `${t('unavailable')} (${svc.problem || ''})`));
      return card;
    });
    $('services').replaceChildren(...cards);
    Boards.overview((overview.services.case || {}).stats);
    Boards.render(); // the live task board, court tree and trend (boards.js), labelled in the current language
    $('updated').textContent = new Date(overview.generatedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
    nameAgencies(liaison);
  }

  /** Agencies are shown by name: an id not seen before fetches the registry again, then the page is redrawn. */
  async function nameAgencies(liaison) {
    const ids = ((liaison && liaison.referrals) || []).map(r => r.agencyId)
      .concat(Object.keys((liaison && liaison.missedReportsByUnit) || {}));
    if (await Catalogue.loadAgencies(Auth.token(), ids) && latest) render(latest);
  }

  async function stream() {
    const token = Auth.token();
    if (!token) { setLive(false); message('pleaseLogin'); return; }
    streamAbort = new AbortController();
    try {
      const response = await fetch('/api/admin/overview/stream', { signal: streamAbort.signal,
        headers: { Authorization: 'Bearer ' + token, Accept: 'text/event-stream' } });
      if (response.status === 403) { message('forbidden'); return; }
      if (!response.ok) throw new Error('stream answered ' + response.status);
      message(null);
      setLive(true);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let cut;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, cut);
          buffer = buffer.slice(cut + 2);
          const data = event.split('\n').filter(l => l.startsWith('data:')).map(l => l.slice(5).trim()).join('\n');
          if (data) render(Money.parse(data)); // amounts keep their digits
        }
      }
    } catch (e) {
      if (e.name === 'AbortError') return;
    }
    setLive(false);
    setTimeout(stream, 3000); // reconnect, with a refreshed token if there is one
  }

  async function start() {
    applyI18n();
    await Catalogue.load();
    $('lang').onclick = () => {
      lang = lang === 'zh' ? 'en' : 'zh';
      localStorage.setItem('lianxi.lang', lang);
      applyI18n();
      if (latest) render(latest); else Boards.render();
    };
    $('login').onclick = () => Auth.login();
    $('logout').onclick = () => Auth.logout();
    let token = null;
    try { token = await Auth.init(); } catch (e) { message('loginFailed'); }
    $('login').hidden = !!token;
    $('logout').hidden = !token;
    if (token) $('user').textContent = Auth.claims(token).preferred_username || '';
    document.body.dataset.ready = 'true'; // for browser tests: the scripts ran and the login state is known
    stream();
    if (token) Boards.start();
  }

  start();
})();
