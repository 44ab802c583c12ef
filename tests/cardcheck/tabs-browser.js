#!/usr/bin/env node
// Drives the Teams tab pages in Debian's Chromium against a running CutoverBot host (Development, so pages sign in
// with the Development-only devUser path), and prints what a person would see as JSON on stdout. The browser tests
// (tests/CutoverBot.Tests/Tabs/Browser) start the host, seed it, run this once per test class and assert on the JSON.
// Usage: node tabs-browser.js <plan.json>   (plan: { baseUrl, people: {...}, teams: {...}, screenshots?: folder })
'use strict';

const fs = require('fs');
const path = require('path');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--lang=en-GB'];

async function main() {
  const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH.`);
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const out = {};
  try {
    const url = (page, who, extra) => `${plan.baseUrl}/tabs/${page}?devUser=${who}${extra || ''}`;
    const team = (id) => `&team=${encodeURIComponent(id)}`;
    const { people, teams } = plan;

    out.channelManager = await visit(browser, url('channel.html', people.manager, team(teams.practice)), async (page) => ({
      h1: await text(page, 'h1'),
      overdue: await page.locator('#overdue li').allInnerTexts(),
      perDay: await tableOf(page, 'Entries logged per day, by kind'),
      burndown: await tableOf(page, 'Entries still to re-enter at the end of each day'),
      byPerson: await tableOf(page, 'Re-entry progress by who logged the entries'),
      checklist: await tableOf(page, 'Checklist tasks by the phase they start in'),
      svgBars: await page.locator('figure[data-chart="Entries logged per day, by kind"] svg rect').count(),
      chartTitles: await page.locator('svg.chart > title').allTextContents(),
      axisLabels: await page.locator('svg.chart text').allTextContents(),
      teamsJs: await page.evaluate(() => typeof microsoftTeams === 'object' && typeof microsoftTeams.app.initialize === 'function' ? microsoftTeams.version : null),
      wideAt360: await overflows(page, 360),
    }));
    out.channelDark = await visit(browser, url('channel.html', people.manager, team(teams.practice) + '&theme=dark'), async (page) => ({
      theme: await page.evaluate(() => document.body.className),
      background: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    }));
    out.channelContrast = await visit(browser, url('channel.html', people.manager, team(teams.practice) + '&theme=contrast'), async (page) => ({
      theme: await page.evaluate(() => document.body.className),
      background: await page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    }));
    out.channelGuest = await visit(browser, url('channel.html', people.guest, team(teams.practice)), async (page) => ({
      h1: await text(page, 'h1'), body: await page.locator('body').innerText(),
      entriesApi: await probe(plan.baseUrl, `/api/tabs/entries?practice=${encodeURIComponent(teams.practice)}`, people.guest),
    }));
    out.entriesGuest = await visit(browser, url('entries.html', people.guest), async (page) => ({ body: await page.locator('body').innerText() }));
    out.entriesStaff = await visit(browser, url('entries.html', people.staff), async (page) => {
      const before = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.innerText));
      const pending = page.locator('tbody tr', { has: page.locator('button[data-action="reentered"]') }).first();
      const reference = await pending.getAttribute('data-entry');
      await pending.locator('button[data-action="reentered"]').click();
      await page.waitForFunction((r) => { const row = document.querySelector(`tr[data-entry="${r}"]`); return row && !row.querySelector('[data-action]'); }, reference);
      const after = await page.locator(`tr[data-entry="${reference}"]`).innerText();
      const status = await text(page, '.status');
      // Keyboard: Tab from the top of the page to the first entry's reference button, Enter opens its details.
      await page.locator('#reference').focus();
      const focused = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const f = await page.evaluate(() => document.activeElement && (document.activeElement.getAttribute('aria-label') || document.activeElement.textContent || document.activeElement.id));
        focused.push(f);
        if (f && f.startsWith('Open ')) break;
      }
      await page.keyboard.press('Enter');
      await page.waitForSelector('#details section');
      const details = await page.locator('#details section').innerText();
      const closeFocused = await page.evaluate(() => document.activeElement && document.activeElement.textContent);
      const otherPractice = await probe(plan.baseUrl, `/api/tabs/entries/${plan.otherEntryId}?practice=${encodeURIComponent(teams.other)}`, people.staff);
      const otherAsOwn = await probe(plan.baseUrl, `/api/tabs/entries/${plan.otherEntryId}?practice=${encodeURIComponent(teams.practice)}`, people.staff);
      return { before, reference, after, status, focused, details, closeFocused, otherPractice, otherAsOwn };
    });
    out.programme = await visit(browser, url('programme.html', people.icb, team(teams.icb)), async (page) => {
      const rows = async () => page.locator('#programme tbody tr').evaluateAll((r) => r.map((x) => x.getAttribute('data-practice')));
      const first = await rows();
      const total = await page.locator('#programme tfoot tr').innerText();
      const head = await page.locator('#programme thead th').allInnerTexts();
      await page.locator('button[data-sort="name"]').focus();
      await page.keyboard.press('Enter');
      const byName = await rows();
      await page.keyboard.press('Enter');
      const byNameDesc = await rows();
      return { first, total, head, byName, byNameDesc, body: await page.locator('body').innerText() };
    });
    out.programmeOutsider = await visit(browser, url('programme.html', people.staff, team(teams.icb)), async (page) => ({ body: await page.locator('body').innerText() }));
    out.config = await visit(browser, url('config.html', people.manager), async (page) => ({ body: await page.locator('body').innerText() }));

    if (plan.screenshots) await screenshots(browser, plan, url, team);
  } finally {
    await browser.close();
  }
  process.stdout.write(JSON.stringify(out));
}

// teams-js fetches Microsoft's list of Teams' origins as it starts; the tests run offline, so they are served the
// list built into the same library file (the page itself is unchanged).
const TEAMS_JS = path.join(__dirname, '..', '..', 'src', 'CutoverBot', 'wwwroot', 'tabs', 'vendor', 'MicrosoftTeams.min.js');
const VALID_ORIGINS = fs.readFileSync(TEAMS_JS, 'utf8').match(/JSON\.parse\('(\{"validOrigins":[^']*\})'\)/)[1];

// The API as a script, not a page, would call it: for checks of what is reachable at all.
async function probe(baseUrl, path, who) {
  return (await fetch(baseUrl + path, { headers: { 'X-CutoverBot-Dev-User': who } })).status;
}

// One page in a fresh context: console errors, failed requests and bytes loaded are collected for every visit.
async function visit(browser, address, look, viewport) {
  const context = await browser.newContext({ viewport: viewport || { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.route('https://res.cdn.office.net/teams-js/**', (route) => route.fulfill({ contentType: 'application/json', body: VALID_ORIGINS }));
  const page = await context.newPage();
  const errors = [];
  let bytes = 0;
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('response', async (r) => { try { bytes += (await r.body()).length; } catch (e) { /* redirects have no body */ } });
  try {
    await page.goto(address, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => !document.querySelector('main p.muted') || !document.querySelector('main p.muted').textContent.startsWith('Loading'));
    const seen = await look(page);
    return Object.assign({ errors, bytes }, seen);
  } finally {
    await context.close();
  }
}

async function text(page, selector) { return (await page.locator(selector).first().innerText()).trim(); }

async function tableOf(page, caption) {
  const t = page.locator('table', { has: page.locator('caption', { hasText: caption }) }).first();
  if (await t.count() === 0) return null;
  return t.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

async function overflows(page, width) {
  await page.setViewportSize({ width, height: 800 });
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  await page.setViewportSize({ width: 1280, height: 900 });
  return wide;
}

async function screenshots(browser, plan, url, team) {
  fs.mkdirSync(plan.screenshots, { recursive: true });
  const shots = [
    ['channel', url('channel.html', plan.people.manager, team(plan.teams.practice))],
    ['channel-dark', url('channel.html', plan.people.manager, team(plan.teams.practice) + '&theme=dark')],
    ['entries', url('entries.html', plan.people.manager)],
    ['programme', url('programme.html', plan.people.icb, team(plan.teams.icb))],
  ];
  for (const [name, address] of shots) {
    for (const [size, width] of [['desktop', 1280], ['phone', 360]]) {
      await visit(browser, address, async (page) => {
        // The manager's list shows everyone's entries, as a practice manager would look at it.
        if (name === 'entries') {
          await page.locator('#everyone').check();
          await page.waitForFunction(() => document.querySelectorAll('#list tbody tr').length > 3);
        }
        await page.locator('details').evaluateAll((d) => d.forEach((x) => { x.open = false; }));
        await page.screenshot({ path: path.join(plan.screenshots, `${name}-${size}.png`), fullPage: true });
        return {};
      }, { width, height: 800 });
    }
  }
}

main().catch((e) => { process.stderr.write(String(e && e.stack || e) + '\n'); process.exit(1); });
