import { email, string, text } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

export default componentSchema({
  category: "office",
  name: "gdpr",
  displayName: "Klauzula RODO",
  description: "Dane do klauzuli informacyjnej o przetwarzaniu danych osobowych.",
  icon: "lock",
  fields: {
    controller: text(
      "Administrator danych",
      "Nazwa i adres administratora danych, np. „Miejski Ośrodek Pomocy Społecznej w Orzeszu, ul. Powstańców 5B, 43-180 Orzesze”.",
      { required: true },
    ),
    dpoName: string("Inspektor ochrony danych", "Imię i nazwisko inspektora. Można pominąć."),
    dpoEmail: email("E-mail inspektora", "Adres kontaktowy inspektora ochrony danych.", {
      required: true,
    }),
    dpoPhone: string("Telefon inspektora", "Numer kontaktowy inspektora. Można pominąć."),
  },
});
