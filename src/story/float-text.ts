// How a float value of an ink story becomes text: the one place that decides it. inkjs prints
// JavaScript's double ("0.6666666666666666"); ink's reference runtime (inklecate, Inky, ink's
// Unity runtime) holds floats in single precision and prints them with C#'s
// `float.ToString(CultureInfo.InvariantCulture)` (ink-engine-runtime/Value.cs, FloatValue.Cast):
// the shortest digits that read back as the same single-precision float, in fixed notation
// unless the decimal exponent is above 9 digits or below 0.0001 (then "1E-07", "1.2345679E+10").
// caviar prints as ink does by default, so what an author proofs in Inky is what caviar shows;
// `--floats inkjs` shows what a story shipped with inkjs on the web prints instead.

import { UsageError } from '../errors.ts';

export const FLOAT_PRINTINGS = ['ink', 'inkjs'] as const;
export type FloatPrinting = (typeof FLOAT_PRINTINGS)[number];

// .NET's SinglePrecision: the most digits a single-precision float needs to read back, and the
// widest number "G" writes without an exponent when it prints the shortest digits.
const SINGLE_PRECISION = 9;

/** A float as ink's reference runtime prints it. */
export function inkFloatText(value: number): string {
  const f = Math.fround(value);
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return 'Infinity';
  if (f === -Infinity) return '-Infinity';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  let exponential = f.toExponential(SINGLE_PRECISION - 1);
  for (let digits = 1; digits < SINGLE_PRECISION; digits++) {
    const candidate = f.toExponential(digits - 1);
    if (Math.fround(Number(candidate)) === f) {
      exponential = candidate;
      break;
    }
  }
  const [mantissa, exp] = exponential.split('e') as [string, string];
  const sign = f < 0 ? '-' : '';
  const digits = mantissa.replace(/^-/, '').replace('.', '').replace(/0+$/, '') || '0';
  const scale = Number(exp) + 1; // where the decimal point goes, counted from the first digit
  if (scale > Math.max(digits.length, SINGLE_PRECISION) || scale < -3) {
    const e = scale - 1;
    const rest = digits.slice(1);
    return `${sign}${digits[0]}${rest ? `.${rest}` : ''}E${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (scale <= 0) return `${sign}0.${'0'.repeat(-scale)}${digits}`;
  if (scale >= digits.length) return `${sign}${digits}${'0'.repeat(scale - digits.length)}`;
  return `${sign}${digits.slice(0, scale)}.${digits.slice(scale)}`;
}

/** A float as inkjs prints it (JavaScript's shortest double). */
export function inkjsFloatText(value: number): string {
  return String(value);
}

/** The --floats flag: ink's printing unless `inkjs` is asked for. */
export function parseFloatPrinting(flag: string | undefined): FloatPrinting {
  if (flag === undefined) return 'ink';
  if ((FLOAT_PRINTINGS as readonly string[]).includes(flag)) return flag as FloatPrinting;
  throw new UsageError(`--floats takes ${FLOAT_PRINTINGS.join(' or ')}, not "${flag}"`);
}
