#!/usr/bin/env node
// Card gallery: renders every template in cards/, expanded with sample data, through the official Adaptive Cards
// renderer in headless Chromium at Teams' desktop and phone widths, and writes docs/cards/<case>-desktop.png and
// <case>-phone.png. It also reports what a reader would notice (text or buttons cut off, content wider than the card).
// Usage: npm run gallery --prefix tests/cardcheck [-- --check] [case ...]
//   --check  exit 1 when any card has such a problem (the PNGs are still written).
//   case     only these cases, e.g. help or golive--preview.
// Needs Debian's chromium (or CHROMIUM_PATH); the card checks the tests run (validate.js, expand.js) do not.
'use strict';

const fs = require('fs');
const path = require('path');
const { Template } = require('adaptivecards-templating');

const ROOT = path.resolve(__dirname, '..', '..');
const CARDS = path.join(ROOT, 'cards');
const SAMPLES = path.join(ROOT, 'tests', 'CutoverBot.Core.Tests', 'Cards', 'Samples');
const GALLERY = path.join(__dirname, 'gallery');
const GALLERY_CASES = path.join(GALLERY, 'cases');
const OUT = path.join(ROOT, 'docs', 'cards');

// Teams sizes a card to the conversation; it publishes no exact figure. About 480 px is what a card gets in a chat or
// channel on a laptop-sized window; 340 px is a 360-point phone screen less the message margins.
const WIDTHS = { desktop: 480, phone: 340 };
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
  // Teams shows dates and times in the reader's locale; our readers are in England.
  '--lang=en-GB'];

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));

// One case per template, with gallery/cases/<template>.json when present (fuller, like what the bot really sends)
// or else the tests' sample data; plus a case per gallery/cases/<template>--<variant>.json (another state of the card).
function galleryCases() {
  const templates = fs.readdirSync(CARDS).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const extra = fs.existsSync(GALLERY_CASES) ? fs.readdirSync(GALLERY_CASES).filter((f) => f.endsWith('.json')).sort() : [];
  const cases = [];
  for (const template of templates) {
    const own = path.join(GALLERY_CASES, `${template}.json`);
    const data = fs.existsSync(own) ? own : path.join(SAMPLES, `${template}.json`);
    if (!fs.existsSync(data)) {
      throw new Error(`No sample data for cards/${template}.json: add ${path.relative(ROOT, own)}.`);
    }
    cases.push({ name: template, template, data });
    for (const file of extra.filter((f) => f.startsWith(`${template}--`))) {
      cases.push({ name: file.slice(0, -5), template, data: path.join(GALLERY_CASES, file) });
    }
  }
  const orphans = extra.filter((f) => !templates.includes(f.slice(0, -5).split('--')[0]));
  if (orphans.length > 0) {
    throw new Error(`Gallery data for no template in cards/: ${orphans.join(', ')}`);
  }
  return cases;
}

function expand(galleryCase) {
  const card = new Template(readJson(path.join(CARDS, `${galleryCase.template}.json`))).expand({ $root: readJson(galleryCase.data) });
  const left = JSON.stringify(card).match(/\$\{[^}]*\}/g);
  if (left) {
    throw new Error(`${galleryCase.name}: unbound ${[...new Set(left)].join(', ')} after expanding with ${path.relative(ROOT, galleryCase.data)}`);
  }
  return card;
}

function parseArgs(argv) {
  const check = argv.includes('--check');
  const only = argv.filter((a) => !a.startsWith('--'));
  return { check, only };
}

async function launch() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, env: { ...process.env, LANG: 'en_GB.UTF-8', LANGUAGE: 'en_GB' } });
}

async function openPage(browser) {
  const page = await browser.newPage({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'Europe/London' });
  await page.setContent('<!doctype html><html lang="en-GB"><head><meta charset="utf-8"></head>'
    + '<body><div id="frame"><div id="card"></div></div></body></html>');
  await page.addStyleTag({ path: require.resolve('adaptivecards/dist/adaptivecards.css') });
  await page.addStyleTag({ path: path.join(GALLERY, 'teams.css') });
  await page.addScriptTag({ path: require.resolve('adaptivecards/dist/adaptivecards.min.js') });
  await page.addScriptTag({ path: path.join(GALLERY, 'render-page.js') });
  await page.evaluate(() => document.fonts.ready);
  return page;
}

// A full run leaves only the pictures of cases that still exist, so a renamed card leaves no old picture behind.
function removeStale(cases) {
  const wanted = new Set(cases.flatMap((c) => Object.keys(WIDTHS).map((size) => `${c.name}-${size}.png`)));
  for (const file of fs.readdirSync(OUT).filter((f) => f.endsWith('.png') && !wanted.has(f))) {
    fs.unlinkSync(path.join(OUT, file));
    console.log(`removed docs/cards/${file}`);
  }
}

async function main(argv) {
  const { check, only } = parseArgs(argv);
  const hostConfig = readJson(path.join(GALLERY, 'teams-host-config.json'));
  let cases = galleryCases();
  if (only.length > 0) {
    const unknown = only.filter((name) => !cases.some((c) => c.name === name));
    if (unknown.length > 0) {
      console.error(`Unknown case(s): ${unknown.join(', ')}. Known: ${cases.map((c) => c.name).join(', ')}`);
      return 2;
    }
    cases = cases.filter((c) => only.includes(c.name));
  }

  fs.mkdirSync(OUT, { recursive: true });
  const browser = await launch();
  let problemCount = 0;
  try {
    const page = await openPage(browser);
    for (const galleryCase of cases) {
      const card = expand(galleryCase);
      for (const [size, width] of Object.entries(WIDTHS)) {
        await page.setViewportSize({ width: width + 40, height: 600 });
        const problems = await page.evaluate(([c, h, w]) => window.renderCard(c, h, w), [card, hostConfig, width]);
        const file = path.join(OUT, `${galleryCase.name}-${size}.png`);
        await page.locator('#frame').screenshot({ path: file, animations: 'disabled' });
        console.log(`${problems.length === 0 ? 'ok  ' : 'LOOK'} ${path.relative(ROOT, file)}`);
        for (const problem of problems) {
          console.log(`       - ${problem}`);
        }
        problemCount += problems.length;
      }
    }
  } finally {
    await browser.close();
  }
  if (only.length === 0) {
    removeStale(cases);
  }
  console.log(`${cases.length} card(s) at ${Object.keys(WIDTHS).length} widths written to ${path.relative(ROOT, OUT)}; ${problemCount} problem(s) found.`);
  return check && problemCount > 0 ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; }, (e) => {
    console.error(e.message);
    process.exitCode = 1;
  });
}

module.exports = { galleryCases, expand };
