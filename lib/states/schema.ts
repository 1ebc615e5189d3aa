/**
 * The shape of a state in the countries table (lib/places/countries.ts, read through lib/states/countries.ts) and of the words that credit a state with a
 * statement (lib/states/speech.ts): "Russia said", "Bắc Kinh tuyên bố", "Moskow menyatakan" credit that
 * state's government.
 */
import { z } from 'zod';

const names = z.array(z.string().min(2).max(60)).default([]);
/** Words, prepositions among them ("à", "в"). */
const words = z.array(z.string().min(1).max(60)).default([]);

/** What makes a country a state the press credits with a statement, as the countries table writes it (lib/places/countries.ts). */
export const StateFields = z
  .object({
    /** Its government as the labels name it: "Russian government", "United States government". */
    government: z.string().min(3),
    /**
     * The state's names as subjects of a statement, in every language the product reads, as printed
     * (capitalized where the language capitalizes them). Only names that stand for the state alone.
     */
    names,
    /** Its capital or seat of government, standing for it ("Moskow menyatakan", "Bắc Kinh tuyên bố"). */
    seats: names,
    /** Its people's adjective, which names the state only before a speaker role ("Russian officials said"). */
    people: names,
    /**
     * Names that are also an ordinary word or a given name in their language ("Anh": he or brother, and the
     * United Kingdom; "Đức", a given name, and Germany): the state only as an item of a list of states with
     * one named otherwise ("Mỹ, Anh và Pháp tuyên bố"), as printed with a capital. One letter may do ("Ý").
     */
    listNames: words,
  })
  .strict();

export const State = StateFields.extend({
  /** ISO 3166-1 alpha-2, as outlet entries write `country`. */
  code: z.string().regex(/^[A-Z]{2}$/),
  /**
   * Its people's adjectives as languages print them in small letters ("ukrainische", "russischen"): the
   * countries table's people, for `peopleWrappers` ("die ukrainische Regierung").
   */
  adjectives: names,
}).strict();
export type State = z.infer<typeof State>;
export type StateInput = z.input<typeof State>;

export const Speech = z
  .object({
    /** Verbs of saying and of taking a position, after their subject: "said", "accused", "tuyên bố". */
    after: words,
    /** Verbs that stand before their subject in this language's inversions ("erklärte Russland"). */
    inverted: names,
    /**
     * The inverted verbs stand first only after a quote or a comma ("…, affirme Séoul", "«…», dijo Moscú"):
     * elsewhere the verb is another subject's.
     */
    invertedAfterQuote: z.boolean().default(false),
    /** Cues before the state: "according to", "menurut". */
    before: names,
    /**
     * Words that, right before a state's name, make it a place or a nationality, not the speaker: "a man
     * from Iran said", "HLV người Hàn Quốc nói", "warga Rusia mengatakan".
     */
    attributes: words,
    /** Roles of a state's people that speak for it after their adjective: "Russian officials said". */
    roles: names,
    /**
     * The state's government named with it, `{}` where the name goes: "Pemerintah {}", "Chính phủ {}",
     * "{}'s government". Matched as printed, its first letter in either case.
     */
    wrappers: names,
    /**
     * The state's government named by its people's adjective in small letters, `{}` where the adjective goes:
     * "{} Regierung" ("die ukrainische Regierung", "der russischen Regierung"). Matched as printed.
     */
    peopleWrappers: names,
    /**
     * Verbs with no subject of their own ("hieß es", "verlautete"): a state's name or seat after one of the
     * `attributes` before them says where the statement came from ("Aus Moskau hieß es" credits Russia).
     */
    impersonal: names,
  })
  .strict();
export type Speech = z.infer<typeof Speech>;
export type SpeechInput = z.input<typeof Speech>;
