/**
 * The shape of the countries table (lib/places/countries.ts): the names a story uses for a country, its people
 * and its cities, so that the story's places can say which of several bodies of one name it means; and, for a
 * state the press credits with a statement, what lib/states reads.
 */
import { z } from 'zod';
import { StateFields } from '../states/schema';

const names = z.array(z.string().min(2).max(60)).default([]);

export const Country = z
  .object({
    /** ISO 3166-1 alpha-2, as outlet entries write `country`. */
    code: z.string().regex(/^[A-Z]{2}$/),
    /** Its country-code domain when that is not the code in lower case (`uk` for GB). */
    tld: z.string().regex(/^[a-z]{2}$/).optional(),
    /** The country's names, in its own languages and as the project's languages' press prints them. */
    names,
    /** Its people and the adjective: "Malaysian", "costarricense", "venezolano", "Thai". */
    people: names,
    /** The capital and the cities the news names most. */
    cities: names,
    /** Where the press credits the country with a statement ("Russia said"): its government and the names that stand for it (lib/states). */
    state: StateFields.optional(),
  })
  .strict();
export type Country = z.infer<typeof Country>;
export type CountryInput = z.input<typeof Country>;
