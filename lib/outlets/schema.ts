/**
 * The outlet registry's entry: who a credited name is, where it publishes, how to search it. Facts only:
 * ownership is recorded only where a public source states it, with that source's URL. No ratings.
 */
import { z } from 'zod';
import { foldWords } from '../fold';
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
    /**
     * Names of `name`/`aliases` that other bodies go by too, in the registry or not: a paper called "The Star"
     * or "La Nación", a ministry's name without its country ("Kementerian Luar Negeri", "Bộ Y tế"), an acronym
     * many bodies use ("ABC"). Such a name stands for this entry only where the story points to it (its
     * language, the page's country, the places it names, a fuller mention before); else it stays unresolved.
     * A name two entries claim must be marked in both (test/outlets/registry.test.ts).
     */
    shared: z.array(z.string().min(1)).default([]),
    /**
     * Names of `name`/`aliases` that are also ordinary words or personal names in some language ("Antara" is
     * "between", "sama" "same", "Irena" a first name, "العربية" "Arabic", "כאן" "here"): they match only as
     * printed here, case included, and only where the reading makes them a name (a whole name beside a cue,
     * not a capital at a sentence's start nor part of a longer name).
     */
    words: z.array(z.string().min(1)).default([]),
    /** Web domains without `www.`; subdomains match too. */
    domains: z.array(z.string().regex(DOMAIN)).default([]),
    kind: OutletKind,
    /** ISO 3166-1 alpha-2, or `INT` for international bodies. */
    country: z.string().regex(/^(?:[A-Z]{2}|INT)$/),
    /** Languages it publishes in (ISO 639-1). */
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).default([]),
    /**
     * Who owns it, as the public page at `url` states it: `kind` (a closed set the UI translates), `fact` (that
     * page's statement, in English) and, where the fact names one other than the state itself, `owner`: the
     * body that owns, runs or oversees it, by its name as printed (never translated), so the UI can say
     * "Milik negara · di bawah France Médias Monde" in every language.
     */
    ownership: z
      .object({ kind: z.enum(['state-owned', 'state-funded', 'public']), owner: z.string().min(2).optional(), fact: z.string().min(10), url: HttpUrl })
      .strict()
      .optional(),
    /** A search URL with `{q}` where the query goes, when the site has a search page. */
    search: z
      .string()
      .regex(/^https:\/\/[^\s]+\{q\}[^\s]*$/)
      .optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    // A marked name is one of the entry's names: a shared one in any case or marks, a word-like one as printed.
    const folded = new Set([o.name, ...o.aliases].map((n) => foldWords(n, false)));
    for (const n of o.shared) if (!folded.has(foldWords(n, false))) ctx.addIssue({ code: 'custom', path: ['shared'], message: `"${n}" is not a name of ${o.id}` });
    for (const n of o.words) if (n !== o.name && !o.aliases.includes(n)) ctx.addIssue({ code: 'custom', path: ['words'], message: `"${n}" is not a name of ${o.id} as printed` });
  });
export type Outlet = z.infer<typeof Outlet>;
export type OutletInput = z.input<typeof Outlet>;
