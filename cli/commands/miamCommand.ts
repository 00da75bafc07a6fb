/** `c100 miam FILE.json`: the MIAM status of a draft and the evidence to send with it. */
import { resolve } from 'node:path';
import type { CliCommand } from '../CliCommand';
import { FeatureUnavailableError } from '../cliErrors';
import { parseCommandArgs } from '../parseCommandArgs';
import { readDraftFile } from '../readDraftFile';
import { reportMigration } from './validateCommand';

export const miamCommand: CliCommand = {
  name: 'miam',
  summary: 'Show the MIAM (mediation meeting) status and the evidence to send',
  usage: 'c100 miam FILE.json [--json]',
  help: `Shows whether the applicant must attend a MIAM (Mediation Information and Assessment Meeting)
before applying, has attended one, is exempt (and on which grounds of Practice Direction 3A), or
has not answered enough yet; and lists the evidence and the explanations that must go with the
application, each with its PD3A ground and the C100 section (3a–3e, 4).

Options:
  --json   Print the result as JSON on stdout`,
  async run(args, io) {
    const { positionals } = parseCommandArgs(
      'miam',
      args,
      { json: { type: 'boolean' } },
      { name: 'FILE.json', min: 1, max: 1 },
    );
    const file = positionals[0] ?? '';
    const loaded = await readDraftFile(resolve(io.cwd, file), file);
    reportMigration(loaded, file, io);
    throw new FeatureUnavailableError('The MIAM check', 'Use `c100 validate` for now.');
  },
};
