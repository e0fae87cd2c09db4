import { describe, expect, it } from "vitest";
import { portalPageTypeOf } from "./portal-step.ts";

describe.each([
  ["/", "home"],
  ["/osrodki/k/", "offices A–Z"],
  ["/osrodki/s-kreska-2/", "offices A–Z"],
  ["/gminy/", "municipalities A–Z"],
  ["/gminy/z/", "municipalities A–Z"],
  ["/kody/", "postal-code list"],
  ["/kody/23/", "postal-code list"],
  ["/kody/23-czesc-2/", "postal-code list"],
  ["/kody/23-204/", "postal code"],
  ["/uslugi/pomoc-zywnosciowa/", "service"],
  ["/uslugi/pomoc-zywnosciowa/2/", "service"],
  ["/404.html", "other"],
])("the portal page %s", (path, type) => {
  it(`is weighed as ${type}`, () => expect(portalPageTypeOf(path)).toBe(type));
});
