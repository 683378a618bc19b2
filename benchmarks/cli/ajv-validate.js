#!/usr/bin/env node
// The baseline of benchmarks/cli/run.sh: what a user would write in 40 lines instead of installing the tool. Every .json
// file under the paths given is parsed and checked against the project's own JSON Schema (structure only: the schema
// cannot say that the tables add up), one line per file, the exit code 1 when a file fails.
'use strict';
const fs = require('fs');
const path = require('path');
const Ajv2020 = require('ajv/dist/2020');

const schemaPath = path.join(__dirname, '..', '..', 'schema', 'gov-disclosure-report-2021.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));

function* files(p) {
  if (fs.statSync(p).isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) yield* files(path.join(p, name));
  } else if (p.endsWith('.json')) {
    yield p;
  }
}

let failed = 0;
const out = [];
for (const arg of process.argv.slice(2)) {
  for (const file of files(arg)) {
    let ok;
    let errors = [];
    try {
      ok = validate(JSON.parse(fs.readFileSync(file, 'utf8')));
      errors = validate.errors || [];
    } catch (e) {
      ok = false;
      errors = [{ instancePath: '', message: e.message }];
    }
    if (!ok) failed++;
    out.push(`${file}: ${ok ? 'valid' : 'not valid'}`);
    for (const e of errors) out.push(`  ${e.instancePath || '/'} ${e.message}`);
    if (out.length >= 4096) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
}
process.stdout.write(out.join('\n') + (out.length ? '\n' : ''));
process.exitCode = failed > 0 ? 1 : 0;
