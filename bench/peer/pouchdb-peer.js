// SPDX-License-Identifier: EUPL-1.2
//
// The reference of bench/bench-vs-peer (issue 14): PouchDB 9 replicating
// from express-pouchdb on 127.0.0.1, with documents like our cases.
//
//   NODE_PATH=_build-peer/node_modules \
//     node bench/peer/pouchdb-peer.js --n 10000 --dir DIR [--cache DIR] [COMMAND...]
//
// COMMAND is `initial` or `incremental`; without any, commands are read
// from stdin, one a line, until `quit` or the end of input (that is how
// bench-vs-peer alternates them with ours in one sitting). Every line it
// prints starts with "peer ":
//
//   peer ready url=... docs=N avg-doc-bytes=B fill-ms=F (fill-ms=0: cached)
//   peer initial-sync ms=M docs=N
//   peer incremental-sync ms=M docs=100
//   peer error message=...
//
// - The server is a second node process (this file with --serve): like
//   buurtwerk-server, it does not share a CPU's event loop with the
//   replicating desktop. Its LevelDB database is filled once per N and kept
//   in --cache (default: buurtwerk-bench-vs-peer/ in the system's temp
//   dir, as bench-vs-peer's) as peer-v2-N/ (the version of its
//   documents); filling is not timed.
// - `initial`: a new, empty local LevelDB PouchDB in --dir pulls all N
//   documents (one-way replication, like our desktop's first sync). The
//   last one is kept as the desktop that holds N.
// - `incremental`: 100 documents are changed on the server over HTTP (not
//   timed), then the desktop holding N pulls them (timed).
// PouchDB's own defaults are used throughout (batch_size 100).
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { fork } = require('child_process');

const CHANGED = 100;
// Part of the cached server's name: a change to caseDoc() fills anew.
const DOC_VERSION = 2;

function parseArgs(argv) {
  const opts = { n: 10000, batchSize: null, dir: null, cache: path.join(os.tmpdir(), 'buurtwerk-bench-vs-peer'), serve: null, commands: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--n') opts.n = parseInt(argv[++i], 10);
    else if (a === '--dir') opts.dir = argv[++i];
    else if (a === '--batch-size') opts.batchSize = parseInt(argv[++i], 10);
    else if (a === '--cache') opts.cache = argv[++i];
    else if (a === '--serve') opts.serve = argv[++i];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else opts.commands.push(a);
  }
  if (!(opts.n > 0)) throw new Error('--n must be a positive number');
  return opts;
}

function say(line) {
  process.stdout.write(`peer ${line}\n`);
}

