/* The site's own script, run after Material's (overrides/main.html).

   Material's menu and search buttons, and the menu's "table of contents"
   entry, are <label>s for hidden checkboxes: a mouse or a finger can use
   them, a keyboard cannot even reach them. This makes them buttons: reached
   with Tab, pressed with Enter or Space, with a name and an open/closed
   state for screen readers. Escape closes the menu and returns focus to its
   button. Without JavaScript, site.css shows the menu as a plain list. */
(function () {
  "use strict"
  var strings = JSON.parse(document.getElementById("site-strings").textContent)
  var names = { __drawer: strings.menu, __search: strings.search }
  var drawer = document.getElementById("__drawer")
  var labels = document.querySelectorAll(
    ".md-header label.md-header__button[for], .md-sidebar--primary label.md-nav__link[for]")

  function setState(label, toggle) {
    label.setAttribute("aria-expanded", String(toggle.checked))
  }

  labels.forEach(function (label) {
    var toggle = document.getElementById(label.htmlFor)
    if (!toggle) return
    label.setAttribute("role", "button")
    label.setAttribute("tabindex", "0")
    if (names[label.htmlFor]) label.setAttribute("aria-label", names[label.htmlFor])
    setState(label, toggle)
    toggle.addEventListener("change", function () { setState(label, toggle) })
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return
      event.preventDefault()
      label.click()
      // Opened from the keyboard: go on in the menu, not back in the header.
      if (toggle === drawer && drawer.checked) {
        var first = document.querySelector(".md-sidebar--primary .md-nav__list a[href]")
        if (first) first.focus()
      }
    })
  })

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !drawer || !drawer.checked) return
    drawer.click()
    var button = document.querySelector('.md-header label[for="__drawer"]')
    if (button) button.focus()
  })
})()
