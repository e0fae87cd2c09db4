import { decimal, enumeration, string, text } from "../../schema/fields";
import { componentSchema } from "../../schema/models";

const amount = (label: string, what: string) =>
  decimal(label, `${what} w złotych, najwyżej dwa miejsca po przecinku. Można pominąć.`);

export default componentSchema({
  category: "programme",
  name: "funding",
  displayName: "Finansowanie",
  description: "Źródło finansowania i kwoty.",
  icon: "coin",
  fields: {
    source: enumeration(
      ["efs", "power", "pokl", "state_budget", "own_funds", "eu_other", "other"],
      "Źródło",
      "Skąd pochodzą pieniądze na program.",
      { required: true },
    ),
    programmeName: string(
      "Nazwa programu",
      "Np. „Program Operacyjny Wiedza Edukacja Rozwój”. Można pominąć.",
    ),
    totalValue: amount("Wartość całkowita", "Całkowita wartość projektu"),
    euContribution: amount("Dofinansowanie z UE", "Kwota dofinansowania z Unii Europejskiej"),
    stateBudget: amount("Budżet państwa", "Kwota z budżetu państwa"),
    ownContribution: amount("Wkład własny", "Kwota środków własnych"),
    note: text("Uwagi", "Dodatkowe informacje o finansowaniu. Można pominąć."),
  },
});
