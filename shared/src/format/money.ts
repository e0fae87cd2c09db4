/** No-break space: between thousands groups and before the currency. */
export const NBSP = "\u00a0";

/**
 * Groups the digits of a non-negative integer string by thousands with no-break spaces, the
 * Polish way: only numbers of five or more digits are grouped ("1542", "12 345", "674 011").
 */
export function groupThousands(digits: string): string {
  if (digits.length < 5) return digits;
  return digits.replace(/\B(?=(\d{3})+$)/g, NBSP);
}

/**
 * An amount in PLN as residents read it: two decimals after a comma, thousands grouped with a
 * no-break space from five digits on, a no-break space before "zł": `1542.2` → `"1542,20 zł"`,
 * `12345.67` → `"12 345,67 zł"`. Negative amounts get a minus sign (U+2212).
 */
export function formatMoney(amount: number): string {
  if (!Number.isFinite(amount)) throw new RangeError(`not an amount: ${amount}`);
  // Decimal shift on the string form, so 1.005 rounds to 1,01 like the written amount.
  const grosze = Math.round(Number(`${Math.abs(amount)}e2`));
  const zlote = Math.floor(grosze / 100).toString();
  const rest = (grosze % 100).toString().padStart(2, "0");
  const sign = amount < 0 && grosze > 0 ? "\u2212" : "";
  return `${sign}${groupThousands(zlote)},${rest}${NBSP}zł`;
}

/** An integer with Polish thousands grouping, e.g. `50000` → `"50 000"`. */
export function formatInteger(value: number): string {
  const digits = Math.abs(Math.trunc(value)).toString();
  return `${value < 0 ? "\u2212" : ""}${groupThousands(digits)}`;
}
