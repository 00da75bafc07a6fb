/**
 * Child process for the crash-safety test: opens the vault (taking over the stale lock left by the
 * previous, killed worker), then saves the given drafts round-robin forever, announcing each save
 * on stdout before ("S <draft> <counter>") and after ("D <draft> <counter>"). Pipes are written
 * synchronously on POSIX, so every announcement made before SIGKILL reaches the parent.
 */
import { DraftVault } from '../../../../electron/services/vault';
import { FAST_SCRYPT } from './vaultTestKit';
import { crashDraft } from './crashDraft';

const [dataDir, passphrase, ...ids] = process.argv.slice(2);
if (!dataDir || !passphrase || ids.length === 0)
  throw new Error('usage: crashSaveWorker <dataDir> <passphrase> <id>...');

const vault = await DraftVault.open({ dataDir, scrypt: FAST_SCRYPT, owner: 'crash worker' });
await vault.unlockWithPassphrase(passphrase);
const counters: number[] = [];
for (const id of ids) {
  const { draft } = await vault.openDraft(id);
  counters.push(typeof draft.counter === 'number' ? draft.counter : 0);
}
process.stdout.write('READY\n');
for (let turn = 0; ; turn += 1) {
  const index = turn % ids.length;
  const id = ids[index] ?? '';
  const next = (counters[index] ?? 0) + 1;
  process.stdout.write(`S ${index} ${next}\n`);
  await vault.saveDraft(id, crashDraft(next));
  counters[index] = next;
  process.stdout.write(`D ${index} ${next}\n`);
}
