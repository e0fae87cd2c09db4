/** A set of dates `"YYYY-MM-DD"`, optionally with a name per date (a `Set` or a `Map` fits). */
export type DateLookup = {
  has(date: string): boolean;
  get?(date: string): string | undefined;
};
