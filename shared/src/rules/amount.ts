import { ContentRuleError } from "./errors.ts";

/** An amount in PLN: a finite number, not negative, with at most two decimals (grosze). */
export function checkAmount(value: unknown, path = "amount"): ContentRuleError | undefined {
  const number = typeof value === "string" && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isFinite(number)) {
    return new ContentRuleError(
      path,
      "Kwota musi być liczbą, np. 1542,20",
      `${path} is not a number: ${JSON.stringify(value)}`,
    );
  }
  if (number < 0) {
    return new ContentRuleError(
      path,
      "Kwota nie może być ujemna",
      `${path} is negative: ${number}`,
    );
  }
  // Two decimals: the amount in grosze is an integer (allowing for binary floating point noise).
  const grosze = number * 100;
  if (Math.abs(grosze - Math.round(grosze)) > 1e-6 * Math.max(1, Math.abs(grosze))) {
    return new ContentRuleError(
      path,
      "Kwota może mieć najwyżej dwa miejsca po przecinku (grosze)",
      `${path} has more than two decimals: ${number}`,
    );
  }
  return undefined;
}
