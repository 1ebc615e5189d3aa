/** The few `chrome.*` calls the tests evaluate inside the extension's service worker. */
declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]>;
    executeScript(i: { target: { tabId: number }; files: string[] }): Promise<unknown[]>;
  };
  storage: { session: ChromeStorageArea; local: ChromeStorageArea };
  permissions: { request(p: { origins?: string[] }): Promise<boolean> };
  runtime: { getManifest(): { version: string }; getContexts(f: { contextTypes: string[] }): Promise<unknown[]> };
  offscreen: { closeDocument(): Promise<void> };
};
interface ChromeStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
