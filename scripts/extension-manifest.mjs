// The extension's manifest for each browser: the one manifest.json at the top of the repository plus
// per-browser patches. build.mjs writes them; tests check them.

/** Per-browser changes to the base manifest (which is modified and returned). */
export const MANIFEST_PATCHES = {
  chrome: (m) => {
    delete m.browser_specific_settings;
    m.background = { service_worker: 'background.js' };
    m.minimum_chrome_version = '120';
    return m;
  },
  firefox: (m) => {
    // Firefox runs MV3 background scripts as an event page, not a service worker.
    m.background = { scripts: ['background.js'] };
    // Firefox has no offscreen documents: its background page has a DOM of its own (page-reader.js).
    // Firefox's side panel is the sidebar: its own manifest key, and a command the browser runs itself.
    delete m.side_panel;
    m.permissions = m.permissions.filter((p) => p !== 'sidePanel' && p !== 'offscreen');
    m.sidebar_action = {
      default_panel: 'sidepanel.html', default_title: '__MSG_extName__', default_icon: m.action.default_icon, open_at_install: false,
    };
    const { 'open-side-panel': panel, ...commands } = m.commands;
    m.commands = { ...commands, _execute_sidebar_action: panel };
    return m;
  },
};

export const BROWSERS = Object.keys(MANIFEST_PATCHES);

export function manifestFor(browser, base, version) {
  const patch = MANIFEST_PATCHES[browser];
  if (!patch) throw new Error(`unknown browser ${browser}`);
  return patch({ ...structuredClone(base), version });
}
