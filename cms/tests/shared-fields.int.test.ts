// Fields that must not differ by language are one copy for every language, in the published
// versions too: after an office editor publishes the Polish version of a translated programme with
// new dates, the published Ukrainian version has them, while its own title stays Ukrainian.
// (Strapi's own sync skips the copy on publish when the entry it compares with happens to match;
// cms/src/documents/shared-fields.ts closes that gap for every content type.)
import { beforeAll, describe, expect, it } from "vitest";
import { contentApi, contentManager, type Entry } from "../test-support/cms-client.ts";
import { adminLogin } from "../tooling/launcher.ts";
import { cmsInstances } from "./cms-instances.ts";

const programme = "api::programme.programme";
const editor = { email: "redaktor.krasnik@example.org", password: "MopsRedaktor2026" };

describe.each(cmsInstances())(
  "a programme's shared fields across languages on $database",
  (cms) => {
    const reader = contentApi(cms.url, cms.readToken);
    let pl: ReturnType<typeof contentManager>;
    let uk: ReturnType<typeof contentManager>;
    let documentId = "";

    const published = async (locale: string) =>
      (
        await reader.get<{ data: Record<string, unknown> }>(
          `programmes/${documentId}?locale=${locale}`,
        )
      ).body.data;

    beforeAll(async () => {
      const token = await adminLogin(cms.url, editor);
      pl = contentManager(cms.url, token, "pl");
      uk = contentManager(cms.url, token, "uk");
      const [office] = await reader.all("offices", "filters[slug][$eq]=krasnik");
      const created = await pl.createAndPublish<{ data: Entry }>(programme, {
        office: office!.documentId,
        title: "Program wspólnych dat",
        slug: `program-wspolnych-dat-${cms.database}`,
        summary: "Program do sprawdzenia pól wspólnych dla wszystkich języków.",
        startsOn: "2027-01-04",
        endsOn: "2027-06-30",
      });
      expect(created.status, JSON.stringify(created.body)).toBe(200);
      documentId = created.body.data.documentId;
      const translated = await uk.update(programme, documentId, {
        title: "Програма спільних дат",
        summary: "Програма для перевірки полів, спільних для всіх мов.",
      });
      expect(translated.status, JSON.stringify(translated.body)).toBe(200);
      expect((await uk.publish(programme, documentId)).status).toBe(200);
    }, 60_000);

    it("gives a new translation the Polish dates and slug", async () => {
      const [polish, ukrainian] = [await published("pl"), await published("uk")];
      expect(ukrainian).toMatchObject({
        title: "Програма спільних дат",
        startsOn: "2027-01-04",
        endsOn: "2027-06-30",
        slug: polish?.slug,
      });
    });

    it.each([
      ["new dates", { startsOn: "2027-02-01", endsOn: "2027-12-31" }],
      ["an open end", { startsOn: "2027-03-01", endsOn: null }],
    ])("publishes the Polish version's %s in Ukrainian too", async (_name, dates) => {
      const reply = await pl.publish(programme, documentId, dates);
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      const [polish, ukrainian] = [await published("pl"), await published("uk")];
      expect(polish).toMatchObject({ title: "Program wspólnych dat", ...dates });
      expect(ukrainian).toMatchObject({ title: "Програма спільних дат", ...dates });
    });
  },
);
