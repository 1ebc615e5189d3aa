/**
 * Builds the analysis's tables (outlet registry, places, speech words, each language's cues) as the worker
 * starts, one per task, so the first click's analysis does not pay for them (the registry alone takes
 * ~400 ms), then analyses a small article once (lib/warm-page.ts) so the analysis's code is compiled too.
 * Each runs in its own task so a message that comes meanwhile is not held up by all of them.
 *
 * Last, the country names of the UI's language: the first `Intl.DisplayNames` made in a process loads the
 * platform's data for them (~20 ms), which the process keeps. The popup runs in this process too and names
 * each source's country: its first chain on screen no longer pays for that load.
 */
import { browser } from 'wxt/browser';
import { languages } from '../../lib/cues/index';
import { countryName, wordsLang } from '../../lib/shown';
import { analyzePage } from '../../lib/trace';
import { warmPageData } from '../../lib/warm-page';
import { outletRegistry } from '../../lib/outlets/index';
import { placeIndex } from '../../lib/places/index';
import { speechOf } from '../../lib/states/index';

const nextTask = () => new Promise<void>((go) => setTimeout(go, 0));

export async function warmTables(): Promise<void> {
  const steps: (() => unknown)[] = [outletRegistry, placeIndex, () => speechOf('en')];
  for (const lang of languages().values()) steps.push(() => lang.cues);
  // Last, one analysis of a small article of our own: its code compiled, the first click's runs warm.
  steps.push(() => analyzePage(warmPageData()));
  steps.push(() => countryName('US', wordsLang((key) => browser.i18n.getMessage(key as never))));
  for (const step of steps) {
    await nextTask();
    step();
  }
}
