import { describe, expect, it } from "vitest";
import { withSchemaHelp } from "./field-help";

const stored = {
  settings: { pageSize: 10 },
  metadatas: {
    name: {
      edit: { label: "name", description: "", placeholder: "", visible: true },
      list: { label: "name", sortable: true },
    },
    removed: { edit: { label: "removed" }, list: { label: "removed" } },
  },
};

describe("withSchemaHelp", () => {
  it("puts the schema's label and help over the stored ones, keeping the other settings", () => {
    const updated = withSchemaHelp(stored, {
      name: { edit: { label: "Nazwa", description: "Pełna nazwa" }, list: { label: "Nazwa" } },
      unknown: { edit: { label: "X" } },
    });
    expect(updated).toEqual({
      settings: { pageSize: 10 },
      metadatas: {
        name: {
          edit: { label: "Nazwa", description: "Pełna nazwa", placeholder: "", visible: true },
          list: { label: "Nazwa", sortable: true },
        },
        removed: stored.metadatas.removed,
      },
    });
  });

  it("reports no change when the stored help is current", () => {
    const help = { name: { edit: { label: "name", description: "" }, list: { label: "name" } } };
    expect(withSchemaHelp(stored, help)).toBeUndefined();
  });

  it("hides a field the schema leaves out of the edit view", () => {
    const updated = withSchemaHelp(stored, {
      name: { edit: { label: "name", description: "", visible: false } },
    });
    expect(updated?.metadatas?.name?.edit).toEqual({
      label: "name",
      description: "",
      placeholder: "",
      visible: false,
    });
  });
});
