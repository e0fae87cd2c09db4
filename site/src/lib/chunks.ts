/** `items` in consecutive groups of at most `size`, in order. */
export function chunks<T>(items: ReadonlyArray<T>, size: number): T[][] {
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) {
    groups.push(items.slice(start, start + size));
  }
  return groups;
}
