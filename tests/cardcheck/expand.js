#!/usr/bin/env node
// Expands templates with data using the reference engine (adaptivecards-templating), so tests can compare our
// C# binder's output with it. Usage: node expand.js <template.json> <data.json> [<template.json> <data.json> ...]
// Prints a JSON array with one expanded card per pair (one process for many cards keeps the tests fast).
'use strict';

const fs = require('fs');
const { Template } = require('adaptivecards-templating');

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('Usage: node expand.js <template.json> <data.json> [<template.json> <data.json> ...]');
  process.exit(2);
}

const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const cards = [];
for (let i = 0; i < args.length; i += 2) {
  cards.push(new Template(read(args[i])).expand({ $root: read(args[i + 1]) }));
}
process.stdout.write(JSON.stringify(cards));
