'use strict';
// The channel tab "Cutover": the practice's phase, dates, checklist and entry counts. Anyone in the team may open it,
// guests included, so the API sends counts only and this page shows nothing else.
(async () => {
  const { start, api, teamId, longDate, shortDate, el, table, showError } = window.CutoverTabs;
  const { stackedBars, line } = window.CutoverCharts;
  const main = document.getElementById('main');

  function days(n, what) {
    if (n === null || n === undefined) return 'not set';
    if (n === 0) return `${what} is today`;
    if (n > 0) return `${n} ${n === 1 ? 'day' : 'days'} to ${what}`;
    return `${what} was ${-n} ${n === -1 ? 'day' : 'days'} ago`;
  }

  function fact(label, value, detail) {
    return el('div', { class: 'fact' }, el('span', { class: 'muted', text: label }), el('b', { text: value }), detail ? el('span', { text: detail }) : null);
  }

  function render(v) {
    const parts = [el('h1', { text: `Cutover: ${v.practiceName}` })];
    if (!v.isSetUp) {
      parts.push(el('p', { text: 'The practice manager has not set the cutover dates yet: type setup to the bot to do it.' }));
    } else {
      parts.push(el('p', { class: 'muted', text: v.phaseText }));
      parts.push(el('div', { class: 'facts' },
        fact('FDP', longDate(v.fdp), days(v.daysToFdp, 'FDP')),
        fact('Go-live', longDate(v.goLive), days(v.daysToGoLive, 'go-live')),
        fact('Legacy access ends', longDate(v.legacyAccessEnds), days(v.daysToLegacyEnd, 'the end of legacy access')),
        fact('Entries logged', String(v.entriesLogged))));

      parts.push(el('h2', { text: 'Checklist by phase' }));
      parts.push(table('Checklist tasks by the phase they start in', ['Phase', 'Done', 'Tasks', 'Overdue'],
        v.checklist.map((p) => [p.name, p.done, p.total, p.overdue]), [false, true, true, true],
        ['Total', sum(v.checklist, 'done'), sum(v.checklist, 'total'), sum(v.checklist, 'overdue')]));
      parts.push(el('h2', { text: `Overdue tasks (${v.overdueTasks.length})` }));
      parts.push(v.overdueTasks.length === 0 ? el('p', { text: 'None: every task whose window has closed is ticked.' })
        : el('ul', { id: 'overdue' }, v.overdueTasks.map((t) => el('li', {}, t.title, el('span', { class: 'muted', text: ` (due by ${longDate(t.dueBy)})` })))));
    }

    parts.push(el('h2', { text: 'Entries logged each day' }));
    if (v.entriesPerDay.length === 0) parts.push(el('p', { text: 'No entries yet.' }));
    else {
      parts.push(stackedBars({
        title: 'Entries logged per day, by kind', xLabel: 'Day logged', yLabel: 'Entries',
        labels: v.entriesPerDay.map((d) => shortDate(d.date)),
        series: v.kinds.map((k, i) => ({ name: k.label, values: v.entriesPerDay.map((d) => d.byKind[i]) })),
      }));
    }

    if (v.afterGoLive) {
      parts.push(el('h2', { text: 'Re-entry since go-live' }));
      parts.push(line({
        title: 'Entries still to re-enter at the end of each day', xLabel: 'Day', yLabel: 'Still to re-enter', valueName: 'Still to re-enter',
        labels: v.burndown.map((d) => shortDate(d.date)), values: v.burndown.map((d) => d.outstanding),
      }));
      parts.push(el('h2', { text: 'Progress by person' }));
      parts.push(progressTable('Re-entry progress by who logged the entries', 'Person', v.byPerson));
      parts.push(el('h2', { text: 'Progress by kind' }));
      parts.push(progressTable('Re-entry progress by kind of entry', 'Kind', v.byKind));
    }
    parts.push(el('p', { class: 'muted', text: 'Counts only: anyone in the team, guests included, can see this tab. Entries themselves are in the personal tab "My entries".' }));
    main.replaceChildren(...parts);
  }

  function sum(rows, key) { return rows.reduce((s, r) => s + r[key], 0); }

  function progressTable(caption, first, rows) {
    return table(caption, [first, 'To re-enter', 'Re-entered', 'Not needed'], rows.map((r) => [r.name, r.pending, r.reentered, r.notNeeded]),
      [false, true, true, true], ['Total', sum(rows, 'pending'), sum(rows, 'reentered'), sum(rows, 'notNeeded')]);
  }

  try {
    await start();
    render(await api('/api/tabs/channel?team=' + encodeURIComponent(teamId())));
  } catch (e) {
    showError(main, e);
  }
})();
