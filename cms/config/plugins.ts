import { environment } from "../src/environment";

// i18n is part of Strapi 5; its locales (pl default, uk, en) are ensured at bootstrap.
export default () => ({
  i18n: { enabled: true },
  "users-permissions": { config: { jwtSecret: environment().JWT_SECRET } },
});
