/* The site's own script: the only one a page loads at first (overrides/main.html).

   Material's menu and search buttons in the header are <label>s for hidden
   checkboxes: a mouse or a finger can use them, a keyboard cannot even reach
   them, and a label may not act as a button for screen readers. Each gets a
   real <button> in its place (the label stays, hidden, for Material's
   script): reached with Tab, pressed with Enter or Space, with a name and an
   open/closed state. The menu opened from the keyboard takes the focus;
   Escape, or Tab past its last link, closes it (the page behind it stays
   hidden under the overlay). Without JavaScript, site.css shows the menu as
   a plain list.

   Material's own script waits, inert, in a <template> until the reader opens
   search, presses one of its keyboard shortcuts, or arrives from a search
   result (?h=, whose words it highlights); then it is loaded and started. */
(function () {
  "use strict"
  // What Material's script does first: the page runs JavaScript, so the
  // search button and the menu as a panel are shown (site.css, main.css).
  document.documentElement.classList.remove("no-js")
  document.documentElement.classList.add("js")
  var strings = JSON.parse(document.getElementById("site-strings").textContent)
  var names = { __drawer: strings.menu, __search: strings.search }
  var drawer = document.getElementById("__drawer")
  var panel = document.querySelector(".md-sidebar--primary")
  var menu

  Object.keys(names).forEach(function (id) {
    var toggle = document.getElementById(id)
    var label = document.querySelector('.md-header label[for="' + id + '"]')
    if (!toggle || !label) return
    var button = document.createElement("button")
    button.type = "button"
    button.className = label.className
    button.setAttribute("data-site-toggle", id) // site.css: shown where Material shows the label
    button.setAttribute("aria-label", names[id])
    button.innerHTML = label.innerHTML
    label.hidden = true
    label.after(button)
    if (toggle === drawer) menu = button
    var showState = function () { button.setAttribute("aria-expanded", String(toggle.checked)) }
    showState()
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

  function loadMaterial(shortcut) {
    if (materialRequested) return
    materialRequested = true
    var inert = document.getElementById("site-material-scripts")
    inert.content.querySelectorAll("script[src]").forEach(function (source) {
      var script = document.createElement("script")
      script.src = source.getAttribute("src")
      script.addEventListener("load", function () {
        // Material starts on DOMContentLoaded, which has usually passed by now
        // (it listens once, so a second one changes nothing).
        document.dispatchEvent(new Event("DOMContentLoaded"))
        if (shortcut) window.dispatchEvent(new KeyboardEvent("keydown", { key: shortcut }))
      })
      document.body.appendChild(script)
    })
  }

  var search = document.getElementById("__search")
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