function msSince(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

// Documents: deterministic, shaped like a case on our wire (the same
// fields, about 1.2 KB of JSON each).

function prng(seed) {
  // mulberry32: small, fast, and the same everywhere.
  return function () {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Anouk', 'Sanne', 'Maud', 'Jan', 'Sjaak', 'Huub', 'Ayşe', 'Mehmet', 'Fatima',
  'Youssef', 'Agnieszka', 'Piotr', 'Rania', 'Omar', 'Shanice', 'Ruben'];
const LAST = ['Jansen', 'Janssen', 'Hendriks', 'Dassen', 'Lemmens', 'Vliegen', 'Smeets',
  'Crombach', 'Yılmaz', 'Kaya', 'El Amrani', 'Bouzid', 'Kowalski', 'Nowak', 'Haddad', 'Martina'];
const STREETS = ['Akerstraat', 'Kouvenderstraat', 'Heerlerheidestraat', 'Schelsberg',
  'Passartweg', 'Meezenbroekerweg', 'Schandelerboord', 'Grasbroekerweg'];
const BUURTEN = ['BU09171000', 'BU09172004', 'BU09173000', 'BU09173300'];
const NOTES = [
  'Eenoudergezin, twee kinderen op de basisschool; moeder werkt parttime in de zorg.',
  'Alleenstaand, sinds de sluiting van het bedrijf zonder werk; wil graag aan de slag in de logistiek.',
  'Gezin met drie kinderen, oudste zoon dreigt uit te vallen op het vmbo; contact met VSV-bureau.',
  'Schulden bij energieleverancier en zorgverzekeraar; aanmelding schuldhulpverlening loopt.',
];

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

// Case i's id: a uuid like ours (bench-vs-peer.c, case_uuid()).
function caseId(i) {
  return `b0000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

function caseDoc(i, team) {
  const rand = prng(i + 1);
  const first = pick(rand, FIRST), last = pick(rand, LAST);
  const year = 1950 + Math.floor(rand() * 55);
  const note = pick(rand, NOTES);
  return {
    _id: caseId(i),
    type: 'case',
    case_uuid: caseId(i),
    team,
    created_at: '2026-11-25T10:00:00Z', created_by: 'Bench Buurtteam',
    updated_at: '2026-11-25T10:00:00Z', updated_by: 'Bench Buurtteam',
    name: `${first} ${last}`,
    date_of_birth: `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
    address: `${pick(rand, STREETS)} ${1 + Math.floor(rand() * 200)}, 641${Math.floor(rand() * 9)} AB Heerlen`,
    phone: `045 ${String(1000000 + Math.floor(rand() * 8999999)).slice(0, 3)} ${String(Math.floor(rand() * 9999)).padStart(4, '0')}`,
    email: `${first.toLowerCase()}.${i}@example.nl`,
    household_note: `${note} ${note} Afspraken: wekelijks contact, volgende stap besproken met de bewoner. ` +
      'Huisbezoek gepland; taalniveau wordt nog getoetst door WerkvoorHeerlen. ' +
      'Huishouden: partner, twee kinderen, geen inwonende ouders. Budget besproken.',
    outcome_note: null,
    buurt_code: pick(rand, BUURTEN),
    household_size: 1 + Math.floor(rand() * 5),
    status: rand() < 0.3 ? 'intake' : 'active',
    track: pick(rand, ['none', 'work', 'development', 'care']),
    opened_on: '2026-03-0' + (1 + Math.floor(rand() * 9)),
    closed_on: null,
    has_debts: rand() < 0.4,
    debt_amount: Math.floor(rand() * 2000000),
    debt_route: pick(rand, ['none', 'team_shv', 'maatje', 'kbl_amicable']),
    language_need: pick(rand, ['none', 'suspected', 'course_needed']),
    outcome: 'none',
  };
}

// The server process

async function serve(dataDir) {
  const PouchDB = require('pouchdb-node');
  const express = require('express');
  const expressPouchDB = require('express-pouchdb');
  const Prefixed = PouchDB.defaults({ prefix: dataDir + path.sep });
  const app = express();

  // The smallest CouchDB API PouchDB replicates with; no config file and
  // its log in the data directory, not in the current one.
  app.use('/', expressPouchDB(Prefixed, {
    mode: 'minimumForPouchDB',
    inMemoryConfig: true,
    logPath: path.join(dataDir, 'express-pouchdb.log'),
  }));
  const server = app.listen(0, '127.0.0.1', () => {
    process.send({ port: server.address().port });
  });
  process.on('disconnect', () => process.exit(0));
}

function startServer(dataDir) {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--serve', dataDir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (m) => resolve({ child, url: `http://127.0.0.1:${m.port}/cases` }));
    child.once('exit', (code) => reject(new Error(`the server exited (${code})`)));
  });
}

// The desktop side

async function fillServer(PouchDB, dataDir, n) {
  const marker = path.join(dataDir, 'filled');
  fs.mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o700 });
  if (fs.existsSync(marker)) return 0;
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const start = process.hrtime.bigint();
  // Straight into LevelDB before the server opens it (set-up, not the
  // measurement), as bench-vs-peer fills ours with the store's push.
  const db = new PouchDB(path.join(dataDir, 'cases'));
  for (let i = 0; i < n; i += 1000) {
    const docs = [];
    for (let k = i; k < Math.min(n, i + 1000); k++) docs.push(caseDoc(k, 'noord'));
    await db.bulkDocs(docs);
  }
  await db.close();
  fs.writeFileSync(marker, `${n}\n`);
  return msSince(start);
}

