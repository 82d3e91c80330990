// The audit uses a system Chromium (scripts/audit/browser.py finds it and
// passes its path): puppeteer must not download a browser of its own.
module.exports = { skipDownload: true };
