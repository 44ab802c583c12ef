'use strict';
// The personal tab "My entries": the signed-in person's entries (the practice manager can list everyone's), with
// filters, the details of one entry (the API records each opening in the audit trail) and the go-live card's two
// buttons: Re-entered, and Not needed with the reason.
(async () => {
  const { start, api, el, showError } = window.CutoverTabs;
  const main = document.getElementById('main');
  const state = { practices: [], practice: null, everyone: false, kind: '', status: '', reference: '' };
  let statusLine; let listArea; let detailsArea; let kindSelect;

  const STATUS = { pending: 'To re-enter', reentered: 'Re-entered', notneeded: 'Not needed' };

  function q(extra) {
    const p = new URLSearchParams({ practice: state.practice.id });
    for (const [k, v] of Object.entries(extra || {})) if (v) p.set(k, v);
    return p.toString();
  }

  function say(text, isError) {
    statusLine.textContent = text;
    statusLine.className = 'status' + (isError ? ' error' : '');
  }

  function layout() {
    const toolbar = el('form', { class: 'toolbar', role: 'search', onsubmit: (e) => { e.preventDefault(); load(); } });
    if (state.practices.length > 1) {
      toolbar.append(el('label', {}, 'Practice', el('select', { id: 'practice', onchange: (e) => {
        state.practice = state.practices.find((p) => p.id === e.target.value); layout(); load();
      } }, state.practices.map((p) => el('option', { value: p.id, selected: p.id === state.practice.id, text: p.name })))));
    }
    kindSelect = el('select', { id: 'kind', onchange: (e) => { state.kind = e.target.value; load(); } }, el('option', { value: '', text: 'All kinds' }));
    toolbar.append(el('label', {}, 'Kind', kindSelect));
    toolbar.append(el('label', {}, 'Status', el('select', { id: 'status', onchange: (e) => { state.status = e.target.value; load(); } },
      el('option', { value: '', text: 'Any status' }), Object.entries(STATUS).map(([v, t]) => el('option', { value: v, text: t, selected: state.status === v })))));
    toolbar.append(el('label', {}, 'Reference', el('input', { id: 'reference', type: 'search', maxlength: 40, placeholder: 'CALL-0007', value: state.reference,
      oninput: (e) => { state.reference = e.target.value.trim(); } })));
    if (state.practice.isManager) {
      toolbar.append(el('label', { class: 'choice' }, el('span', { text: "Everyone's entries" }),
        el('input', { id: 'everyone', type: 'checkbox', checked: state.everyone, onchange: (e) => { state.everyone = e.target.checked; load(); } })));
    }
    toolbar.append(el('button', { type: 'submit', text: 'Search' }));
    statusLine = el('p', { class: 'status', role: 'status' });
    listArea = el('div', { id: 'list' });
    detailsArea = el('div', { id: 'details' });
    main.replaceChildren(el('h1', { text: `My entries: ${state.practice.name}` }),
      el('p', { class: 'muted', text: 'Patient details are shown only when you open an entry, and each opening is recorded in the practice\'s audit trail.' }),
      toolbar, statusLine, detailsArea, listArea);
  }

  function fillKinds(kinds) {
    const current = state.kind;
    kindSelect.replaceChildren(el('option', { value: '', text: 'All kinds' }), kinds.map((k) => el('option', { value: k.kind, text: k.label, selected: k.kind === current })));
  }

  async function load() {
    try {
      const list = await api('/api/tabs/entries?' + q({ everyone: state.everyone ? 'true' : '', kind: state.kind, status: state.status, reference: state.reference }));
      fillKinds(list.kinds);
      renderList(list);
    } catch (e) {
      say(e.message, true);
    }
  }

  function renderList(list) {
    if (list.rows.length === 0) {
      listArea.replaceChildren(el('p', { text: list.matched === 0 && !state.kind && !state.status && !state.reference ? 'No entries yet.' : 'No entries match.' }));
      return;
    }
    const head = ['Reference', 'Kind', 'Status', 'Logged', list.everyone ? 'Logged by' : null, 'Re-entry'].filter(Boolean);
    // data-label names each cell where a phone shows a row as a stack of cells instead of a line (tabs.css).
    const rows = list.rows.map((r) => el('tr', { 'data-entry': r.reference },
      el('td', { 'data-label': 'Reference' }, el('button', { class: 'secondary', 'aria-label': `Open ${r.reference}`, onclick: () => open(r.id), text: r.reference })),
      el('td', { 'data-label': 'Kind', text: r.kindLabel }),
      el('td', { 'data-label': 'Status' }, el('span', { class: 'pill ' + r.status, text: STATUS[r.status] })),
      el('td', { 'data-label': 'Logged', text: r.logged }),
      list.everyone ? el('td', { 'data-label': 'Logged by', text: r.authorName }) : null,
      el('td', { 'data-label': 'Re-entry' }, r.canConfirm ? actions(r.id, r.reference) : null)));
    const more = list.matched > list.rows.length ? el('p', { class: 'muted', text: `Showing the newest ${list.rows.length} of ${list.matched}: filter to see others.` }) : null;
    listArea.replaceChildren(el('p', { class: 'muted', text: `${list.matched} ${list.matched === 1 ? 'entry' : 'entries'}` }),
      el('div', { class: 'scroll' }, el('table', { class: 'stack' }, el('caption', { class: 'muted', text: list.everyone ? "Everyone's entries, newest first" : 'Your entries, newest first' }),
        el('thead', {}, el('tr', {}, head.map((h) => el('th', { scope: 'col', text: h })))), el('tbody', {}, rows))), ...(more ? [more] : []));
  }

  function actions(id, reference) {
    return el('span', { class: 'toolbar' },
      el('button', { 'data-action': 'reentered', onclick: () => confirm(id, reference), text: 'Re-entered' }),
      el('button', { class: 'secondary', 'data-action': 'notneeded', onclick: () => askReason(id, reference), text: 'Not needed' }));
  }

  async function confirm(id, reference) {
    try {
      const done = await api(`/api/tabs/entries/${id}/reentered?` + q(), { method: 'POST' });
      say(done.message || `Marked ${reference} re-entered.`);
      await load();
    } catch (e) {
      say(e.message, true);
    }
  }

  function askReason(id, reference) {
    const input = el('input', { id: 'reason', maxlength: 500, required: true, 'aria-label': `Why ${reference} isn't needed` });
    const form = el('form', { class: 'panel', onsubmit: async (e) => {
      e.preventDefault();
      try {
        const done = await api(`/api/tabs/entries/${id}/not-needed?` + q(), { method: 'POST', headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ reason: input.value }) });
        detailsArea.replaceChildren();
        say(done.message || `Marked ${reference} not needed.`);
        await load();
      } catch (err) {
        say(err.message, true);
      }
    } }, el('label', { for: 'reason', text: `Why isn't ${reference} needed? The reason is kept with the entry.` }), input,
    el('span', { class: 'toolbar' }, el('button', { type: 'submit', text: 'Mark not needed' }),
      el('button', { type: 'button', class: 'secondary', onclick: () => detailsArea.replaceChildren(), text: 'Cancel' })));
    detailsArea.replaceChildren(form);
    input.focus();
  }

  async function open(id) {
    try {
      const d = await api(`/api/tabs/entries/${id}?` + q());
      const rows = [['Kind', d.kindLabel], ['Status', STATUS[d.status]], ['Patient', d.patientName], ['Date of birth', d.dateOfBirth], ['NHS number', d.nhsNumber],
        ['UBRN', d.ubrn], ['Happened on', d.occurredOn], ['Details', d.details], ['Logged', `${d.logged} by ${d.authorName}`], ['Done', d.doneBy],
        ['Reason not needed', d.notNeededReason]].filter(([, v]) => v);
      const close = el('button', { class: 'secondary', onclick: () => detailsArea.replaceChildren(), text: 'Close' });
      detailsArea.replaceChildren(el('section', { class: 'panel', 'aria-label': `Entry ${d.reference}` }, el('h2', { text: d.reference }),
        el('dl', {}, rows.map(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
        el('span', { class: 'toolbar' }, d.canConfirm ? actions(d.id, d.reference) : null, close)));
      close.focus();
    } catch (e) {
      say(e.message, true);
    }
  }

  try {
    await start();
    const me = await api('/api/tabs/me');
    state.practices = me.practices;
    if (state.practices.length === 0) {
      main.replaceChildren(el('h1', { text: 'My entries' }), el('p', { text: "You're not on the staff roster of any practice CutoverBot is in, so there are no entries to show. Guests of a practice team see its Cutover tab instead." }));
      return;
    }
    state.practice = state.practices[0];
    layout();
    await load();
  } catch (e) {
    showError(main, e);
  }
})();
