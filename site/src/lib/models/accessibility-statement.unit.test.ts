import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { accessibilityStatement } from "./accessibility-statement.ts";

describe("accessibilityStatement", () => {
  const kutno = fixtureContent("kutno");

  it.each([
    { status: "full" as const, start: "Strona internetowa jest zgodna" },
    { status: "partial" as const, start: "Strona internetowa jest częściowo zgodna" },
    { status: "none" as const, start: "Strona internetowa jest niezgodna" },
  ])("states compliance $status", ({ status, start }) => {
    const content = {
      ...kutno,
      office: {
        ...kutno.office,
        accessibility: { ...kutno.office.accessibility, complianceStatus: status },
      },
    };
    expect(accessibilityStatement(content).statusText.startsWith(start)).toBe(true);
  });

  it("keeps dates as YYYY-MM-DD and links the coordinator's e-mail and phone", () => {
    const view = accessibilityStatement(kutno);
    expect(view.publishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.updatedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(view.email).toEqual({
      text: "sekretariat@mops.kutno.pl",
      href: "mailto:sekretariat@mops.kutno.pl",
    });
    expect(view.phone?.href).toBe("tel:+48242537847");
    expect(view.nonAccessibleHtml).toContain("PJM");
    expect(view.hasEasyToRead).toBe(true);
  });
});

describe("accessibilityStatement without a coordinator's phone", () => {
  it("leaves the phone out", () => {
    const kalisz = fixtureContent("kalisz");
    expect(kalisz.office.accessibility.coordinatorPhone).toBeUndefined();
    expect(accessibilityStatement(kalisz).phone).toBeUndefined();
  });
});
