/**
 * Where a `JSON.parse` failure happened, as a 1-based line and column, for a one-line message.
 *
 * V8 reports a character offset for most errors ("… in JSON at position 11"), but for an unexpected
 * token it quotes the whole text instead ("Unexpected token '}', "{…}" is not valid JSON"), which is
 * useless for a large file and may span many lines. Then the offset is found by bisection: every
 * prefix before the bad character fails only with "Unexpected end of JSON input" (or parses), and
 * every prefix that includes it fails with another error.
 */
export interface JsonErrorPosition {
  line: number;
  column: number;
  /** The parser's own description without the position or quoted text, e.g. "Unexpected token '}'". */
  detail: string;
}

const END_OF_INPUT = /Unexpected end of JSON input/;

/** Does this prefix fail for a reason other than running out of text? */
function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    if (!(error instanceof SyntaxError)) return true;
    if (END_OF_INPUT.test(error.message)) return false;
    // "Expected property name or '}' in JSON at position 1" for "{": the position is the end.
    const position = positionIn(error.message);
    return position === undefined || position < prefix.length;
  }
}

function positionIn(message: string): number | undefined {
  const match = /\bat position (\d+)/.exec(message);
  return match ? Number(match[1]) : undefined;
}

/** Smallest prefix length whose parse fails for a reason other than running out of text. */
function bisectErrorOffset(text: string): number {
  let good = 0;
  let bad = text.length;
  if (!failsBeforeEnd(text)) return text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (failsBeforeEnd(text.slice(0, middle))) bad = middle;
    else good = middle;
  }
  // The prefix of length `bad` is the first that fails: its last character is the culprit.
  return bad - 1;
}

export function jsonErrorPosition(error: SyntaxError, text: string): JsonErrorPosition {
  const message = error.message;
  const position = positionIn(message);
  let offset: number;
  if (position !== undefined) offset = Math.min(position, text.length);
  else if (END_OF_INPUT.test(message)) offset = text.length;
  else offset = bisectErrorOffset(text);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  const detail =
    message
      .replace(/\s*\(line \d+ column \d+\)/, '')
      .replace(/\s*(?:in JSON )?at position \d+/, '')
      .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
      .replace(/^Unexpected end of JSON input$/, 'the file ends too early')
      .replace(/\s+/g, ' ')
      .trim() || 'unexpected text';
  return { line, column, detail };
}
