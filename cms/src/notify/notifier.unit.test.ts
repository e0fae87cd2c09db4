import { describe, expect, it } from "vitest";
import { deliveryOf, retryDelay } from "./notifier";

describe("deliveryOf", () => {
  it.each([
    [200, "delivered"],
    [202, "delivered"],
    [204, "delivered"],
    [409, "delivered"],
    // Never given up on: a refusal (a secret out of step, a service upgraded mid-flight) is
    // retried until the operator fixes it, and the outbox row shows why meanwhile.
    [400, "retry"],
    [401, "retry"],
    [413, "retry"],
    [422, "retry"],
    [408, "retry"],
    [429, "retry"],
    [500, "retry"],
    [502, "retry"],
    [503, "retry"],
  ])("HTTP %i is %s", (status, expected) => {
    expect(deliveryOf(status)).toBe(expected);
  });
});

describe("retryDelay", () => {
  it.each([
    [1, 500],
    [2, 1_000],
    [3, 2_000],
    [6, 16_000],
    [7, 30_000],
    [50, 30_000],
  ])("attempt %i waits %i ms", (attempt, expected) => {
    expect(retryDelay(attempt, 500, 30_000)).toBe(expected);
  });
});
