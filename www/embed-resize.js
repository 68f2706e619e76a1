// The hosted resizer for iframe embeds: <script src="https://…/charts/embed-resize.js" defer></script>
// once on the host page, then <iframe src="https://…/charts/embed.html?chart=…" data-apac-chart>
// for each chart. Each iframe takes the height its page reports ({ type: 'apac-ai-chart:height' },
// posted by embed-frame.js). A file, not an inline snippet, so it works under a strict CSP
// (`script-src` naming the charts' origin). Only messages from one of the page's
// iframe[data-apac-chart] whose window sent them are used; nothing global is defined.
// (Sites that already run Datawrapper's resizer need none of this: embed.html also posts
// Datawrapper's `datawrapper-height` message.)
(() => {
  'use strict';
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || data.type !== 'apac-ai-chart:height' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-apac-chart]')) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.max(0, Math.ceil(data.height))}px`;
    }
  });
})();
