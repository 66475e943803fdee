#!/usr/bin/env node
// The registry mirror on our machines serves each native package only for linux-x64, so
// `npm install` writes a lockfile without the other platforms' optional binaries (rollup,
// pagefind, duckdb), and npm 11's `npm ci` then refuses the lockfile ("Missing: … from lock
// file", cf. npm/cli#4828). After changing dependencies, run `node .ci/complete-lockfile.mjs`:
// it adds an entry for each missing optional package, with the os/cpu/libc its name encodes,
// so npm skips it on every other machine and `npm ci` accepts the lockfile.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const OS = { darwin: 'darwin', linux: 'linux', win32: 'win32', windows: 'win32', freebsd: 'freebsd', android: 'android', openbsd: 'openbsd', openharmony: 'openharmony' };
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x'];

let report = '';
try {
  execFileSync('npm', ['ci', '--dry-run'], { stdio: 'pipe', encoding: 'utf8' });
} catch (e) {
  report = `${e.stdout}${e.stderr}`;
}
const missing = [...report.matchAll(/Missing: (\S+?)@\S* from lock file/g)].map((m) => m[1]);
if (!missing.length) {
  console.log('package-lock.json is complete.');
  process.exit(0);
}
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const packages = lock.packages;
for (const name of missing) {
  const parts = name.split('/').pop().split('-');
  const os = parts.map((p) => OS[p]).find(Boolean);
  const cpu = CPU.find((c) => parts.includes(c));
  const spec = Object.values(packages).map((p) => p.optionalDependencies?.[name]).find(Boolean);
  if (!os || !cpu || !spec) throw new Error(`cannot describe ${name}: os ${os}, cpu ${cpu}, version ${spec}`);
  const libc = parts.some((p) => p.startsWith('musl')) ? 'musl' : os === 'linux' ? 'glibc' : undefined;
  packages[`node_modules/${name}`] = { version: spec, cpu: [cpu], optional: true, os: [os], ...(libc ? { libc: [libc] } : {}) };
  console.log(`added ${name}@${spec} (${os}/${cpu}${libc ? `/${libc}` : ''})`);
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a < b ? -1 : a > b ? 1 : 0)));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
