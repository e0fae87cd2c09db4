import { describe, expect, it } from "vitest";
import { markToday } from "./hours-today-island.ts";

// The few DOM calls markToday makes, over plain objects: a section of tables of rows.
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly children: FakeElement[] = [];
  className = "";
  textContent = "";
  readonly tag: string;
  readonly dataset: Record<string, string | undefined>;
  private parent?: FakeElement;
  constructor(tag: string, dataset: Record<string, string | undefined> = {}) {
    this.tag = tag;
    this.dataset = dataset;
  }
  get ownerDocument() {
    return { createElement: (tag: string) => new FakeElement(tag) };
  }
  add(child: FakeElement): FakeElement {
    child.parent = this;
    this.children.push(child);
    return child;
  }
  append(...nodes: Array<string | FakeElement>) {
    for (const node of nodes) if (typeof node !== "string") this.add(node);
  }
  remove() {
    this.parent?.children.splice(this.parent.children.indexOf(this), 1);
  }
  hasAttribute = (name: string) => this.attributes.has(name);
  setAttribute = (name: string, value: string) => this.attributes.set(name, value);
  removeAttribute = (name: string) => this.attributes.delete(name);
  private all(): FakeElement[] {
    return this.children.flatMap((child) => [child, ...child.all()]);
  }
  private matches(selector: string): boolean {
    const rules: Record<string, (e: FakeElement) => boolean> = {
      "[data-hours]": (e) => e.tag === "section",
      table: (e) => e.tag === "table",
      "tr[data-hours-day]": (e) => e.tag === "tr",
      th: (e) => e.tag === "th",
      ".today": (e) => e.className === "today",
    };
    return rules[selector]!(this);
  }
  querySelectorAll(selector: string) {
    return this.all().filter((e) => e.matches(selector));
  }
  querySelector(selector: string) {
    return this.querySelectorAll(selector)[0] ?? null;
  }
}

/** Monday to Sunday as the rows number them (`Date#getUTCDay`). */
const DAYS = ["1", "2", "3", "4", "5", "6", "0"];

/** A schedule's section: a regular week and a July–August season, today marked on `built`. */
function page(built: { table: number; day: string } | undefined, validity = {}) {
  const root = new FakeElement("body");
  const section = root.add(new FakeElement("section", validity));
  [{}, { from: "07-01", to: "08-31" }].forEach((span, index) => {
    const table = section.add(new FakeElement("table", span));
    for (const day of DAYS) {
      const row = table.add(new FakeElement("tr", { hoursDay: day }));
      const th = row.add(new FakeElement("th"));
      if (built?.table === index && built.day === day) {
        row.setAttribute("aria-current", "date");
        const mark = th.add(new FakeElement("strong"));
        mark.className = "today";
        mark.textContent = "dziś";
      }
    }
  });
  return root;
}

const marks = (root: FakeElement) =>
  root.querySelectorAll("table").flatMap((table, index) =>
    table.querySelectorAll("tr[data-hours-day]").flatMap((row) => {
      const current = row.attributes.get("aria-current") === "date";
      const word = row.querySelectorAll(".today").length;
      const text = row.querySelectorAll(".today").map((mark) => mark.textContent);
      return current || word ? [`${index}:${row.dataset.hoursDay}:${current}:${text}`] : [];
    }),
  );

describe("markToday", () => {
  describe.each([
    {
      name: "after the schedule ended",
      built: { table: 0, day: "1" },
      validity: { validTo: "2026-11-25" },
      date: "2026-11-26",
      marks: [],
    },
    {
      name: "a later weekday",
      built: { table: 0, day: "1" },
      date: "2026-11-26",
      marks: ["0:4:true:dziś"],
    },
    {
      name: "the same day",
      built: { table: 0, day: "1" },
      date: "2026-11-23",
      marks: ["0:1:true:dziś"],
    },
    {
      name: "into the season",
      built: { table: 0, day: "2" },
      date: "2027-07-04",
      marks: ["1:0:true:dziś"],
    },
    {
      name: "out of the season",
      built: { table: 1, day: "5" },
      date: "2027-09-01",
      marks: ["0:3:true:dziś"],
    },
    {
      name: "from no mark: the attribute only",
      built: undefined,
      date: "2026-11-28",
      marks: ["0:6:true:"],
    },
  ])("$name", ({ built, validity, date, marks: expected }) => {
    it("leaves exactly one row marked, the word on it", () => {
      const root = page(built, validity);
      markToday(root as unknown as ParentNode, date);
      expect(marks(root)).toEqual(expected);
    });
  });
});
