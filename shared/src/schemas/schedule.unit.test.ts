import { describe, expect, it } from "vitest";
import {
  ruleSchema,
  scheduleHoursSchema,
  scheduleInputSchema,
  scheduleSchema,
} from "./schedule.ts";

/** A schedule as Strapi 5 REST returns it with rules, seasons, exceptions and relations populated. */
const restSchedule = {
  id: 12,
  documentId: "k3l9x0schedule",
  locale: "pl",
  createdAt: "2025-01-10T09:00:00.000Z",
  updatedAt: "2025-01-10T09:00:00.000Z",
  publishedAt: "2025-01-10T09:00:00.000Z",
  label: "Dyżur psychologa",
  note: null,
  validFrom: "2020-07-01",
  validTo: null,
  closedOnHolidays: true,
  office: {
    id: 1,
    documentId: "officekutno1",
    slug: "pruszkow",
    name: "Miejski Ośrodek Pomocy Społecznej w Pruszkowie",
    shortName: "MOPS Pruszków",
  },
  department: null,
  programme: null,
  rules: [
    {
      id: 31,
      monday: true,
      tuesday: false,
      wednesday: true,
      thursday: false,
      friday: true,
      saturday: false,
      sunday: false,
      opens: "09:00:00.000",
      closes: "13:00:00.000",
      mode: "in_person",
      note: null,
    },
  ],
  seasons: [
    {
      id: 4,
      label: "lipiec – sierpień",
      fromMonthDay: "07-01",
      toMonthDay: "08-31",
      rules: [
        {
          id: 32,
          monday: true,
          tuesday: false,
          wednesday: true,
          thursday: false,
          friday: true,
          saturday: false,
          sunday: false,
          opens: "09:00:00.000",
          closes: "13:00:00.000",
          mode: "phone_only",
          note: "tel. 500 135 649",
        },
      ],
    },
  ],
  exceptions: [
    {
      id: 7,
      from: "2025-12-24",
      to: null,
      closed: true,
      opens: null,
      closes: null,
      mode: null,
      reason: "Wigilia",
    },
  ],
};

describe("scheduleSchema (Strapi REST)", () => {
  it("outputs the domain shape: weekday arrays, HH:MM times, no Strapi keys", () => {
    expect(scheduleSchema.parse(restSchedule)).toEqual({
      documentId: "k3l9x0schedule",
      locale: "pl",
      label: "Dyżur psychologa",
      validFrom: "2020-07-01",
      closedOnHolidays: true,
      office: {
        documentId: "officekutno1",
        slug: "pruszkow",
        name: "Miejski Ośrodek Pomocy Społecznej w Pruszkowie",
      },
      rules: [{ days: ["mon", "wed", "fri"], opens: "09:00", closes: "13:00", mode: "in_person" }],
      seasons: [
        {
          label: "lipiec – sierpień",
          fromMonthDay: "07-01",
          toMonthDay: "08-31",
          rules: [
            {
              days: ["mon", "wed", "fri"],
              opens: "09:00",
              closes: "13:00",
              mode: "phone_only",
              note: "tel. 500 135 649",
            },
          ],
        },
      ],
      exceptions: [{ from: "2025-12-24", closed: true, reason: "Wigilia" }],
    });
  });

  it("rejects an unpopulated rules list instead of reading it as always closed", () => {
    const { rules: _rules, ...withoutRules } = restSchedule;
    expect(scheduleSchema.safeParse(withoutRules).success).toBe(false);
  });

  it("reports a rule that closes before it opens at the rule's path", () => {
    const bad = {
      ...restSchedule,
      rules: [{ ...restSchedule.rules[0], opens: "10:00:00.000", closes: "09:00:00.000" }],
    };
    const result = scheduleSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ["rules", 0, "closes"],
      message:
        "Reguła 1: godzina zamknięcia (9:00) musi być późniejsza niż godzina otwarcia (10:00)",
    });
  });
});

describe("scheduleInputSchema (editors, fixtures)", () => {
  it.each([
    ["short times", "07:30", "15:30"],
    ["Strapi times", "07:30:00.000", "15:30:00.000"],
    ["times with seconds", "07:30:00", "15:30:00"],
  ])("normalises %s to HH:MM", (_name, opens, closes) => {
    const parsed = scheduleInputSchema.parse({
      label: "Godziny urzędowania",
      department: null,
      rules: [
        {
          monday: true,
          tuesday: true,
          wednesday: true,
          thursday: true,
          friday: true,
          opens,
          closes,
        },
      ],
    });
    expect(parsed.rules).toEqual([
      {
        days: ["mon", "tue", "wed", "thu", "fri"],
        opens: "07:30",
        closes: "15:30",
        mode: "in_person",
      },
    ]);
    expect(parsed).toMatchObject({ seasons: [], exceptions: [], closedOnHolidays: true });
    expect(parsed).not.toHaveProperty("department");
  });

  it.each([["25:00"], ["9:00"], ["09:00:30"], ["0900"]])("rejects the time %s", (opens) => {
    expect(
      scheduleInputSchema.safeParse({ rules: [{ monday: true, opens, closes: "23:00" }] }).success,
    ).toBe(false);
  });
});

describe("ruleSchema (domain)", () => {
  it("defaults the mode to in person", () => {
    expect(ruleSchema.parse({ days: ["tue", "thu"], opens: "10:00", closes: "15:00" }).mode).toBe(
      "in_person",
    );
  });

  it("rejects an unknown weekday code", () => {
    expect(
      ruleSchema.safeParse({ days: ["mon", "sob"], opens: "10:00", closes: "15:00" }).success,
    ).toBe(false);
  });
});

describe("scheduleHoursSchema (domain)", () => {
  it("applies defaults for a minimal schedule", () => {
    expect(scheduleHoursSchema.parse({})).toEqual({
      rules: [],
      seasons: [],
      exceptions: [],
      closedOnHolidays: true,
    });
  });
});

describe("homeOrder (place on the home page)", () => {
  it.each([
    { homeOrder: 1, ok: true, read: 1 },
    { homeOrder: 99, ok: true, read: 99 },
    { homeOrder: null, ok: true, read: undefined },
    { homeOrder: 0, ok: false },
    { homeOrder: 100, ok: false },
    { homeOrder: 1.5, ok: false },
  ])("$homeOrder is accepted: $ok", ({ homeOrder, ok, read }) => {
    for (const schema of [scheduleSchema, scheduleInputSchema]) {
      const result = schema.safeParse({ ...restSchedule, homeOrder });
      expect(result.success).toBe(ok);
      if (ok) expect(result.data?.homeOrder).toBe(read);
    }
  });
});
