/**
 * `c100 fill FILE.json --out DIR`: fill the official C100 and produce the supplements that apply.
 * The PDF engine (forms/c100/pdf, electron/services/pdf) is wired in when it lands.
 */
import { resolve } from 'node:path';
import type { CliCommand } from '../CliCommand';
import { CliUsageError, FeatureUnavailableError } from '../cliErrors';
import { parseCommandArgs } from '../parseCommandArgs';
import { readDraftFile } from '../readDraftFile';
import { parseTodayOption, reportMigration } from './validateCommand';

export const fillCommand: CliCommand = {
  name: 'fill',
  summary: 'Fill the official C100 PDF and the C1A / C8 supplements that apply',
  usage: 'c100 fill FILE.json --out FOLDER [--template PATH] [--flatten] [--combined]',
  help: `Fills the official C100 (04.24) form from a complete draft, and writes every document that
goes with it: the C1A when there are safety concerns, the C8 when someone's contact details are
kept confidential or they live in a refuge, continuation sheets for what does not fit, and a review
copy (all questions and answers on plain A4) for someone helping you to check.

The official form is not part of C100 Prep. It is looked for in this order:
  1. --template PATH (or the C100_TEMPLATE environment variable)
  2. a copy imported once into the app's data folder
  3. ../shared/forms/C100-04.24.pdf beside a checkout
Download it from GOV.UK (search "form C100"). Without it, only the review copy is written.

Options:
  --out FOLDER         Where to write the PDFs (created if needed)
  --template PATH      The official C100 04.24 PDF to fill
  --flatten            Flatten the form fields (for printing and signing); default: keep them editable
  --combined           Write one combined PDF instead of separate files
  --today YYYY-MM-DD   Check the draft as if today were that date

Exit codes: 0 written, 1 the draft has issues (run \`c100 validate\`), 2 could not fill.`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      'fill',
      args,
      {
        out: { type: 'string' },
        template: { type: 'string' },
        flatten: { type: 'boolean' },
        combined: { type: 'boolean' },
        today: { type: 'string' },
      },
      { name: 'FILE.json', min: 1, max: 1 },
    );
    const file = positionals[0] ?? '';
    parseTodayOption(values.today, 'fill');
    if (values.out === undefined) {
      throw new CliUsageError('`c100 fill` needs --out FOLDER, the folder to write the PDFs to', 'fill');
    }
    const loaded = await readDraftFile(resolve(io.cwd, file), file);
    reportMigration(loaded, file, io);
    throw new FeatureUnavailableError(
      'Filling the PDF',
      'Check the draft with `c100 validate` for now; the PDF engine comes with the next version.',
    );
  },
};
