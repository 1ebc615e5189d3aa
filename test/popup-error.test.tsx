/** The popup never shows a raw error: a validator's JSON or a message a page made up stays out of its text. */
import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Popup, type PopupActions } from '../components/Popup';

const t = (key: string) => key;
const noop = () => undefined;
const actions: PopupActions = {
  reveal: noop, exportJson: noop, exportMarkdown: noop, copyText: async () => undefined, enableAuto: noop, disableAuto: noop, follow: noop, readAnyway: noop,
};

describe('popup error', () => {
  const { document } = parseHTML('<!DOCTYPE html><html><body><div id="root"></div></body></html>');
  const g = globalThis as { document?: unknown };
  beforeAll(() => void (g.document = document));
  afterAll(() => void delete g.document);

  it('says what went wrong in words, not the raw error', () => {
    const root = document.getElementById('root')!;
    const message = '[{"code":"invalid_type","expected":"object","path":["report"],"message":"Invalid input"}]';
    render(<Popup state={{ status: 'error', message }} auto={{ status: 'loading' } as never} t={t} actions={actions} />, root as unknown as Element);
    const text = root.textContent ?? '';
    expect(text).toContain('errorBody');
    expect(text).not.toContain('invalid_type');
  });
});
