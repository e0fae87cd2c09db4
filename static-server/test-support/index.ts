// Test support for the packages whose tests read served sites (`@mops/static-server/testing`).
export { getFromHost, type Reply } from "./http-get.ts";
