/**
 * bin/c100.mjs as users run it: a child process, from another folder, through a node_modules/.bin
 * symlink; with a fresh bundle, a stale bundle, and no bundle. The layout tests use a copy of the bin
 * in a scratch package under node_modules/.cache (inside the repository, so `tsx` resolves).
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { examplesDir, repoRoot } from './runC100';

const cacheDir = path.join(repoRoot, 'node_modules', '.cache', `c100-bin-test-${process.pid}`);
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function node(args: string[], options: { cwd: string; env?: Record<string, string> }) {
  const result = spawnSync(process.execPath, args, {
    cwd: options.cwd,
    env: { ...process.env, C100_CLI_FROM_SOURCE: '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('bin/c100.mjs with the real sources', () => {
  it('validates an example from another folder (exit 0)', () => {
    const run = node(
      [path.join(repoRoot, 'bin', 'c100.mjs'), 'validate', path.join(examplesDir, 'consent-order.json')],
      {
        cwd: tmpdir(),
        env: { C100_CLI_FROM_SOURCE: '1' },
      },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('consent-order.json: complete');
    expect(run.code).toBe(0);
  });

  it('resolves FILE from the current folder when started through a node_modules/.bin symlink', () => {
    const binDir = path.join(cacheDir, 'consumer', 'node_modules', '.bin');
    mkdirSync(binDir, { recursive: true });
    symlinkSync(path.join(repoRoot, 'bin', 'c100.mjs'), path.join(binDir, 'c100'));
    const run = node([path.join(binDir, 'c100'), 'validate', 'no-such.json'], {
      cwd: examplesDir,
      env: { C100_CLI_FROM_SOURCE: '1' },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'c100: cannot read no-such.json: there is no such file. Check the name and the folder you are in.\n',
    );
    const ok = node([path.join(binDir, 'c100'), 'validate', 'attended-miam.json'], {
      cwd: examplesDir,
      env: { C100_CLI_FROM_SOURCE: '1' },
    });
    expect(ok.code).toBe(0);
  });

  it('runs the esbuild bundle of the command line', () => {
    const outdir = path.join(cacheDir, 'bundle');
    const build = node([path.join(repoRoot, 'scripts', 'build-cli.mjs'), '--outdir', outdir], {
      cwd: repoRoot,
    });
    expect(build.code).toBe(0);
    const run = node(
      [path.join(outdir, 'c100.mjs'), 'validate', path.join(examplesDir, 'grandparent-permission.json')],
      { cwd: tmpdir() },
    );
    expect(run.stdout).toContain('grandparent-permission.json: complete');
    expect(run.code).toBe(0);
    const broken = node([path.join(outdir, 'c100.mjs'), 'validate', path.join(examplesDir, 'README.md')], {
      cwd: tmpdir(),
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^c100: .*README\.md is not valid JSON: .* at line 1, column 1\./);
  });
});

describe('the bundle in an installed package (no sources, no checkout beside it)', () => {
  it('fills without a template: writes the review copy and says where to get the form (exit 2)', () => {
    const base = mkdtempSync(path.join(tmpdir(), 'c100-installed-'));
    try {
      const pkg = path.join(base, 'node_modules', 'c100-prep');
      mkdirSync(pkg, { recursive: true });
      writeFileSync(
        path.join(pkg, 'package.json'),
        '{ "name": "c100-prep", "version": "9.9.9", "type": "module" }\n',
      );
      symlinkSync(path.join(repoRoot, 'node_modules'), path.join(pkg, 'node_modules'));
      mkdirSync(path.join(pkg, 'bin'));
      copyFileSync(path.join(repoRoot, 'bin', 'c100.mjs'), path.join(pkg, 'bin', 'c100.mjs'));
      expect(
        node([path.join(repoRoot, 'scripts', 'build-cli.mjs'), '--outdir', path.join(pkg, 'dist', 'cli')], {
          cwd: repoRoot,
        }).code,
      ).toBe(0);
      const bin = path.join(pkg, 'bin', 'c100.mjs');
      expect(node([bin, '--version'], { cwd: base }).stdout).toBe('9.9.9\n');
      const env = { C100_DATA_DIR: path.join(base, 'data'), C100_TEMPLATE: '' };
      const run = node([bin, 'fill', path.join(examplesDir, 'attended-miam.json'), '--out', 'out'], {
        cwd: base,
        env,
      });
      expect(run.code).toBe(2);
      expect(readdirSync(path.join(base, 'out'))).toEqual(['C100-review-copy.pdf']);
      expect(run.stdout).toContain(
        'The official C100 form (template) was not found, so only the review copy was made.',
      );
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(
        /^c100: The official C100 form \(04\.24\) was not found\. Download form C100 from GOV\.UK/,
      );
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});

describe('bin/c100.mjs: bundle or sources', () => {
  /** A scratch package: bin/c100.mjs (copied), a stand-in bundle and a stand-in cli/main.ts. */
  function scratchPackage(name: string) {
    const root = path.join(cacheDir, name);
    mkdirSync(path.join(root, 'bin'), { recursive: true });
    mkdirSync(path.join(root, 'dist', 'cli'), { recursive: true });
    mkdirSync(path.join(root, 'cli'), { recursive: true });
    copyFileSync(path.join(repoRoot, 'bin', 'c100.mjs'), path.join(root, 'bin', 'c100.mjs'));
    // Like the real package.json: .ts files are ES modules.
    writeFileSync(path.join(root, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(path.join(root, 'cli', 'tsconfig.json'), '{}\n');
    writeFileSync(
      path.join(root, 'cli', 'main.ts'),
      "const from: string = 'sources';\nconsole.log(from, process.argv.slice(2).join(' '));\n",
    );
    writeFileSync(
      path.join(root, 'dist', 'cli', 'c100.mjs'),
      "console.log('bundle', process.argv.slice(2).join(' '));\n",
    );
    writeFileSync(path.join(root, 'dist', 'cli', 'c100.inputs.json'), '["cli/main.ts"]\n');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, 'cli', 'main.ts'), old, old);
    return root;
  }
  const run = (root: string, env: Record<string, string> = {}) =>
    node([path.join(root, 'bin', 'c100.mjs'), 'validate', 'x.json'], { cwd: tmpdir(), env });

  it('runs the bundle when it is newer than its sources', () => {
    const root = scratchPackage('fresh');
    expect(run(root).stdout).toBe('bundle validate x.json\n');
  });

  it('runs the sources through tsx when a source changed after the build', () => {
    const root = scratchPackage('stale');
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'cli', 'main.ts'), later, later);
    expect(run(root).stdout).toBe('sources validate x.json\n');
  });

  it('runs the sources when C100_CLI_FROM_SOURCE=1 or there is no bundle', () => {
    const root = scratchPackage('forced');
    expect(run(root, { C100_CLI_FROM_SOURCE: '1' }).stdout).toBe('sources validate x.json\n');
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(run(root).stdout).toBe('sources validate x.json\n');
  });

  it('runs the bundle of an installed package that ships no sources', () => {
    const root = scratchPackage('installed');
    rmSync(path.join(root, 'cli'), { recursive: true });
    expect(run(root).stdout).toBe('bundle validate x.json\n');
  });
});
