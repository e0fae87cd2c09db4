// The site's loader pages through the REST API, 100 entries a page at most.
export default () => ({
  rest: { defaultLimit: 25, maxLimit: 100, withCount: true },
});
