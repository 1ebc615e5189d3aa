/** One credited source: who it is, the sentence that credits it, and the ways to its original. */
import { isolateBidi } from '../lib/bidi';
import { creditWay, wayKey } from '../lib/credit-way';
import { creditWords, excerpt } from '../lib/excerpt';
import { hostName, readableUrl } from '../lib/readable-url';
import type { Source } from '../lib/report';
import { candidateNames, kindLine, ownershipWords, registryName, shownName } from '../lib/shown';
import { safeHref, type T } from './i18n';
import { archived, sourceLinkWords } from '../lib/link-words';

export function SourceCard({ source, t, onReveal }: { source: Source; t: T; onReveal?: (block: number) => void }) {
  const o = source.outlet;
  const mention = source.mentions[0]!;
  const owned = o && ownershipWords(o, t);
  // A shared name the story did not settle: the bodies it may stand for, none of them claimed.
  const candidates = candidateNames(source, t).map(isolateBidi).join(', ');
  return (
    <li class="source" data-testid="source">
      <div class="source-head">
        <strong class="source-name" data-testid="source-name" dir="auto">{shownName(source)}</strong>
        {registryName(source) && (
          <span class="registry-name" data-testid="registry-name">
            (<bdi>{registryName(source)}</bdi>)
          </span>
        )}
        <span class="source-kind">
          {o ? kindLine(o, t) : candidates ? t('sharedName', candidates) : t('notInRegistry')}
        </span>
      </div>
      {owned && (
        // In the UI's language: the kind of ownership and the owner's name as printed (the fact in English).
        <p class="ownership" data-testid="ownership">
          {owned.label}
          {owned.detail && (
            <>
              : <bdi>{owned.detail}</bdi>
            </>
          )}{' '}
          {safeHref(owned.url) && (
            <a href={safeHref(owned.url)} target="_blank" rel="noopener noreferrer" aria-label={t('factSourceOf', [hostName(owned.url) ?? '', isolateBidi(o!.name)])}>
              ({t('factSource')})
            </a>
          )}
        </p>
      )}
      {/* How it is credited, in words: the rule's id stays in the JSON export. */}
      <p class="how" data-testid="source-how">
        {t(wayKey(mention.how ?? creditWay(mention.cue, 'source')))}
      </p>
      <blockquote class="evidence" dir="auto" data-testid="source-evidence">
        {excerpt(mention.evidence, creditWords(shownName(source), mention.cueText, [source.name, ...(o?.aliases ?? [])]))}
      </blockquote>
      {onReveal && (
        // Its name for screen readers: a list of "Show in page" buttons read out of context says whose line each shows.
        <button type="button" class="linklike" onClick={() => onReveal(mention.block)} aria-label={t('showInPageOf', isolateBidi(shownName(source)))}>
          {t('showInPage')}
        </button>
      )}
      <ul class="links">
        {source.links.map((l) => {
          const words = sourceLinkWords(l, shownName(source), t);
          return (
            <li key={l.url} data-testid={`link-${l.kind}`}>
              <a href={safeHref(l.url)} target="_blank" rel="noopener noreferrer" aria-label={words.label}>
                {words.text}
              </a>
              {archived(l) && (
                <>
                  {' '}
                  <a class="archive" href={safeHref(l.archive)} target="_blank" rel="noopener noreferrer" aria-label={t('archiveOf', [readableUrl(l.url), isolateBidi(shownName(source))])}>
                    ({t('archive')})
                  </a>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </li>
  );
}
