#!/usr/bin/env node
// Checks expanded Adaptive Cards with the official JavaScript library, the way Teams parses them:
// schema 1.5 (the highest Teams supports), no parse events, no validation failures.
// Usage: node validate.js <card.json | folder> [...]   Exit 0 when every card passes, 1 when any fails, 2 on bad usage.
'use strict';

const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');

const TEAMS_MAX_VERSION = AC.Versions.v1_5;

function cardFiles(args) {
  const files = [];
  for (const arg of args) {
    const stat = fs.statSync(arg, { throwIfNoEntry: false });
    if (!stat) {
      throw new Error(`No such file or folder: ${arg}`);
    }
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(arg).sort()) {
        if (name.endsWith('.json')) {
          files.push(path.join(arg, name));
        }
      }
    } else {
      files.push(arg);
    }
  }
  return files;
}

function eventName(event) {
  return AC.ValidationEvent[event] || String(event);
}

// Returns the problems found in one card; an empty list means it passes.
function checkCard(json) {
  const problems = [];
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    return ['The card is not a JSON object.'];
  }
  if (json.type !== 'AdaptiveCard') {
    problems.push(`Root "type" must be "AdaptiveCard", found ${JSON.stringify(json.type)}.`);
  }
  // The library accepts any version it knows; Teams does not render above 1.5, so hold the card to that.
  const version = AC.Version.parse(json.version, new AC.SerializationContext());
  if (!version || !version.isValid) {
    problems.push(`Root "version" is missing or invalid: ${JSON.stringify(json.version)}.`);
  } else if (version.compareTo(TEAMS_MAX_VERSION) > 0) {
    problems.push(`Root "version" ${version.toString()} is above 1.5, the highest Teams supports.`);
  }

  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext(TEAMS_MAX_VERSION);
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const e = context.getEventAt(i);
    problems.push(`parse: ${eventName(e.event)}: ${e.message}`);
  }

  const results = card.validateProperties();
  for (const e of results.validationEvents) {
    problems.push(`validate: ${eventName(e.event)}: ${e.message}`);
  }
  return problems;
}

function main(args) {
  if (args.length === 0) {
    console.error('Usage: node validate.js <card.json | folder> [...]');
    return 2;
  }
  let files;
  try {
    files = cardFiles(args);
  } catch (e) {
    console.error(e.message);
    return 2;
  }
  if (files.length === 0) {
    console.error(`No .json cards found in: ${args.join(', ')}`);
    return 2;
  }

  const failures = [];
  for (const file of files) {
    let problems;
    try {
      problems = checkCard(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (e) {
      problems = [`Cannot be read as JSON: ${e.message}`];
    }
    if (problems.length > 0) {
      failures.push({ file, problems });
    }
  }

  for (const { file, problems } of failures) {
    console.log(`FAIL ${file}`);
    for (const problem of problems) {
      console.log(`  - ${problem}`);
    }
  }
  console.log(`${files.length - failures.length} of ${files.length} card(s) pass Adaptive Cards ${require('adaptivecards/package.json').version} at schema 1.5.`);
  return failures.length === 0 ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}

module.exports = { checkCard };
