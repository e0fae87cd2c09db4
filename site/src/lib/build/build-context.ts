// The build's parameters for page models: the instant states are computed for (BUILD_NOW),
// its Warsaw date, and the CMS origin media are fetched from.
import { warsawDate } from "@mops/shared";
import { previewPathOf } from "../content/preview-scope";
import { buildNow, PLACEHOLDER_SITE, parseBuildEnv } from "./build-env";

const started = new Date();
const env = parseBuildEnv(process.env);

export const BUILD_NOW: Date = buildNow(env, started);
export const BUILD_TODAY: string = warsawDate(BUILD_NOW);
export const STRAPI_URL: string = env.STRAPI_URL ?? PLACEHOLDER_SITE;
/** Days after which news leaves the home page; `undefined` keeps the model's default. */
export const HOME_NEWS_MAX_AGE_DAYS: number | undefined = env.HOME_NEWS_MAX_AGE_DAYS;
/** The regional portal's origin in a portal build (PORTAL_URL), else a placeholder. */
export const PORTAL_URL: string = env.PORTAL_URL ?? PLACEHOLDER_SITE;
/** A preview build's page (it leaves out news it need not show), else `undefined`. */
export const PREVIEW_PATH: string | undefined = previewPathOf(env);
