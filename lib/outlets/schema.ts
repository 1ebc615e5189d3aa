/**
 * The outlet registry's entry: who a credited name is, where it publishes, how to search it. Facts only:
 * ownership is recorded only where a public source states it, with that source's URL. No ratings.
 */
import { z } from 'zod';
import { HttpUrl, OutletKind } from '../report';

export const DOMAIN = /^(?=.{3,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$/;

export const Outlet = z
  .object({
    /** Stable, lowercase, dash-separated: `tass`, `moscow-times`, `ru-ministry-of-defence`. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** The canonical name, as the outlet writes itself. */
    name: z.string().min(1),
    /** Other names the press uses, in every language and script (ТАСС, Kantor Berita TASS, hãng thông tấn TASS). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Web domains without `www.`; subdomains match too. */
    domains: z.array(z.string().regex(DOMAIN)).default([]),
    kind: OutletKind,
    /** ISO 3166-1 alpha-2, or `INT` for international bodies. */
    country: z.string().regex(/^(?:[A-Z]{2}|INT)$/),
    /** Languages it publishes in (ISO 639-1). */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
    ownership: z
      .object({ kind: z.enum(['state-owned', 'state-funded', 'public']), fact: z.string().min(10), url: HttpUrl })
      .optional(),
    /** A search URL with `{q}` where the query goes, when the site has a search page. */
    search: z
      .string()
      .regex(/^https:\/\/[^\s]+\{q\}[^\s]*$/)
      .optional(),
  })
  .strict();
export type Outlet = z.infer<typeof Outlet>;
export type OutletInput = z.input<typeof Outlet>;
