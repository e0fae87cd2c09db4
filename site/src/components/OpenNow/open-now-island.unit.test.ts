import { describe, expect, it } from "vitest";
import { openNowExample } from "./examples.ts";
import { statusTexts } from "./open-now-island.ts";

describe("open-now island statusTexts", () => {
  it.each([
    {
      at: "2026-11-23T08:00:00+01:00",
      texts: [
        "nieczynne – otwarcie dziś o 9:00 (po wcześniejszym umówieniu)",
        "tylko telefonicznie do 9:00",
        "dziś nieczynne – otwarcie jutro o 15:00",
      ],
    },
    {
      at: "2026-11-24T15:29:00+01:00",
      texts: [
        "nieczynne – otwarcie w czwartek o 9:00 (po wcześniejszym umówieniu)",
        "otwarte do 15:30",
        "otwarte do 17:00",
      ],
    },
    {
      at: "2026-11-24T15:30:00+01:00",
      texts: [
        "nieczynne – otwarcie w czwartek o 9:00 (po wcześniejszym umówieniu)",
        "nieczynne – otwarcie jutro o 7:30 (tylko telefonicznie)",
        "otwarte do 17:00",
      ],
    },
    {
      at: "2027-07-06T16:00:00+02:00",
      texts: [
        "nieczynne – otwarcie w czwartek o 9:00 (po wcześniejszym umówieniu)",
        "nieczynne – otwarcie jutro o 7:30 (tylko telefonicznie)",
        "tylko telefonicznie do 17:00",
      ],
    },
  ])("at $at", ({ at, texts }) => {
    const result = statusTexts(openNowExample.data, Date.parse(at));
    expect(result.map((status) => status.text)).toEqual(texts);
    expect(result.map((status) => status.open)).toEqual(
      texts.map((text) => !text.includes("nieczynne")),
    );
  });
});
