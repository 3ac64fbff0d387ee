// ink's reference runtime prints a float with C#'s float.ToString(InvariantCulture): single
// precision, shortest digits that read back, exponent beyond 9 digits or below 0.0001.
import { describe, expect, it } from 'vitest';
import { inkFloatText, inkjsFloatText, parseFloatPrinting } from '../../src/story/float-text.ts';
import { UsageError } from '../../src/errors.ts';

describe('inkFloatText prints floats as inklecate and Inky do', () => {
  it.each([
    [0.1 + 0.2, '0.3'],
    [1 / 3, '0.33333334'],
    [2 / 3, '0.6666667'],
    [7 / 3, '2.3333333'],
    [5 / 2, '2.5'],
    [2.0, '2'],
    [-0.5, '-0.5'],
    [-60, '-60'],
    [0.1, '0.1'],
    [1e-7, '1E-07'],
    [1.5e-5, '1.5E-05'],
    [0.0001, '0.0001'],
    [123456789.0, '123456790'],
    [1e7, '10000000'],
    [1e9, '1E+09'],
    [1234567.8, '1234567.8'],
    [16777217, '16777216'],
    [3.4e38, '3.4E+38'],
    [-0, '-0'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
    [NaN, 'NaN'],
  ])('%d prints %s', (value, text) => {
    expect(inkFloatText(value)).toBe(text);
  });

  it('keeps inkjs printing (JavaScript doubles) for --floats inkjs', () => {
    expect(inkjsFloatText(2 / 3)).toBe('0.6666666666666666');
    expect(inkjsFloatText(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('reads --floats: ink by default, inkjs on request, anything else a usage error', () => {
    expect(parseFloatPrinting(undefined)).toBe('ink');
    expect(parseFloatPrinting('inkjs')).toBe('inkjs');
    expect(() => parseFloatPrinting('double')).toThrow(UsageError);
  });
});
