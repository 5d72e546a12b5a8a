#!/usr/bin/env node
'use strict';
// The CLI is written in TypeScript and compiled by `npm install` (the `prepare` script) into dist/.
const path = require('node:path');
const fs = require('node:fs');
const entry = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
if (!fs.existsSync(entry)) {
  process.stderr.write(
    'dealgraph: not built yet. Run `npm install` (or `npm run build`) in ' + path.dirname(__dirname) + '\n',
  );
  process.exit(1);
}
require(entry);
