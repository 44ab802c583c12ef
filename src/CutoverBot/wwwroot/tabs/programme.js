'use strict';
// The "Cutover programme" tab of a team the practices share with (the ICB's, a delivery partner's): one row per
// practice, sortable, with a total row. Counts and dates only.
(async () => {
  const { start, api, teamId, longDate, el, showError } = window.CutoverTabs;
  const main = document.getElementById('main');
  const COLUMNS = [
    { key: 'name', label: 'Practice' },
    { key: 'odsCode', label: 'ODS code' },
    { key: 'phaseText', label: 'Phase' },
    { key: 'fdp', label: 'FDP', date: true },
    { key: 'goLive', label: 'Go-live', date: true },
    { key: 'checklistDone', label: 'Checklist done', n: true, show: (r) => `${r.checklistDone} of ${r.checklistTotal}` },
    { key: 'checklistOverdue', label: 'Overdue tasks', n: true },
    { key: 'entriesLogged', label: 'Entries logged', n: true },
    { key: 'reentryOutstanding', label: 'Re-entry outstanding', n: true },
    { key: 'legacyDaysLeft', label: 'Legacy access days left', n: true },
  ];
  let view = null;
  let sort = { key: 'goLive', dir: 1 };

  function cell(c, r) {
    const v = r[c.key];
    if (c.show && v !== null && v !== undefined) return c.show(r);
    if (v === null || v === undefined) return '';
    return c.date ? longDate(v) : String(v);
  }

  function compare(a, b) {
    const x = a[sort.key]; const y = b[sort.key];
    if (x === y) return a.name.localeCompare(b.name);
    if (x === null || x === undefined) return 1;
    if (y === null || y === undefined) return -1;
    return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y))) * sort.dir;
  }

  function render() {
    const rows = [...view.practices].sort(compare);
    const head = el('tr', {}, COLUMNS.map((c) => el('th', { scope: 'col', class: c.n ? 'n' : null, 'aria-sort': sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none' },
      el('button', { class: 'sort', 'data-sort': c.key, 'aria-sort': sort.key === c.key ? (sort.dir > 0 ? 'ascending' : 'descending') : null,
        onclick: () => { sort = { key: c.key, dir: sort.key === c.key ? -sort.dir : 1 }; render(); document.querySelector(`[data-sort="${c.key}"]`).focus(); }, text: c.label }))));
    const body = rows.map((r) => el('tr', { 'data-practice': r.name }, COLUMNS.map((c) => el('td', { class: c.n ? 'n' : null, text: cell(c, r) }))));
    const t = view.total;
    const total = el('tr', { class: 'total' }, COLUMNS.map((c, i) => el('td', { class: c.n ? 'n' : null,
      text: i === 0 ? t.name : (c.n && c.key !== 'legacyDaysLeft' ? cell(c, t) : '') })));
    main.replaceChildren(el('h1', { text: `Cutover programme: ${view.teamName}` }),
      el('p', { class: 'muted', text: 'Every practice that shares its cutover progress with this team. Counts only: nothing about any patient. A practice manager starts or stops sharing with "share progress with" or "stop sharing with" and this team\'s name.' }),
      view.practices.length === 0 ? el('p', { text: 'No practice shares its progress with this team yet.' })
        : el('div', { class: 'scroll' }, el('table', { id: 'programme' }, el('caption', { class: 'muted', text: 'Select a column heading to sort by it.' }),
          el('thead', {}, head), el('tbody', {}, body), el('tfoot', {}, total))));
  }

  try {
    await start();
    view = await api('/api/tabs/programme?team=' + encodeURIComponent(teamId()));
    render();
  } catch (e) {
    showError(main, e);
  }
})();
