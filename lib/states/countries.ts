/**
 * States as the press credits them with a statement or a position: "Russia said", "Iran accused",
 * "Bắc Kinh tuyên bố", "Moskow menyatakan", "Russland erklärte" credit the state's government.
 * The data is the `state` of each country in the one countries table, lib/places/countries.ts (its names,
 * seats and people as subjects of a statement; its editing rules are there); this is that table read as states.
 */
import { COUNTRIES } from '../places/countries';
import type { StateInput } from './schema';

// A people's adjective printed in small letters is one a language writes so ("ukrainische"): the state's government is named with it.
const adjectives = (people: string[] | undefined) => (people ?? []).filter((p) => /^\p{Ll}/u.test(p));

export const STATES: StateInput[] = COUNTRIES.flatMap((c) => (c.state ? [{ code: c.code, ...c.state, adjectives: adjectives(c.people) }] : []));
