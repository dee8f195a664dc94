#!/usr/bin/env node
// Checks that package-lock.json lists every optional platform package its packages name.
// The registry reachable where this project is developed answers 404 for other platforms'
// builds (rollup, tailwind's oxide), so a lock regenerated there silently drops them and `npm ci`
// then refuses the lock everywhere ("Missing: … from lock file"). Those entries are kept by hand,
// without download addresses; this check fails fast, with the names, if one goes missing.
import fs from 'node:fs';

const lock = JSON.parse(fs.readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};
const missing = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const name of Object.keys(entry.optionalDependencies ?? {})) {
    // npm resolves a dependency next to its dependant first, then up the tree.
    const candidates = [];
    let base = path;
    for (;;) {
      candidates.push(`${base ? `${base}/` : ''}node_modules/${name}`);
      const at = base.lastIndexOf('node_modules/');
      if (at < 0) break;
      base = base.slice(0, Math.max(0, at - 1));
    }
    if (!candidates.some((c) => c in packages))
      missing.push(`${name} (optional dependency of ${path || 'the project'})`);
  }
}
if (missing.length > 0) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s); npm ci will refuse it:`);
  for (const m of missing) console.error(`  - ${m}`);
  console.error(
    'Add them as optional entries with their os/cpu (see the @rollup/rollup-* entries), then run npm ci.',
  );
  process.exit(1);
}
console.log(
  `package-lock.json lists every optional platform package (${Object.keys(packages).length} entries)`,
);
