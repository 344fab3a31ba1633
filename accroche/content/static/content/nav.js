// Mobile navigation: on narrow screens the menu collapses behind a « Menu » button (without JS it stays open).
const toggle = document.querySelector(".site-nav__toggle");
const nav = document.getElementById("site-nav");
if (toggle && nav) {
  const narrow = window.matchMedia("(max-width: 47.99rem)");
  const setOpen = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-collapsed", !open);
  };
  const sync = () => {
    toggle.hidden = !narrow.matches;
    setOpen(!narrow.matches);
  };
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true"));
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && narrow.matches && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
  narrow.addEventListener("change", sync);
  sync();
}
