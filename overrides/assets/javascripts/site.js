/* The site's own script, run after Material's (overrides/main.html).

   Material's menu and search buttons in the header are <label>s for hidden
   checkboxes: a mouse or a finger can use them, a keyboard cannot even reach
   them. This makes them buttons: reached with Tab, pressed with Enter or
   Space, with a name and an open/closed state for screen readers. The menu
   opened from the keyboard takes the focus; Escape, or Tab past its last
   link, closes it (the page behind it stays hidden under the overlay).
   Without JavaScript, site.css shows the menu as a plain list. */
(function () {
  "use strict"
  var strings = JSON.parse(document.getElementById("site-strings").textContent)
  var names = { __drawer: strings.menu, __search: strings.search }
  var drawer = document.getElementById("__drawer")
  var menu = document.querySelector('.md-header label[for="__drawer"]')
  var panel = document.querySelector(".md-sidebar--primary")

  Object.keys(names).forEach(function (id) {
    var toggle = document.getElementById(id)
    var label = document.querySelector('.md-header label[for="' + id + '"]')
    if (!toggle || !label) return
    label.setAttribute("role", "button")
    label.setAttribute("tabindex", "0")
    label.setAttribute("aria-label", names[id])
    var showState = function () { label.setAttribute("aria-expanded", String(toggle.checked)) }
    showState()
    toggle.addEventListener("change", showState)
    label.addEventListener("keydown", function (event) {
      if (event.key !== "Enter" && event.key !== " ") return
      event.preventDefault()
      label.click()
      if (toggle === drawer && drawer.checked) {
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
})()
