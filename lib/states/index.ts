/**
 * Which state a name credited with a statement stands for: the state itself ("Russia", "Nga"), its seat
 * ("Moskow", "Bắc Kinh") or its government named with it ("Pemerintah Indonesia", "Chính phủ Nhật Bản",
 * "the Russian government"). Built once from the validated tables.
 */
import { z } from 'zod';
import { STATES } from './countries';
import { State, Speech, type SpeechInput } from './schema';
import { SPEECH } from './speech';

const key = (s: string) => s.normalize('NFC').replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

let byName: Map<string, State> | undefined;
/** Keys of names printed in capitals ("AS", "US", "EUA"): they match only so ("As first reported" is no state). */
const capitalsOnly = new Set<string>();
const CAPITALS = /^[\p{Lu}.]+$/u;
let byPeople: Map<string, State> | undefined;
let byListName: Map<string, State> | undefined;
let speech: Map<string, Speech> | undefined;

/** The speech words of each language, validated. */
export function speechOf(lang: string): Speech | undefined {
  speech ??= new Map(Object.entries(SPEECH).map(([code, s]: [string, SpeechInput]) => [code, Speech.parse(s)]));
  return speech.get(lang);
}

function table(): Map<string, State> {
  if (byName) return byName;
  const states = z.array(State).parse(STATES);
  const wrappers = [...new Set(Object.keys(SPEECH).flatMap((code) => speechOf(code)!.wrappers))];
  const peopleWrappers = [...new Set(Object.keys(SPEECH).flatMap((code) => speechOf(code)!.peopleWrappers))];
  byName = new Map();
  byPeople = new Map();
  byListName = new Map();
  for (const state of states) {
    for (const p of state.people) byPeople.set(key(p), state);
    for (const n of state.listNames) byListName.set(key(n), state);
    byName.set(key(state.government), state);
    for (const name of [...state.names, ...state.seats]) {
      byName.set(key(name), state);
      if (CAPITALS.test(name) && name.replace(/\./g, '').length <= 4) capitalsOnly.add(key(name));
      for (const w of wrappers) byName.set(key(w.replace('{}', name)), state);
    }
    for (const a of state.adjectives) for (const w of peopleWrappers) byName.set(key(w.replace('{}', a)), state);
  }
  return byName;
}

// "The Australian government", "the United States": an article the registry kept with the name.
const ARTICLE = /^(?:the|die|der|la|el|le|les|los|o|a)\s+/i;

/** The state a name stands for as printed, or undefined. */
export function stateNamed(name: string): State | undefined {
  const bare = name.replace(ARTICLE, '');
  for (const n of [name, bare]) {
    const k = key(n);
    const state = table().get(k);
    if (state && (!capitalsOnly.has(k) || CAPITALS.test(n.trim()))) return state;
  }
  return undefined;
}

/**
 * The state a name stands for as an item of a list of states: by any of its names, or by one of its
 * `listNames` printed with a capital ("Anh" in "Mỹ, Anh và Pháp"). The caller makes sure the list holds a state
 * named otherwise.
 */
export function stateListed(name: string): State | undefined {
  const whole = stateNamed(name);
  if (whole || !/^\p{Lu}/u.test(name.trim())) return whole;
  table();
  return byListName!.get(key(name));
}

/** The state whose people's adjective this is ("Russian"), or undefined. */
export function statePeople(adjective: string): State | undefined {
  table();
  return byPeople!.get(key(adjective));
}

/** Every state, validated (for tests). */
export function allStates(): State[] {
  return [...new Set(table().values())];
}
