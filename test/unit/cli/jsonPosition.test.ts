import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../../cli/jsonPosition';

function positionOf(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    if (error instanceof SyntaxError) return jsonErrorPosition(error, text);
  }
  throw new Error(`expected ${JSON.stringify(text)} not to parse`);
}

describe('jsonErrorPosition', () => {
  it.each([
    // [text, line, column] of the first character that cannot be right
    ['{\n  "a": 1,\n}', 3, 1],
    ['{"a" 1}', 1, 6],
    ['{"a": tru}', 1, 10],
    ['{"a": nope}', 1, 8],
    ['[1, 2,, 3]', 1, 7],
    ['{"a": "x"}\n}', 2, 1],
    ['{\n  "a": "line\nbreak"\n}', 2, 13],
  ])('finds the problem in %j at line %i, column %i', (text, line, column) => {
    const position = positionOf(text);
    expect([position.line, position.column]).toEqual([line, column]);
    expect(position.detail).not.toMatch(/position|is not valid JSON|\n/);
  });

  it('points at the end of a truncated text and says it ends too early', () => {
    expect(positionOf('{\n  "a": [1, 2')).toEqual({
      line: 2,
      column: 13,
      detail: expect.any(String) as string,
    });
    expect(positionOf('').detail).toBe('the file ends too early');
  });

  it('finds an unexpected token deep in a large text without quoting the text', () => {
    const big = JSON.stringify(
      { list: Array.from({ length: 5000 }, (_, i) => ({ id: `item-${i}`, ok: true })) },
      null,
      2,
    );
    const broken = big.replace('"ok": true', '"ok": yes');
    const position = positionOf(broken);
    expect(position.line).toBe(5);
    expect(position.column).toBe(13);
    expect(position.detail.length).toBeLessThan(60);
  });
});
