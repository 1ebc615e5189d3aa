/** The badge's styles, scoped to its shadow root (the page's CSS can't reach in, ours can't leak out). */
export const BADGE_CSS = `
:host { all: initial; display: inline; }
html, body { display: inline; margin: 0; padding: 0; background: transparent; }
.st-badge { position: relative; display: inline-block; margin-inline-start: .4em; vertical-align: baseline;
  font: 500 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.st-pill { all: unset; cursor: pointer; display: inline-flex; gap: .35em; align-items: center; max-width: 28em;
  padding: .1em .6em; border-radius: 1em; background: #e8f0fe; color: #1a3d7c; border: 1px solid #b6c8f0;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.st-pill:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.st-repeat { border-style: dashed; font-weight: 400; }
.st-mark { width: .55em; height: .55em; border-radius: 50%; background: currentColor; flex: none; }
.st-card { position: absolute; inset: auto; margin: 0; overflow-x: hidden; z-index: 2147483647; inset-inline-start: 0; top: 1.8em; width: min(24em, 80vw);
  display: flex; flex-direction: column; gap: .5em; padding: .7em .8em; border-radius: .5em;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; box-shadow: 0 4px 16px rgba(0,0,0,.18); white-space: normal;
  box-sizing: border-box; max-height: min(24em, 60vh); overflow-y: auto; overscroll-behavior: contain; text-align: start; }
.st-card:focus { outline: none; }
.st-card:focus-visible { outline: 2px solid #1a73e8; }
.st-item { display: flex; flex-direction: column; gap: .15em; }
.st-detail, .st-lines { color: #57606a; }
.st-evidence { color: #424a53; display: flex; flex-direction: column; gap: .1em; }
.st-quote { display: block; font-style: italic; unicode-bidi: isolate; }
.st-card a { color: #0b57d0; word-break: break-all; }
.st-close { all: unset; cursor: pointer; align-self: flex-end; color: #0b57d0; }
.st-close:focus-visible { outline: 2px solid #1a73e8; }
@media (prefers-color-scheme: dark) {
  .st-pill { background: #1f2b44; color: #c9dafc; border-color: #3d5a99; }
  .st-card { background: #1c2128; color: #e6edf3; border-color: #444c56; }
  .st-detail, .st-lines, .st-evidence { color: #adbac7; }
  .st-card a, .st-close { color: #8ab4f8; }
}
`;
