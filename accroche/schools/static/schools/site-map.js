// The small map of a school page: one marker, OpenStreetMap tiles (the page has a no-JS link to the same place).
(function () {
  "use strict";
  function start() {
    var node = document.getElementById("school-map-config");
    var root = document.getElementById("school-map");
    if (!node || !root || typeof L === "undefined") return;
    var config = JSON.parse(node.textContent);
    root.classList.add("school-map__canvas--ready");
    var map = L.map(root, { scrollWheelZoom: false, keyboard: true }).setView([config.lat, config.lon], 15);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
    L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
    L.marker([config.lat, config.lon], { title: config.name, alt: config.name, keyboard: false }).addTo(map);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
