// The hours of a schedule are one copy for every language; only their texts are translated
// (`hoursTranslations`, applied by the shared schema the site reads with). Kraśnik's seeded
// Ukrainian schedules show the fixture's Ukrainian notes on the Polish hours; an office editor
// changing the Polish hours changes them in Ukrainian too; saving a Ukrainian note leaves the
// Polish entry as it was; changing the times in the Ukrainian version changes them for every
// language (Strapi keeps non-localized fields in step), never for one language only.
import { type Schedule, scheduleSchema } from "@mops/shared";
import { loadOfficeTranslations } from "@mops/shared/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import {
  contentApi,
  contentManager,
  type Entry,
  editableFields,
} from "../test-support/cms-client.ts";
import { adminLogin } from "../tooling/launcher.ts";
import { cmsInstances } from "./cms-instances.ts";

const schedule = "api::schedule.schedule";
const editor = { email: "redaktor.krasnik@example.org", password: "MopsRedaktor2026" };
const byPhone = "po uprzednim kontakcie telefonicznym";
const ukByPhone = "після попереднього телефонного дзвінка";
const weekdays = { monday: true, tuesday: true, wednesday: false, thursday: true, friday: true };

/** The times of the hours, without their texts: what must be one copy in every language. */
const times = (entry: Schedule) => ({
  rules: entry.rules.map(({ note: _note, ...rule }) => rule),
  exceptions: entry.exceptions.map(({ reason: _reason, ...exception }) => exception),
  seasons: entry.seasons.map(({ label: _label, rules }) =>
    rules.map(({ note: _note, ...rule }) => rule),
  ),
});

/** An admin entry's content: without ids, timestamps and its list of languages, recursively. */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (value === null || typeof value !== "object") return value;
  const skipped = new Set(["id", "updatedAt", "localizations"]);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !skipped.has(key))
      .map(([key, item]) => [key, content(item)]),
  );
}

/** Fields of an admin entry that the edit view sends back when saving, relations left alone. */
const editable = (entry: Entry) => editableFields(entry, ["office", "department", "programme"]);

