// npm 11.19 leaves platform-specific optional dependencies that this registry does not carry
// (e.g. @duckdb/node-bindings-darwin-arm64@1.5.6-r.1) out of package-lock.json, then `npm ci`
// rejects the lock as out of sync (npm/cli#9846). Run `node .ci/lock-platform-entries.mjs` after
// any `npm install`: it adds version+os/cpu entries for them, which npm ci skips on other platforms.
/* global console */
import { readFileSync, writeFileSync } from 'node:fs';
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const pkgs = lock.packages;
const platform = (name) => {
  const m = name.match(/-(darwin|linux|win32|freebsd|android)-(x64|arm64|arm|ia32)(-musl)?$/);
  return m ? { os: [m[1]], cpu: [m[2]], ...(m[3] ? { libc: ['musl'] } : {}) } : null;
};
let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (pkgs[`node_modules/${name}`] || pkgs[`${path}/node_modules/${name}`]) continue;
    const p = platform(name);
    if (!p) {
      console.log('skip (no platform in name)', name);
      continue;
    }
    pkgs[`node_modules/${name}`] = { version: range.replace(/^[\^~]/, ''), optional: true, ...p };
    added++;
    console.log('added', name, range);
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync('package-lock.json', JSON.stringify(lock, null, 2) + '\n');
console.log('added', added);
