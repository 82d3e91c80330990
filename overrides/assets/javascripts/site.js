/* The site's own script: the only one a page loads at first (overrides/main.html).

   Material keeps the menu's and the search's open state in two hidden
   checkboxes (#__drawer, #__search), which its CSS and its script read. The
   site's markup has real buttons instead of Material's labels for them
   (partials/header.html, partials/search.html, scripts/theme/): here each
   button with data-site-toggle opens or closes its checkbox and says so
   (aria-expanded); each element with data-site-close (the search's back
   arrow, the dimmed backdrops) closes it. The menu opened from the keyboard
   takes the focus; Escape, or Tab past its last link, closes it (the page
   behind it stays hidden under the backdrop). Without JavaScript, site.css
   hides these buttons and shows the menu as a plain list.

   Material's own script and its full stylesheet wait, inert, in <template>s
   until the reader opens search, presses one of its keyboard shortcuts, or
   arrives from a search result (?h=, whose words it highlights); then they
   are loaded, the stylesheet first, and the script started. Until then the
   page is drawn with the reading stylesheet (scripts/theme/reading_css.py). */
(function () {
  "use strict"
  // What Material's script does first: the page runs JavaScript, so the
  // search button and the menu as a panel are shown (site.css, main.css).
  document.documentElement.classList.remove("no-js")
  document.documentElement.classList.add("js")
  var drawer = document.getElementById("__drawer")
  var search = document.getElementById("__search")
  var panel = document.querySelector(".md-sidebar--primary")
  var menu = document.querySelector('[data-site-toggle="__drawer"]')
  var searchButton = document.querySelector('[data-site-toggle="__search"]')

  // Every page starts with the menu and search closed, also when the browser
  // restores form state on Back (Material's autocomplete="off" did that; it
  // is not allowed on a checkbox).
  ;[drawer, search].forEach(function (toggle) { if (toggle) toggle.checked = false })

  document.querySelectorAll("[data-site-toggle]").forEach(function (button) {
    var toggle = document.getElementById(button.getAttribute("data-site-toggle"))
    if (!toggle) return
    var showState = function () { button.setAttribute("aria-expanded", String(toggle.checked)) }
    toggle.addEventListener("change", showState)
    button.addEventListener("click", function (event) {
      toggle.click()
      var fromKeyboard = event.detail === 0
      if (toggle === drawer && drawer.checked && fromKeyboard) {
        var first = panel && panel.querySelector(".md-nav__list a[href]")
        if (first) first.focus()
      }
    })
  })
  document.querySelectorAll("[data-site-close]").forEach(function (closer) {
    var toggle = document.getElementById(closer.getAttribute("data-site-close"))
    closer.addEventListener("click", function () {
      if (!toggle || !toggle.checked) return
      toggle.click()
      if (toggle === search && searchButton) searchButton.focus()
    })
  })

  function closeMenu(focusButton) {
    if (!drawer || !drawer.checked) return
    drawer.click()
    if (focusButton && menu) menu.focus()
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeMenu(true)
  })
  document.addEventListener("focusin", function (event) {
    if (panel && !panel.contains(event.target) && event.target !== menu) closeMenu(false)
  })

  var SHORTCUTS = ["/", "s", "f", "n", "p", ",", "."] // Material's keys: search, next and previous page
  var materialRequested = false

  // The element's load or error, as a promise (an error must not keep search waiting).
  function loaded(element) {
    return new Promise(function (done) {
      element.addEventListener("load", done)
      element.addEventListener("error", done)
    })
  }

  // A copy of each inert element of a <template> (scripts and links in one are never loaded).
  function added(templateId, selector, parent) {
    var inert = document.getElementById(templateId)
    var copies = []
    if (!inert) return copies
    inert.content.querySelectorAll(selector).forEach(function (source) {
      var copy = document.createElement(source.tagName)
      Array.prototype.forEach.call(source.attributes, function (attribute) {
        copy.setAttribute(attribute.name, attribute.value)
      })
      copies.push(loaded(copy))
      parent.appendChild(copy)
    })
    return copies
  }

  function loadMaterial(shortcut) {
    if (materialRequested) return
    materialRequested = true
    // First the full stylesheets (the page was drawn with the reading one, which
    // lacks the classes only Material's script adds), then the script.
    Promise.all(added("site-stylesheets", "link[rel=stylesheet]", document.head)).then(function () {
      // Material's script looks up `header [for=__search]` (it focuses the
      // search field when that is clicked, as site.js does) and stops without
      // it: the search button takes that attribute for it.
      if (searchButton) searchButton.setAttribute("for", "__search")
      return Promise.all(added("site-material-scripts", "script[src]", document.body))
    }).then(function () {
      // Material starts on DOMContentLoaded, which has passed by now.
      document.dispatchEvent(new Event("DOMContentLoaded"))
      if (shortcut) window.dispatchEvent(new KeyboardEvent("keydown", { key: shortcut }))
    })
  }

  var query = document.querySelector(".md-search__input")
  if (search && query) {
    search.addEventListener("change", function () {
      if (!search.checked) return
      // As Material does once loaded: focus the field within the tap that
      // opened search, the only way a phone shows its keyboard.
      query.focus()
      loadMaterial()
    })
    query.addEventListener("focus", function () { loadMaterial() })
  }
  document.addEventListener("keydown", function (event) {
    var typing = event.target.closest && event.target.closest("input, textarea, select, [contenteditable]")
    if (SHORTCUTS.indexOf(event.key) < 0 || typing || event.ctrlKey || event.metaKey || event.altKey) return
    loadMaterial(event.key)
  })
  if (new URLSearchParams(location.search).has("h")) loadMaterial()
})()
