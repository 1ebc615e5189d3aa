/**
 * The registry of languages: one import per cue file. Adding a language is one file here and one test
 * file in test/cues/ (test/cues/registry.test.ts checks that every file is registered, valid and tested).
 */
import { compileLang, type CompiledLang } from './compile';
import { CueFile, type CueFileInput } from './schema';
import ar from './ar';
import de from './de';
import en from './en';
import es from './es';
import fr from './fr';
import id from './id';
import it from './it';
import ja from './ja';
import ms from './ms';
import nl from './nl';
import pt from './pt';
import ru from './ru';
import tl from './tl';
import tr from './tr';
import vi from './vi';
import zh from './zh';

const FILES: CueFileInput[] = [en, id, vi, es, pt, it, fr, de, nl, ru, ms, tl, tr, zh, ja, ar];

/** Every language's cue data, validated. */
export const CUE_FILES: CueFile[] = FILES.map((f) => CueFile.parse(f));

let compiled: Map<string, CompiledLang> | undefined;

/** Compiled languages by code; compiled on first use, so loading the module costs nothing. */
export function languages(): Map<string, CompiledLang> {
  compiled ??= new Map(CUE_FILES.map((f) => [f.lang, compileLang(f)]));
  return compiled;
}
