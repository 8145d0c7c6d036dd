// A tiny fault-injecting HTTP proxy for the delivery tests, on 127.0.0.1 only:
//   node proxy.js --upstream PORT [--fail N] [--fail-after-forward N] [--delay N --delay-ms MS]
//                 [--hold-after N] [--port PORT]
// The first N POSTs are answered 500 without reaching the server (--fail), or reach it and are
// then answered 500 as if the answer was lost (--fail-after-forward), or are held for MS
// before being forwarded (--delay: the kiosk's time-out). With --hold-after N, POST N+1 and
// later ones reach the server but their answers are never sent ("held" is printed): the test
// kills the kiosk while it waits. Prints "listening PORT" (without --port the system picks one;
// with it a test replaces a proxy by one with other faults at the address the kiosk knows).
'use strict';
const http = require('node:http');

const args = process.argv.slice(2);
const option = (name, fallback) => { const i = args.indexOf(name); return i >= 0 ? Number(args[i + 1]) : fallback; };
const upstream = option('--upstream');
let fail = option('--fail', 0);
let failAfterForward = option('--fail-after-forward', 0);
let delay = option('--delay', 0);
let holdAfter = option('--hold-after', -1);
const delayMs = option('--delay-ms', 0);
const port = option('--port', 0);

function forward(req, body, res, answer500, hold) {
  const out = http.request({ host: '127.0.0.1', port: upstream, method: req.method, path: req.url, headers: req.headers },
    (up) => {
      const chunks = [];
      up.on('data', (c) => chunks.push(c));
      up.on('end', () => {
        if (hold) { process.stdout.write('held\n'); return; }
        if (answer500) { res.writeHead(500); res.end('injected failure after the server answered'); return; }
        res.writeHead(up.statusCode, up.headers);
        res.end(Buffer.concat(chunks));
      });
    });
  out.on('error', () => { res.writeHead(502); res.end('upstream unreachable'); });
  out.end(body);
}

const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    if (req.method === 'POST' && holdAfter === 0) { forward(req, body, res, false, true); return; }
    if (req.method === 'POST' && holdAfter > 0) holdAfter--;
    if (req.method === 'POST' && fail > 0) { fail--; res.writeHead(500); res.end('injected failure'); return; }
    if (req.method === 'POST' && failAfterForward > 0) { failAfterForward--; forward(req, body, res, true); return; }
    if (req.method === 'POST' && delay > 0) { delay--; setTimeout(() => forward(req, body, res, false), delayMs); return; }
    forward(req, body, res, false);
  });
});
server.listen(port, '127.0.0.1', () => process.stdout.write(`listening ${server.address().port}\n`));
