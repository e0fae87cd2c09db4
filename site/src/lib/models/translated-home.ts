// The home page in Ukrainian or English: the office's Polish alerts (marked Polish), the open-now block speaking the language (its phrase
// table goes to the island), the contact summary, the translated programmes and news. A place's
// department link leads to the department's page in the language when it is translated, else to
// its Polish page (said so with hreflang); the home page lists no departments (the menu does).
import { type Language, UI_STRINGS } from "@mops/shared";
import type { OfficeContent } from "../content/office-content.ts";
import { hrefIn } from "../i18n/page-languages.ts";
import { type HomePageView, homeNews, homePage } from "./home-page.ts";
import { openNowView, type PlaceView } from "./open-now.ts";
import { programmeState } from "./programme-state.ts";
import { OFFICE_PHONE_LABEL, receptionGroups } from "./reception.ts";
import { newsItemIn, programmeSummaryIn } from "./translated-items.ts";

/** A place's links and words on a page in the language. */
function placeIn(language: Language, content: OfficeContent, place: PlaceView): PlaceView {
  return {
    ...place,
    ...hrefIn(language, content, place.href),
    phones: place.phones.map((phone) =>
      phone.label?.startsWith(OFFICE_PHONE_LABEL)
        ? {
            ...phone,
            label: phone.label.replace(OFFICE_PHONE_LABEL, UI_STRINGS[language].officePhone),
          }
        : phone,
    ),
  };
}

/**
 * `content` in the language, `polish` the office's Polish content: alerts come from it (an
 * urgent closure must reach every reader; the page marks them Polish).
 */
export function homePageIn(
  language: Language,
  content: OfficeContent,
  polishContent: OfficeContent,
  now: Date,
  today: string,
  newsMaxAgeDays?: number,
): HomePageView {
  const polish = homePage(content, now, today, newsMaxAgeDays);
  const groups = receptionGroups(content, today).map((group) => ({
    ...group,
    place: placeIn(language, content, group.place),
  }));
  const openNow = openNowView(groups, today, language);
  return {
    ...polish,
    alerts: homePage(polishContent, now, today, newsMaxAgeDays).alerts,
    ...(openNow ? { openNow } : {}),
    departments: [],
    programmes: content.programmes
      .filter((programme) => programmeState(programme, today) === "active")
      .map((programme) => programmeSummaryIn(language, programme, today)),
    news: homeNews(content.newsPosts, now, newsMaxAgeDays).map((post) =>
      newsItemIn(language, post),
    ),
  };
}
