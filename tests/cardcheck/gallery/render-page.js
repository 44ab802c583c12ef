// Runs inside the gallery's Chromium page, after the official adaptivecards.min.js. Renders one expanded card the
// way Teams would and reports what a reader would notice: text or buttons cut off, content wider than the card.
'use strict';

(function () {
  const AC = window.AdaptiveCards;

  const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

  // The small part of Teams' markdown our cards rely on: **bold**, "- " bullets and <at>mentions</at>.
  // Like Teams, anything else shaped like an HTML tag is dropped, and reported: "edit <reference>" shows as "edit ".
  let droppedTags = [];
  AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
    for (const tag of text.match(/<(?!\/?at>)\/?[A-Za-z][^<>]*>/g) || []) {
      droppedTags.push(`text has ${tag}, which Teams drops as a tag: "${text.length > 60 ? text.slice(0, 57) + '...' : text}"`);
    }
    text = text.replace(/<(?!\/?at>)\/?[A-Za-z][^<>]*>/g, '');
    const lines = escapeHtml(text).split('\n').map((line) => line.replace(/^- (.*)$/, '&#8226; $1'));
    result.outputHtml = lines.join('<br>')
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      .replace(/&lt;at&gt;(.+?)&lt;\/at&gt;/g, '<span class="mention">$1</span>');
    result.didProcess = true;
  };

  function describe(element) {
    const text = (element.textContent || element.value || element.getAttribute('aria-label') || '').trim();
    return text.length > 60 ? text.slice(0, 57) + '...' : text;
  }

  // Anything whose content is wider than its box is cut off (ellipsis) or spills out of the card.
  function findProblems(cardElement) {
    const problems = [];
    const cardRight = cardElement.getBoundingClientRect().right;
    const selector = '.ac-textBlock, .ac-pushButton, .ac-pushButton > div, .ac-fact-title, .ac-fact-value, input, select, textarea';
    for (const element of cardElement.querySelectorAll(selector)) {
      if (element.offsetParent === null) {
        continue; // hidden, e.g. a show card not opened
      }
      const kind = element.closest('.ac-pushButton') ? 'button' : element.matches('input, select, textarea') ? 'input' : 'text';
      if (kind === 'input') {
        if (element.getBoundingClientRect().right > cardRight + 1) {
          problems.push(`input spills past the card's edge: "${describe(element)}"`);
        }
        continue; // an input scrolls its own text
      }
      if (element.scrollWidth > element.clientWidth + 1) {
        problems.push(`${kind} cut off: "${describe(element)}"`);
      }
      if (element.getBoundingClientRect().right > cardRight + 1) {
        problems.push(`${kind} spills past the card's edge: "${describe(element)}"`);
      }
    }
    return [...new Set(problems)];
  }

  // The library's filtered choice set shows the chosen value (an id such as "me"); Teams shows its title.
  function showFilteredTitles(card) {
    for (const input of card.getAllInputs()) {
      const choice = input.style === 'filtered' && input.choices ? input.choices.find((c) => c.value === input.defaultValue) : null;
      const box = choice && input.renderedElement ? input.renderedElement.querySelector('input') : null;
      if (box) {
        box.value = choice.title;
      }
    }
  }

  window.renderCard = (cardJson, hostConfigJson, width) => {
    const host = document.getElementById('card');
    host.style.width = `${width}px`;
    host.innerHTML = '';

    droppedTags = [];
    const card = new AC.AdaptiveCard();
    card.hostConfig = new AC.HostConfig(hostConfigJson);
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    card.parse(cardJson, context);
    const rendered = card.render();
    host.appendChild(rendered);
    showFilteredTitles(card);

    const problems = [];
    for (let i = 0; i < context.eventCount; i++) {
      problems.push(`parse: ${context.getEventAt(i).message}`);
    }
    return problems.concat([...new Set(droppedTags)], findProblems(host));
  };
})();
