import { describe, expect, it } from "vitest";
import { completeTimes, deepPopulate, type ModelShape } from "./model-walk";

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
