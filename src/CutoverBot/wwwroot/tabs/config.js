'use strict';
// The configurable tab's set-up page: Teams shows it when someone adds CutoverBot as a tab to a channel. It offers the
// practice's "Cutover" view or the "Cutover programme" view (practices sharing with this team), and saves the page's
// address with this team's id in it.
(async () => {
  const { start, el, showError } = window.CutoverTabs;
  const main = document.getElementById('main');
  try {
    const context = await start();
    const team = (context && context.team && context.team.internalId) || '';
    let choice = 'channel';
    const option = (value, title, text) => el('label', { class: 'choice' },
      el('input', { type: 'radio', name: 'view', value, checked: value === choice, onchange: () => { choice = value; microsoftTeams.pages.config.setValidityState(true); } }),
      el('span', {}, el('b', { text: title }), el('br'), el('span', { class: 'muted', text })));
    main.replaceChildren(el('h1', { text: 'Add a CutoverBot tab' }),
      el('fieldset', {}, el('legend', { text: 'Which view?' }),
        option('channel', 'Cutover', "This practice's phase, dates, checklist and entry counts. Counts only, so guests of the team may see it."),
        option('programme', 'Cutover programme', 'For an ICB or delivery partner team: every practice that shares its progress with this team.')));
    microsoftTeams.pages.config.registerOnSaveHandler((save) => {
      const page = choice === 'programme' ? 'programme.html' : 'channel.html';
      const url = `${window.location.origin}/tabs/${page}?team=${encodeURIComponent(team)}`;
      microsoftTeams.pages.config.setConfig({
        entityId: 'cutoverbot-' + choice, contentUrl: url, websiteUrl: url, suggestedDisplayName: choice === 'programme' ? 'Cutover programme' : 'Cutover',
      }).then(() => save.notifySuccess(), (e) => save.notifyFailure(String(e)));
    });
    microsoftTeams.pages.config.setValidityState(true);
  } catch (e) {
    showError(main, e);
  }
})();