describe.each(cmsInstances())("schedule hours across languages on $database", (cms) => {
  const reader = contentApi(cms.url, cms.readToken);
  let pl: ReturnType<typeof contentManager>;
  let uk: ReturnType<typeof contentManager>;
  let documentId = "";

  /** The published schedule in a language, as the site reads and parses it. */
  const published = async (locale: string) =>
    scheduleSchema.parse(
      (await reader.get<{ data: unknown }>(`schedules/${documentId}?locale=${locale}`)).body.data,
    );
  const draft = async (manager: typeof pl) =>
    (await manager.findOne<{ data: Entry }>(schedule, documentId)).body.data;

  beforeAll(async () => {
    const token = await adminLogin(cms.url, editor);
    pl = contentManager(cms.url, token, "pl");
    uk = contentManager(cms.url, token, "uk");
    const [office] = await reader.all("offices", "filters[slug][$eq]=krasnik");
    const created = await pl.createAndPublish<{ data: Entry }>(schedule, {
      office: office!.documentId,
      label: "Dyżur testowy",
      rules: [
        { ...weekdays, opens: "08:00", closes: "15:00", mode: "in_person", note: byPhone },
        { ...weekdays, opens: "15:30", closes: "16:00", mode: "phone_only", note: null },
      ],
      exceptions: [{ from: "2026-12-24", closed: true, reason: "Wigilia" }],
    });
    expect(created.status).toBe(200);
    documentId = created.body.data.documentId;
    const translated = await uk.update(schedule, documentId, {
      label: "Тестове чергування",
      hoursTranslations: { [byPhone]: ukByPhone, Wigilia: "Святвечір" },
    });
    expect(translated.status).toBe(200);
    expect((await uk.publish(schedule, documentId)).status).toBe(200);
  }, 60_000);

  it("shows Kraśnik's seeded Ukrainian notes on the Polish hours", async () => {
    const fixtures = loadOfficeTranslations("krasnik").uk!.schedules;
    expect(fixtures.length).toBeGreaterThan(0);
    const read = async (locale: string) =>
      (await reader.all("schedules", `filters[office][slug][$eq]=krasnik&locale=${locale}`)).map(
        (entry) => scheduleSchema.parse(entry),
      );
    const [polish, ukrainian] = await Promise.all([read("pl"), read("uk")]);
    for (const { schedule: fixture } of fixtures) {
      const ukEntry = ukrainian.find((entry) => entry.label === fixture.label);
      expect(ukEntry, fixture.label).toBeDefined();
      const plEntry = polish.find((entry) => entry.documentId === ukEntry!.documentId)!;
      expect(times(ukEntry!)).toEqual(times(plEntry));
      expect(ukEntry!.rules.map((rule) => rule.note ?? null)).toEqual(
        (fixture.rules ?? []).map((rule) => rule.note ?? null),
      );
    }
  });

  it("a new translation gets the Polish hours with its own notes, Polish where untranslated", async () => {
    const [plEntry, ukEntry] = [await published("pl"), await published("uk")];
    expect(times(ukEntry)).toEqual(times(plEntry));
    expect(ukEntry.rules.map((rule) => rule.note)).toEqual([ukByPhone, undefined]);
    expect(ukEntry.exceptions[0]?.reason).toBe("Святвечір");
    expect(plEntry.rules[0]?.note).toBe(byPhone);
    expect(plEntry.exceptions[0]?.reason).toBe("Wigilia");
  });

  it("changing the Polish hours changes them in Ukrainian, whose notes stay translated", async () => {
    const before = await draft(pl);
    const rules = (before.rules as Record<string, unknown>[]).map((rule, i) =>
      i === 0 ? { ...rule, closes: "14:00:00.000" } : rule,
    );
    expect((await pl.update(schedule, documentId, { ...editable(before), rules })).status).toBe(
      200,
    );
    const ukDraft = await draft(uk);
    // SQLite returns "14:00:00.000", PostgreSQL "14:00:00".
    expect((ukDraft.rules as { closes: string }[])[0]?.closes).toMatch(/^14:00:00/);
    // Publishing the Polish version publishes the hours in every language (not the uk texts).
    expect((await pl.publish(schedule, documentId)).status).toBe(200);
    const ukEntry = await published("uk");
    expect(ukEntry.rules[0]).toMatchObject({ closes: "14:00", note: ukByPhone });
    expect(times(ukEntry)).toEqual(times(await published("pl")));
  });

  it("saving a Ukrainian note leaves the Polish entry as it was", async () => {
    const polishBefore = await draft(pl);
    const ukBefore = await draft(uk);
    const hoursTranslations = { [byPhone]: "лише після дзвінка", Wigilia: "Святвечір" };
    const reply = await uk.update(schedule, documentId, {
      ...editable(ukBefore),
      hoursTranslations,
    });
    expect(reply.status).toBe(200);
    // Strapi may write the same Polish hours again (new component ids); the content is unchanged.
    expect(content(await draft(pl))).toEqual(content(polishBefore));
    expect((await draft(uk)).hoursTranslations).toEqual(hoursTranslations);
  });

  it("changing the times in Ukrainian changes them for every language, texts stay per language", async () => {
    const ukBefore = await draft(uk);
    const exceptions = [
      ...(ukBefore.exceptions as Record<string, unknown>[]),
      { from: "2026-12-31", closed: true, reason: "Sylwester" },
    ];
    const reply = await uk.update(schedule, documentId, { ...editable(ukBefore), exceptions });
    expect(reply.status).toBe(200);
    const plDraft = await draft(pl);
    expect((plDraft.exceptions as { from: string }[]).map((e) => e.from)).toEqual([
      "2026-12-24",
      "2026-12-31",
    ]);
    expect(plDraft.label).toBe("Dyżur testowy");
    expect(plDraft.hoursTranslations ?? null).toBeNull();
  });
});
