import { describe, expect, it } from "vitest";
import { areaSchema } from "./components.ts";

describe.each([
  ["comma-separated codes", "23-200, 23-204,23-210", ["23-200", "23-204", "23-210"]],
  ["one code per line", "43-180\n43-178\n", ["43-180", "43-178"]],
  ["no codes (null)", null, []],
  ["blank", "  ", []],
])("an area's postal codes: %s", (_, postalCodes, expected) => {
  it("read as a list", () => {
    expect(areaSchema.parse({ municipality: "Kraśnik", postalCodes }).postalCodes).toEqual(
      expected,
    );
  });
});

describe.each([["23200"], ["23-2000"], ["Kraśnik"], ["23-200 23-204"]])(
  "an area's postal codes %j",
  (postalCodes) => {
    it("are refused", () => {
      expect(areaSchema.safeParse({ municipality: "Kraśnik", postalCodes }).success).toBe(false);
    });
  },
);

it("reads places one per line or comma-separated", () => {
  expect(
    areaSchema.parse({ municipality: "Orzesze", places: "Zawiść, Gardawice\nZgoń" }).places,
  ).toEqual(["Zawiść", "Gardawice", "Zgoń"]);
});
