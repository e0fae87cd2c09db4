// What an office editor reads when the CMS refuses them something, in Polish.
import { errors } from "@strapi/utils";
export const accessMessages = {
  otherOffice: "Ten wpis należy do innego ośrodka: możesz zmieniać tylko wpisy swojego ośrodka",
  createOffice: "Tylko superadministrator może dodawać i usuwać ośrodki",
  move: "Nie można przenieść wpisu do innego ośrodka",
  editors: "Tylko superadministrator może zmieniać listę redaktorów ośrodka",
  platform: "Tę operację może wykonać tylko superadministrator",
  ownEmail: "Adres e-mail konta może zmienić tylko superadministrator",
  otherOfficeFile: "Ten plik należy do innego ośrodka: możesz używać tylko plików swojego ośrodka",
  mediaRoot:
    "Pliki ośrodka są w jego folderze w bibliotece mediów: wybierz ten folder albo folder w nim",
  officeFolder: "Folderu ośrodka nie można zmienić ani usunąć: możesz zmieniać foldery w nim",
} as const;

/**
 * A refusal that reaches the editor with its message: Strapi's authorisation step turns any other
 * 403 raised behind it into a bare "Forbidden".
 */
export const refusal = (message: string) => new errors.PolicyError(message);
