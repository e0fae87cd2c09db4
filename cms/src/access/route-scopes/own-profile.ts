import { accessMessages, refusal } from "../access-messages";
import { bodyOf, type KoaContext, type Next } from "./scope";

const sameAddress = (a: unknown, b: unknown) =>
  String(a ?? "")
    .trim()
    .toLowerCase() ===
  String(b ?? "")
    .trim()
    .toLowerCase();

export const ownProfileScopes = {
  "own-profile": async (ctx: KoaContext, next: Next) => {
    const body = bodyOf(ctx);
    if ("email" in body && !sameAddress(body.email, ctx.state.user?.email)) {
      throw refusal(accessMessages.ownEmail);
    }
    return next();
  },
};
