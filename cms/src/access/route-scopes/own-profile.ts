// An office editor edits their own profile (name, language, password with the current one) but
// not their e-mail address: office membership follows the address (`office.editorEmails`), so an
// editor who could change it could take another office's place. Super admins change addresses.
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
