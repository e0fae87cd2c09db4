import { environment } from "../src/environment";

export default () => {
  const env = environment();
  return {
    host: env.HOST,
    port: env.PORT,
    ...(env.PUBLIC_URL ? { url: env.PUBLIC_URL } : {}),
    app: { keys: env.APP_KEYS },
    dirs: { public: env.PUBLIC_DIR },
  };
};
