'use strict';
// What every tab page shares: Teams start-up (theme, context), the sign-in token for the API, calls to /api/tabs,
// UK dates, and building elements without innerHTML (nothing from the API is ever parsed as HTML).
window.CutoverTabs = (() => {
  const params = new URLSearchParams(window.location.search);
  // Development only: the host accepts this header in Development and nowhere else (docs/tabs.md).
  const devUser = params.get('devUser');
  let context = null;

  function applyTheme(theme) {
    document.body.classList.remove('theme-default', 'theme-dark', 'theme-contrast');
    document.body.classList.add('theme-' + (theme === 'dark' || theme === 'contrast' ? theme : 'default'));
  }

  function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
  }

  async function start() {
    applyTheme(params.get('theme'));
    try {
      await withTimeout(microsoftTeams.app.initialize(), devUser ? 1500 : 15000);
      context = await microsoftTeams.app.getContext();
      if (!params.get('theme')) applyTheme(context.app && context.app.theme);
      microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
    } catch (e) {
      if (!devUser) throw new Error('This page works inside Microsoft Teams: open it as a tab there.');
    }
    return context;
  }

  async function headers() {
    if (devUser) return { 'X-CutoverBot-Dev-User': devUser };
    const token = await microsoftTeams.authentication.getAuthToken();
    return { Authorization: 'Bearer ' + token };
  }

  async function api(path, options) {
    const init = Object.assign({ method: 'GET' }, options || {});
    init.headers = Object.assign({ Accept: 'application/json' }, await headers(), init.headers || {});
    const response = await fetch(path, init);
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) throw new Error((body && body.error) || 'Something went wrong (' + response.status + '). Reload the tab to try again.');
    return body;
  }

  function teamId() {
    return params.get('team') || (context && context.team && context.team.internalId) || '';
  }

  const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function parseIso(iso) { const [y, m, d] = iso.split('-').map(Number); return new Date(Date.UTC(y, m - 1, d)); }
  // "Tue 8 Dec 2026": day first, as the cards say it.
  function longDate(iso) { if (!iso) return ''; const d = parseIso(iso); return `${DAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; }
  function shortDate(iso) { const d = parseIso(iso); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`; }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function table(caption, head, rows, numeric, totalRow) {
    const t = el('table', {}, el('caption', { class: 'muted', text: caption }),
      el('thead', {}, el('tr', {}, head.map((h, i) => el('th', { scope: 'col', class: numeric[i] ? 'n' : null, text: h })))),
      el('tbody', {}, rows.map((r) => el('tr', {}, r.map((c, i) => el('td', { class: numeric[i] ? 'n' : null, text: c }))))));
    if (totalRow) t.append(el('tfoot', {}, el('tr', { class: 'total' }, totalRow.map((c, i) => el('td', { class: numeric[i] ? 'n' : null, text: c })))));
    return el('div', { class: 'scroll' }, t);
  }

  function showError(target, error) {
    target.replaceChildren(el('p', { class: 'error', role: 'alert', text: error.message || String(error) }));
  }

  return { start, api, teamId, longDate, shortDate, el, table, showError, params };
})();
