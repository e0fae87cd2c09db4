import { dayOfIsoDate, fromWarsaw } from "@mops/shared";
import { hsdsErrors } from "@mops/shared/test-support/hsds-validator";
import { describe, expect, it } from "vitest";
import { fixtureContent } from "../../../test/fixture-content.ts";
import { TEST_SERVICE_STATUS } from "../../../test/test-fixtures.ts";
import type { OfficeContent } from "../content/office-content.ts";
import { departmentPage } from "./department-page.ts";
import { homePage } from "./home-page.ts";
import { hsdsOrganization } from "./hsds-export.ts";
import { serviceStatusNotice, serviceStatusSentence } from "./service-status-notice.ts";

const { department: slug, ...status } = TEST_SERVICE_STATUS;

/** Kutno with one department's service status set. */
function kutnoWith(fields: Record<string, unknown>): OfficeContent {
  const content = fixtureContent("kutno");
  return {
    ...content,
    departments: content.departments.map((department) =>
      department.slug === slug ? { ...department, ...fields } : department,
    ),
  };
}

const noon = (day: string) => new Date(fromWarsaw(dayOfIsoDate(day), 12 * 60));
const SENTENCE =
  "Dział działa w ograniczonym zakresie do 30 listopada 2026. Powód: Remont pokoju 12 – wnioski przyjmujemy w sekretariacie na parterze.";

describe.each([
  // build day, the sentence shown (undefined: none), HSDS status
  ["2026-11-15", undefined, "active"],
  ["2026-11-16", SENTENCE, "active"],
  ["2026-11-23", SENTENCE, "active"],
  ["2026-11-30", SENTENCE, "active"],
  ["2026-12-01", undefined, "active"],
])("a limited status (16–30 November) on build day %s", (today, sentence, hsdsStatus) => {
  const content = kutnoWith(status);
  const department = content.departments.find((entry) => entry.slug === slug)!;

  it(sentence ? "is on the department page" : "is not on the department page", () => {
    const notice = departmentPage(content, department, today).serviceStatus;
    expect(notice && serviceStatusSentence(notice)).toBe(sentence);
  });

  it(sentence ? "is by the department's desk on the home page" : "is not on the home page", () => {
    const groups = homePage(content, noon(today), today).openNow?.groups ?? [];
    const notices = groups.flatMap(({ place }) =>
      place?.serviceStatus ? [[place.name, serviceStatusSentence(place.serviceStatus)]] : [],
    );
    expect(notices).toEqual(sentence ? [[department.name, sentence]] : []);
  });

  it(`is in the HSDS export (${hsdsStatus}), which stays valid`, () => {
    const services = (hsdsOrganization(content, today) as { services: Record<string, unknown>[] })
      .services;
    const service = services.find((entry) => entry.name === department.name)!;
    expect(service.status).toBe(hsdsStatus);
    expect(service.alert).toBe(sentence);
    expect(hsdsErrors("service", service)).toEqual([]);
  });
});

describe("a suspended status until further notice", () => {
  const content = kutnoWith({
    serviceStatus: "suspended",
    serviceStatusReason: "Awaria systemu dziedzinowego.",
    serviceStatusFrom: undefined,
    serviceStatusUntil: undefined,
  });
  const department = content.departments.find((entry) => entry.slug === slug)!;

  it("says so in words, without an end instant", () => {
    const notice = serviceStatusNotice(department, "2026-11-23");
    expect(notice?.state).toBe("suspended");
    expect(notice?.endsAt).toBeUndefined();
    expect(notice && serviceStatusSentence(notice)).toBe(
      "Działalność działu jest zawieszona do odwołania. Powód: Awaria systemu dziedzinowego.",
    );
  });

  it("is temporarily closed in HSDS, valid against the schema", () => {
    const services = (
      hsdsOrganization(content, "2026-11-23") as { services: Record<string, unknown>[] }
    ).services;
    const service = services.find((entry) => entry.name === department.name)!;
    expect(service.status).toBe("temporarily closed");
    expect(hsdsErrors("service", service)).toEqual([]);
  });
});

it("ends a status at the Warsaw midnight after its last day, for the island", () => {
  const department = kutnoWith(status).departments.find((entry) => entry.slug === slug)!;
  expect(serviceStatusNotice(department, "2026-11-30")?.endsAt).toBe(
    Date.parse("2026-11-30T23:00:00Z"),
  );
});
