// Progressive enhancement of the pathway player: a print button, and focus on the question after each step.
const printButton = document.querySelector("[data-print]");
if (printButton) {
  printButton.hidden = false;
  printButton.addEventListener("click", () => window.print());
}

const question = document.querySelector(".orientation-player .orientation__question");
if (question && new URLSearchParams(window.location.search).has("r")) {
  question.setAttribute("tabindex", "-1");
  question.focus({ preventScroll: false });
}
