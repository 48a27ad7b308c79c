// Joins tsc's output (dist/) into shared chunks in dist/bundle/, which is
// what bin/ip.js runs. Node 20 loads each ES module with its own file reads
// and compile, so a command loads a few chunks instead of dozens of modules
// (test/lazy-load.test.ts counts them). Each command keeps its own chunk, loaded only when it runs
// (the dynamic imports in src/commands/<name>/command.ts). Packages stay outside the bundle,
// loaded from node_modules, but for commander and its typed wrapper, which every run
// loads: they are CommonJS, and Node's loading commander from an ES module (its 7
// files, and a scan of each for its exports) took ~15 ms of every run.
//
// The chunks sit two folders below the package root, as dist/plan/ does, so
// the paths the modules resolve from their own URL (templates, schema, the
// compiled validators, package.json) hold in src/, dist/ and dist/bundle/.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const { dependencies } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const BUNDLED = ['commander', '@commander-js/extra-typings'];

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
// Chunk names carry a hash: an old build's chunks must not stay behind.
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: ['dist/cli.js'].map((path) => new URL(`../${path}`, import.meta.url).pathname),
  outdir,
  entryNames: '[name]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(dependencies)
    .filter((name) => !BUNDLED.includes(name))
    .flatMap((name) => [name, `${name}/*`]),
  // Bundled CommonJS code requires Node's own modules; an ES module has no `require` of its own.
  banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
  logLevel: 'warning',
});
