// Live search on /annuaire/: results follow typing and filters, the URL and history follow the results.
// Progressive enhancement: without this file the GET form and the links do the same job.

const form = document.querySelector("[data-search-form]");
const PARTIAL = { "X-Search-Partial": "1" };
let controller = null;
let typingTimer = null;

function urlFromForm() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim();
    if (text === "" || (name === "tri" && text === "relevance")) continue;
    params.append(name, text);
  }
  const query = params.toString();
  return `${form.action.split("?")[0]}${query ? `?${query}` : ""}`;
}

function syncFormFromUrl(url) {
  const params = new URL(url, window.location.href).searchParams;
  for (const name of ["q", "lieu"]) {
    const input = form.elements.namedItem(name);
    if (input) input.value = params.get(name) || "";
  }
  for (const name of ["lat", "lon"]) {
    const input = form.querySelector(`[data-${name}]`);
    if (input) {
      input.value = params.get(name) || "";
      input.disabled = !params.get(name);
    }
  }
}

function swapRegions(html) {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const focusedId = document.activeElement ? document.activeElement.id : "";
  let refocus = false;
  for (const id of ["search-filters", "search-results"]) {
    const fresh = doc.getElementById(id);
    const current = document.getElementById(id);
    if (!fresh || !current) continue;
    if (current.tagName === "DETAILS") fresh.open = current.open;  // the « Filtrer » panel stays as the user left it
    if (focusedId && current.querySelector(`#${CSS.escape(focusedId)}`)) refocus = true;
    current.replaceWith(fresh);
  }
  hideNoJs();
  if (refocus) document.getElementById(focusedId)?.focus();
  const announce = form.querySelector("[data-live-announce]");
  const count = document.querySelector("[data-results-count]");
  if (announce) announce.textContent = count ? count.textContent.replace(/\s+/g, " ").trim() : "";
}

async function update(url, { history = "push", log = false } = {}) {
  if (controller) controller.abort();
  controller = new AbortController();
  const results = document.getElementById("search-results");
  results?.setAttribute("aria-busy", "true");
  try {
    const headers = log ? { ...PARTIAL, "X-Search-Log": "1" } : PARTIAL;
    const response = await fetch(url, { headers, signal: controller.signal });
    swapRegions(await response.text());
    if (history === "push" && url !== window.location.href) window.history.pushState({ search: true }, "", url);
    if (history === "replace") window.history.replaceState({ search: true }, "", url);
  } catch (error) {
    if (error.name !== "AbortError") window.location.assign(url);
  } finally {
    document.getElementById("search-results")?.removeAttribute("aria-busy");
  }
}

function hideNoJs() {
  for (const element of form.querySelectorAll("[data-nojs-only]")) element.hidden = true;
}

function setupGeolocation() {
  const button = form.querySelector("[data-geolocate]");
  const status = form.querySelector("[data-geolocate-status]");
  if (!button || !("geolocation" in navigator)) return;
  button.hidden = false;
  button.addEventListener("click", () => {
    status.textContent = "Recherche de votre position…";
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const lat = form.querySelector("[data-lat]");
        const lon = form.querySelector("[data-lon]");
        lat.value = position.coords.latitude.toFixed(5);
        lon.value = position.coords.longitude.toFixed(5);
        lat.disabled = false;
        lon.disabled = false;
        form.elements.namedItem("lieu").value = "";
        const sort = form.elements.namedItem("tri");
        if (sort) sort.value = "distance";
        status.textContent = "Position trouvée : services les plus proches en premier.";
        update(urlFromForm(), { log: true });
      },
      () => {
        status.textContent = "Position non disponible. Indiquez plutôt votre commune ou votre code postal.";
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  });
}

if (form) {
  hideNoJs();
  // Wide screens: the filters are a sidebar, open from the start (on a phone « Filtrer » opens them).
  const filters = document.getElementById("search-filters");
  if (filters && window.matchMedia("(min-width: 48rem)").matches) filters.open = true;
  setupGeolocation();
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update(urlFromForm(), { log: true });
  });
  form.addEventListener("input", (event) => {
    const name = event.target.name;
    if (name !== "q" && name !== "lieu" && name !== "age") return;
    if (name === "lieu") {
      for (const input of form.querySelectorAll("[data-lat], [data-lon]")) input.disabled = true;
    }
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => update(urlFromForm(), { history: "replace" }), 300);
  });
  form.addEventListener("change", (event) => {
    const name = event.target.name;
    if (name === "q" || name === "lieu" || name === "age") return;
    update(urlFromForm(), { log: true });
  });
  form.addEventListener("click", (event) => {
    const link = event.target.closest("#search-results a[href^='?'], #search-results a.search-chip");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    syncFormFromUrl(link.href);
    update(link.href, { log: true });
  });
  window.addEventListener("popstate", () => {
    syncFormFromUrl(window.location.href);
    update(window.location.href, { history: "none" });
  });
}
