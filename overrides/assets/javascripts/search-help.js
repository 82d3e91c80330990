/* When a search finds nothing, say so and offer the contact page.

   Loaded with Material's script, when the reader starts searching
   (overrides/main.html, site.js). Material says only "no results" in the
   line above the results (.md-search-result__meta). When it does, the
   paragraph of the page's <template id="site-search-none">, in the page's
   language, shows under it: try another word, or contact us. It sits in a
   status region, so a screen reader announces it when it appears. */
(function () {
  "use strict"
  var meta = document.querySelector(".md-search-result__meta")
  var template = document.getElementById("site-search-none")
  if (!meta || !template) return
  var none = template.getAttribute("data-none")
  var help = template.content.firstElementChild.cloneNode(true)
  var status = document.createElement("div")
  status.setAttribute("role", "status")
  help.hidden = true
  status.appendChild(help)
  // After Material's result list, not in it: Material takes its container's last child for the list.
  meta.parentElement.after(status)
  new MutationObserver(function () {
    help.hidden = meta.textContent.trim() !== none
  }).observe(meta, { childList: true, characterData: true, subtree: true })
})()
