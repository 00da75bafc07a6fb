// Bundle the command line (cli/main.ts and everything it imports from forms/ and electron/services/)
// into one ES module, dist/cli/c100.mjs, so `c100` starts without compiling TypeScript. Packages in
// node_modules stay external (they are installed beside it). Also writes dist/cli/c100.inputs.json,
// the source files of the bundle, which bin/c100.mjs uses to notice a stale bundle.
// `--outdir DIR` writes elsewhere (tests); DIR must be inside the repository so that the bundle's
// package imports resolve from its node_modules.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir =
  outdirFlag > 0 && process.argv[outdirFlag + 1]
    ? resolve(process.argv[outdirFlag + 1])
    : join(root, 'dist', 'cli');
const outfile = join(outdir, 'c100.mjs');
mkdirSync(dirname(outfile), { recursive: true });

const result = await build({
  entryPoints: [join(root, 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  metafile: true,
  logLevel: 'warning',
  legalComments: 'none',
});

const inputs = Object.keys(result.metafile.inputs)
  .map((input) => relative(root, join(root, input)))
  .filter((input) => !input.startsWith('node_modules'))
  .sort();
writeFileSync(join(outdir, 'c100.inputs.json'), `${JSON.stringify(inputs, null, 2)}\n`);
console.log(`build-cli: wrote ${relative(root, outfile)} (${inputs.length} source files)`);
