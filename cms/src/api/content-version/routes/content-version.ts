// One content-API route: every office's content version in one answer, for the rebuild service
// (read with the site's token).
export default {
  routes: [
    {
      method: "GET",
      path: "/content-versions",
      handler: "content-version.all",
    },
  ],
};
