// The schedule's edit view shows the opening-hours editor and not the component fields it keeps in
// step (weekly ranges, seasons, exceptions, the translations of their texts). Read from the
// content manager's stored configuration, which the admin renders, after bootstrap applied it.
import { describe, expect, it } from "vitest";
import { adminApi } from "../test-support/cms-client.ts";
import { cmsInstances } from "./cms-instances.ts";

interface Configuration {
  data: {
    contentType: {
      metadatas: Record<string, { edit: { visible?: boolean } }>;
      layouts: { edit: { name: string }[][] };
    };
  };
}

describe.each(cmsInstances())("schedule edit view on $database", (cms) => {
  it.each([
    ["hoursEditor", true],
    ["rules", false],
    ["exceptions", false],
    ["seasons", false],
    ["label", true],
    ["hoursTranslations", false],
  ])("%s visible: %s", async (field, visible) => {
    const reply = await adminApi(cms.url, cms.adminToken).get<Configuration>(
      "/content-manager/content-types/api::schedule.schedule/configuration",
    );
    expect(reply.status).toBe(200);
    const { metadatas, layouts } = reply.body.data.contentType;
    expect(layouts.edit.flat().map((cell) => cell.name)).toContain(field);
    expect(metadatas[field]?.edit.visible).toBe(visible);
  });
});
