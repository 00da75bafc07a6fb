/** `c100 schema`: the JSON Schema of a draft file, generated from the zod schema the app uses. */
import { z } from 'zod';
import { C100DraftSchema, DRAFT_SCHEMA_VERSION } from '../../forms/c100/draft';
import type { CliCommand } from '../CliCommand';
import { EXIT_OK } from '../cliErrors';
import { parseCommandArgs } from '../parseCommandArgs';

/**
 * The draft's JSON Schema (draft 2020-12). `io: 'input'` describes what a file may contain (what
 * the app accepts), which is what someone writing drafts from a script needs.
 */
export function draftJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(C100DraftSchema, { io: 'input', target: 'draft-2020-12' }) as Record<
    string,
    unknown
  >;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    title: `C100 Prep draft (schemaVersion ${DRAFT_SCHEMA_VERSION})`,
    description:
      'A C100 application as typed so far: every answer optional. `c100 validate FILE.json` says what is still missing or wrong.',
    ...rest,
  };
}

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'Print the JSON Schema of a draft file (for scripts that write drafts)',
  usage: 'c100 schema [--compact]',
  help: `Prints the JSON Schema (draft 2020-12) of a C100 Prep draft file, generated from the same
definition the app uses to read drafts. Every field is optional: a file can be valid against the
schema and still be incomplete (use \`c100 validate\` for that).

Options:
  --compact   Print it on one line instead of indented

Example:
  c100 schema > c100-draft.schema.json`,
  async run(args, io) {
    const { values } = parseCommandArgs(
      'schema',
      args,
      { compact: { type: 'boolean' } },
      { name: 'arguments', min: 0, max: 0 },
    );
    const schema = draftJsonSchema();
    io.stdout(`${values.compact ? JSON.stringify(schema) : JSON.stringify(schema, null, 2)}\n`);
    return EXIT_OK;
  },
};
