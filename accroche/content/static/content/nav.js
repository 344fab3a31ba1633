// Mobile navigation. Without JS, « Menu » is a link to #site-nav (CSS :target opens it). With JS it becomes a
// disclosure button with aria-expanded; Escape closes it. The CSS decides when the toggle is shown (narrow screens).
const toggle = document.querySelector(".site-nav__toggle");
const nav = document.getElementById("site-nav");
if (toggle && nav) {
  toggle.setAttribute("role", "button");
  toggle.setAttribute("aria-expanded", "false");
  const setOpen = (open) => {
    toggle.setAttribute("aria-expanded", String(open));
    nav.classList.toggle("is-open", open);
  };
  toggle.addEventListener("click", (event) => {
    event.preventDefault();
    setOpen(toggle.getAttribute("aria-expanded") !== "true");
  });
  toggle.addEventListener("keydown", (event) => {
    if (event.key === " ") {
      event.preventDefault();
      toggle.click();
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
      setOpen(false);
      toggle.focus();
    }
  });
}
