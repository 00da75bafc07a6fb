import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VaultLock } from '../../../electron/services/vault/vaultLock';
import { repoRoot, runC100 } from './runC100';

const officialForm = path.resolve(repoRoot, '..', 'shared', 'forms', 'C100-04.24.pdf');
const dataDir = mkdtempSync(path.join(tmpdir(), 'c100-cli-data-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
const env = { C100_DATA_DIR: dataDir };

describe('c100 template', () => {
  it('finds and checks the official form beside the checkout', async () => {
    const run = await runC100(['template'], { env });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(
      `C100 template: ${officialForm}\n  beside this checkout (../shared/forms); checked: it is the official C100 (04.24).\n`,
    );
    expect(run.code).toBe(0);
  });

  it('refuses a file that is not the official form, naming where to download it', async () => {
    const run = await runC100(['template', '--template', 'examples/README.md'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('is not the official C100 form (04.24)');
    expect(run.stderr).toContain('gov.uk');
  });

  it('says when the file given with C100_TEMPLATE does not exist', async () => {
    const run = await runC100(['template'], {
      env: { ...env, C100_TEMPLATE: path.join(dataDir, 'nothing.pdf') },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing.pdf (given with --template or C100_TEMPLATE) does not exist');
  });

  it('refuses to import while the data folder is locked by the app, and writes nothing', async () => {
    const lock = await VaultLock.acquire(dataDir, { owner: 'C100 Prep' });
    try {
      const run = await runC100(['template', 'import', officialForm], { env });
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        `c100: the C100 Prep data folder ${dataDir} is in use by C100 Prep (process ${process.pid} on ${lock.info.hostname}). Close the app (or wait for the other command to finish) and try again.\n`,
      );
      expect(existsSync(path.join(dataDir, 'templates'))).toBe(false);
    } finally {
      await lock.release();
    }
  });

  it('imports the official form under the lock, releases it, and then uses the imported copy', async () => {
    const run = await runC100(['template', 'import', officialForm], { env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dataDir, 'templates', 'C100-04.24.pdf'))).toBe(true);
    expect(await VaultLock.inspect(dataDir)).toEqual({ held: false });
    const where = await runC100(['template'], { env });
    expect(where.stdout).toContain('the copy imported into the data folder');
  });

  it('refuses to import a file that is not the official form', async () => {
    const run = await runC100(['template', 'import', 'examples/consent-order.json'], {
      env: { C100_DATA_DIR: path.join(dataDir, 'other') },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is not the official C100 form');
    expect(existsSync(path.join(dataDir, 'other', 'templates', 'C100-04.24.pdf'))).toBe(false);
  });
});
