// The build's parameters for page models: the instant states are computed for (BUILD_NOW),
// its Warsaw date, and the CMS origin media are fetched from. Read once per build (a warm build
// server keeps this module between builds: build-scope.ts).
import { warsawDate } from "@mops/shared";
import { previewPathOf } from "../content/preview-scope";
import { buildNow, PLACEHOLDER_SITE, parseBuildEnv } from "./build-env";
import { perBuild } from "./build-scope";

export const buildContext = perBuild(() => {
  const env = parseBuildEnv(process.env);
  const now = buildNow(env, new Date());
  return {
    BUILD_NOW: now,
    BUILD_TODAY: warsawDate(now),
    STRAPI_URL: env.STRAPI_URL ?? PLACEHOLDER_SITE,
    /** Days after which news leaves the home page; `undefined` keeps the model's default. */
    HOME_NEWS_MAX_AGE_DAYS: env.HOME_NEWS_MAX_AGE_DAYS,
    /** The regional portal's origin in a portal build (PORTAL_URL), else a placeholder. */
    PORTAL_URL: env.PORTAL_URL ?? PLACEHOLDER_SITE,
    /** A preview build's page (it leaves out news it need not show), else `undefined`. */
    PREVIEW_PATH: previewPathOf(env),
  };
});
