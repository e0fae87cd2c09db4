import { ContentRuleError } from "../schemas/errors.ts";

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
  // Two decimals, read from the shortest decimal form once binary noise (0.1 + 0.2) is rounded off.
  const written = String(Number(number.toPrecision(15)));
  const decimals = written.includes("e-")
    ? Number.POSITIVE_INFINITY
    : (written.split(".")[1]?.length ?? 0);
  if (decimals > 2) {
    return new ContentRuleError(
      path,
      "Kwota może mieć najwyżej dwa miejsca po przecinku (grosze)",
      `${path} has more than two decimals: ${number}`,
    );
  }
  return undefined;
}
