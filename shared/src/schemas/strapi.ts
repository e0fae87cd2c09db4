import { z } from "zod";

/** Pagination block of a Strapi 5 REST list response. */
export const paginationSchema = z.object({
  page: z.number().int().positive(),
  pageSize: z.number().int().positive(),
  pageCount: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type Pagination = z.output<typeof paginationSchema>;

/** A Strapi 5 REST list response `{ data: [...], meta: { pagination } }` of `item`. */
export const strapiListSchema = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    meta: z.object({ pagination: paginationSchema }),
  });

/** A Strapi 5 REST single-document response `{ data: {...} }` of `item`. */
export const strapiSingleSchema = <T extends z.ZodType>(item: T) => z.object({ data: item });
