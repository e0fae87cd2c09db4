import { describe, expect, it } from "vitest";
import { completeTimes, deepPopulate, type ModelShape, mediaIdsIn } from "./model-walk";

const models: Record<string, ModelShape> = {
  "api::schedule.schedule": {
    attributes: {
      label: { type: "string" },
      office: { type: "relation", relation: "manyToOne", target: "api::office.office" },
      createdBy: { type: "relation", relation: "oneToOne", target: "admin::user" },
      rules: { type: "component", component: "schedule.rule", repeatable: true },
      seasons: { type: "component", component: "schedule.season", repeatable: true },
      cover: { type: "media" },
    },
  },
  "schedule.rule": { attributes: { opens: { type: "time" }, closes: { type: "time" } } },
  "schedule.season": {
    attributes: {
      label: { type: "string" },
      rules: { type: "component", component: "schedule.rule", repeatable: true },
    },
  },
};
const getModel = (uid: string) => models[uid];

describe("completeTimes", () => {
  it("completes HH:MM in nested components and leaves the rest alone", () => {
    const data = {
      label: "09:00",
      rules: [{ opens: "09:00", closes: "11:00:00.000" }],
      seasons: [{ label: "lato", rules: [{ opens: "7:00", closes: "13:00" }] }],
    };
    expect(completeTimes(getModel, "api::schedule.schedule", data)).toEqual({
      label: "09:00",
      rules: [{ opens: "09:00:00.000", closes: "11:00:00.000" }],
      seasons: [{ label: "lato", rules: [{ opens: "7:00", closes: "13:00:00.000" }] }],
    });
  });
});

describe("deepPopulate", () => {
  it("populates components deeply, media and content relations by id", () => {
    expect(deepPopulate(getModel, "api::schedule.schedule")).toEqual({
      office: { select: ["documentId"] },
      rules: true,
      seasons: { populate: { rules: true } },
      cover: { select: ["id"] },
    });
  });
});

describe("mediaIdsIn", () => {
  const models: Record<string, ModelShape> = {
    "api::news-post.news-post": {
      attributes: {
        title: { type: "string" },
        cover: { type: "media" },
        attachments: { type: "component", component: "news.attachment", repeatable: true },
      },
    },
    "news.attachment": { attributes: { label: { type: "string" }, file: { type: "media" } } },
  };
  const getModel = (uid: string) => models[uid];

  it.each([
    ["an id", { cover: 4 }, [4]],
    ["{ id }", { cover: { id: 4, url: "/uploads/a.png" } }, [4]],
    ["a list", { cover: [4, { id: 5 }] }, [4, 5]],
    ["null (detaching)", { cover: null }, []],
    [
      "media in a repeatable component",
      { attachments: [{ file: 7 }, { file: { id: 8 } }] },
      [7, 8],
    ],
    ["no media field", { title: "Tytuł" }, []],
    ["a malformed value, kept to be refused", { cover: "../../x" }, ["../../x"]],
  ])("%s", (_case, data, ids) => {
    expect(mediaIdsIn(getModel, "api::news-post.news-post", data)).toEqual(ids);
  });
});
