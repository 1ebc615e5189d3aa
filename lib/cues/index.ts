/**
 * The registry of languages: one import per cue file. Adding a language is one file here and one test
 * file in test/cues/ (test/cues/registry.test.ts checks that every file is registered, valid and tested).
 */
import { CompiledLang } from './compile';
import { CueFile, type Cue, type CueFileInput } from './schema';
import ar from './ar';
import cs from './cs';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import hi from './hi';
import id from './id';
import it from './it';
import ja from './ja';
import ko from './ko';
import ms from './ms';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ru from './ru';
import th from './th';
import tl from './tl';
import tr from './tr';
import vi from './vi';
import zh from './zh';

const FILES: CueFileInput[] = [en, id, vi, es, pt, it, fr, de, nl, ru, ms, tl, tr, zh, ja, ko, ar, hi, th, cs, pl];

/** Every language's cue data, validated (the meta-tests read them all). */
export function cueFiles(): CueFile[] {
  return FILES.map((f) => CueFile.parse(f));
}

let compiled: Map<string, CompiledLang> | undefined;

/** A language's cue by its tag (`id.according`), for the way it credits (lib/credit-way.ts). */
export function cueOfTag(tag: string): Cue | undefined {
  const dot = tag.indexOf('.');
  return dot > 0 ? languages().get(tag.slice(0, dot))?.data.cues.find((c) => c.id === tag.slice(dot + 1)) : undefined;
}

/** Languages by code; each compiles on first use (lib/cues/compile.ts). */
export function languages(): Map<string, CompiledLang> {
  compiled ??= new Map(FILES.map((f) => [f.lang, new CompiledLang(f)]));
  return compiled;
}