async function replicate(PouchDB, remote, local, batchSize) {
  const start = process.hrtime.bigint();
  const result = await PouchDB.replicate(remote, local, batchSize ? { batch_size: batchSize } : {});
  const ms = msSince(start);
  if (!result.ok) throw new Error(`replication failed: ${JSON.stringify(result.errors)}`);
  return { ms, written: result.docs_written };
}

// The CHANGED documents spread over all N, each round the next ones.
async function changeOnServer(remote, n, round) {
  const keys = [];
  for (let k = 0; k < CHANGED; k++) {
    const i = (k * Math.floor(n / CHANGED) + round) % n;
    keys.push(caseId(i));
  }
  const res = await remote.allDocs({ keys, include_docs: true });
  const docs = res.rows.map((row) => {
    row.doc.household_note = `Gewijzigd in ronde ${round}. ` + row.doc.household_note.slice(0, 300);
    row.doc.updated_at = new Date().toISOString();
    return row.doc;
  });
  const answers = await remote.bulkDocs(docs);
  const failed = answers.filter((a) => !a.ok);
  if (failed.length) throw new Error(`changing on the server failed: ${JSON.stringify(failed[0])}`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.serve) return serve(opts.serve);
  if (!opts.dir) throw new Error('--dir is needed');

  const PouchDB = require('pouchdb-node');
  const dataDir = path.join(opts.cache, `peer-v${DOC_VERSION}-${opts.n}`);
  const fillMs = await fillServer(PouchDB, dataDir, opts.n);
  const { child, url } = await startServer(dataDir);
  const remote = new PouchDB(url);
  const info = await remote.info();
  if (info.doc_count !== opts.n) throw new Error(`the server holds ${info.doc_count} documents, not ${opts.n}`);
  // What a document weighs as replication reads it: with its _rev.
  let bytes = 0;
  for (let i = 0; i < 1000; i++) {
    bytes += JSON.stringify({ ...caseDoc(i, 'noord'), _rev: `1-${'0'.repeat(32)}` }).length;
  }
  const sample = Math.round(bytes / 1000);
  say(`ready url=${url} docs=${info.doc_count} avg-doc-bytes=${sample} fill-ms=${fillMs.toFixed(0)}`);

  let desktop = null;     // the local database that holds N
  let rounds = 0, incrementals = 0;

  async function initial() {
    const local = new PouchDB(path.join(opts.dir, `peer-local-${rounds++}`));
    const { ms } = await replicate(PouchDB, remote, local, opts.batchSize);
    const docs = (await local.info()).doc_count;
    if (desktop) await desktop.destroy();
    desktop = local;
    say(`initial-sync ms=${ms.toFixed(1)} docs=${docs}`);
  }

  async function incremental() {
    if (!desktop) {
      desktop = new PouchDB(path.join(opts.dir, `peer-local-${rounds++}`));
      await replicate(PouchDB, remote, desktop, opts.batchSize);
    }
    await changeOnServer(remote, opts.n, incrementals++);
    const { ms, written } = await replicate(PouchDB, remote, desktop, opts.batchSize);
    say(`incremental-sync ms=${ms.toFixed(1)} docs=${written}`);
  }

  async function run(command) {
    if (command === 'initial') await initial();
    else if (command === 'incremental') await incremental();
    else throw new Error(`unknown command ${command}`);
  }

  try {
    if (opts.commands.length > 0) {
      for (const c of opts.commands) await run(c);
    } else {
      const lines = require('readline').createInterface({ input: process.stdin });
      for await (const line of lines) {
        const c = line.trim();
        if (c === 'quit') break;
        if (c) {
          try {
            await run(c);
          } catch (e) {
            say(`error message=${String(e.message).replace(/\s+/g, ' ')}`);
          }
        }
      }
    }
  } finally {
    if (desktop) await desktop.destroy();
    child.disconnect();
  }
}

main().catch((e) => {
  say(`error message=${String(e && e.message || e).replace(/\s+/g, ' ')}`);
  process.exit(1);
});
