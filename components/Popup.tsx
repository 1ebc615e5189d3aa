/** The toolbar popup: the report of the tab, or why there is none. */
import { useState } from 'preact/hooks';
import type { FollowState } from '../lib/follow/state';
import type { Report } from '../lib/report';
import { AutoBadges, type AutoState } from './AutoBadges';
import { Chain } from './Chain';
import { Flags, PhotoCredits } from './Details';
import { FollowChain } from './FollowChain';
import type { T } from './i18n';
import { Unread } from './Unread';

export type PopupState =
  | { status: 'loading' }
  | { status: 'ready'; report: Report }
  | { status: 'not-article'; report?: Report; forced?: boolean }
  | { status: 'unreadable' }
  | { status: 'error'; message: string };

export interface PopupActions {
  reveal: (block: number) => void;
  exportJson: (report: Report) => void;
  exportMarkdown: (report: Report) => void;
  copyText: (report: Report) => Promise<void>;
  enableAuto: (scope: 'site' | 'all') => void;
  /** Turns automatic badges off on this site only, or on every site. */
  disableAuto: (scope: 'site' | 'all') => void;
  /** Follow the chain (asks for the sites it needs first). */
  follow: (report: Report) => void;
  /** Read a page that doesn't look like an article anyway (a short wire brief). */
  readAnyway: () => void;
}

/** What the popup knows of following this page's chain. */
export interface FollowView {
  state?: FollowState;
  /** The page names pages to follow (it is based on one, or links to a source's original). */
  canFollow: boolean;
}

export function Popup({ state, auto, follow, t, actions }: { state: PopupState; auto: AutoState; follow?: FollowView; t: T; actions: PopupActions }) {
  const [copied, setCopied] = useState(false);
  return (
    <main class="popup" aria-busy={state.status === 'loading'}>
      <h1 class="brand">{t('extName')}</h1>
      {state.status === 'loading' && <p role="status">{t('loading')}</p>}
      {state.status === 'unreadable' && <p role="status" data-testid="unreadable">{t('cannotRead')}</p>}
      {state.status === 'error' && (
        <div role="alert">
          <strong>{t('errorTitle')}</strong>
          {/* Never the raw error: it may be a validator's JSON or text a page made up. */}
          <p data-testid="error">{t('errorBody')}</p>
        </div>
      )}
      {state.status === 'not-article' && (
        <div role="status" data-testid="not-article">
          <p>{t('notArticle')}</p>
          <p class="hint">{t('notArticleHint')}</p>
          <Unread report={state.report} t={t} />
          {!state.forced && (
            <div class="buttons">
              <button type="button" onClick={actions.readAnyway} data-testid="read-anyway">
                {t('readAnyway')}
              </button>
            </div>
          )}
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <Unread report={state.report} t={t} />
          <Chain report={state.report} t={t} onReveal={actions.reveal} />
          <PhotoCredits report={state.report} t={t} onReveal={actions.reveal} />
          <Flags report={state.report} t={t} />
          <FollowChain state={follow?.state} canFollow={!!follow?.canFollow} t={t} onFollow={() => actions.follow(state.report)} />
          <div class="buttons export">
            <button type="button" onClick={() => actions.exportJson(state.report)} data-testid="export-json">
              {t('exportJson')}
            </button>
            <button type="button" onClick={() => actions.exportMarkdown(state.report)} data-testid="export-markdown">
              {t('exportMarkdown')}
            </button>
            <button
              type="button"
              onClick={() => void actions.copyText(state.report).then(() => setCopied(true))}
              data-testid="copy-text"
            >
              {copied ? t('copied') : t('copyText')}
            </button>
          </div>
        </>
      )}
      {/* Automatic badges are offered only where they would find something: on an article. */}
      <AutoBadges auto={{ ...auto, offer: state.status === 'ready' }} t={t} onEnable={actions.enableAuto} onDisable={actions.disableAuto} />
      <p class="privacy">{t('privacyNote')}</p>
    </main>
  );
}
