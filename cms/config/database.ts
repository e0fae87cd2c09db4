import path from "node:path";
import { environment } from "../src/environment";

// Relative paths are resolved from cms/, the working directory of every CMS command.
export default () => {
  const env = environment();
  if (env.DATABASE_CLIENT === "postgres") {
    return {
      connection: {
        client: "postgres",
        connection: {
          host: env.DATABASE_HOST,
          port: env.DATABASE_PORT,
          database: env.DATABASE_NAME,
          user: env.DATABASE_USERNAME,
          password: env.DATABASE_PASSWORD,
          schema: env.DATABASE_SCHEMA,
          ssl: env.DATABASE_SSL,
        },
        pool: { min: 0, max: env.DATABASE_POOL_MAX },
      },
    };
  }
  return {
    connection: {
      client: "sqlite",
      connection: { filename: path.resolve(env.DATABASE_FILENAME) },
      useNullAsDefault: true,
    },
  };
};
