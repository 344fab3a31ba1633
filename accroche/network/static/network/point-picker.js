// Map picker for a service's exact point (partner space). Progressive enhancement: without JavaScript the partner
// types the latitude and longitude; with it, a click on the map (or dragging the marker) fills both fields.
// The point is part of the proposal, moderated like every other field (decision 0163).

const BELGIUM = { center: [50.55, 5.6], zoom: 9 };

function start() {
  const box = document.querySelector('[data-point-picker]');
  const configNode = document.getElementById('point-picker-config');
  if (!box || !configNode || !window.L) return;
  const config = JSON.parse(configNode.textContent);
  const latInput = box.querySelector('input[name="latitude"]');
  const lonInput = box.querySelector('input[name="longitude"]');
  const holder = box.querySelector('[data-point-map]');
  holder.hidden = false;
  holder.setAttribute('role', 'region');
  holder.setAttribute('aria-label', config.label);
  const help = document.createElement('p');
  help.className = 'help';
  help.textContent = config.help;
  holder.before(help);

  const map = L.map(holder, { ...BELGIUM, keyboard: true });
  L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
  let marker = null;
  const read = () => {
    const lat = parseFloat(latInput.value.replace(',', '.'));
    const lon = parseFloat(lonInput.value.replace(',', '.'));
    return Number.isFinite(lat) && Number.isFinite(lon) ? L.latLng(lat, lon) : null;
  };
  const write = (latlng) => {
    latInput.value = latlng.lat.toFixed(6);
    lonInput.value = latlng.lng.toFixed(6);
  };
  const place = (latlng, { pan = false } = {}) => {
    if (!marker) {
      marker = L.marker(latlng, { draggable: true, keyboard: true, title: config.marker, alt: config.marker }).addTo(map);
      marker.on('dragend', () => write(marker.getLatLng()));
    } else {
      marker.setLatLng(latlng);
    }
    if (pan) map.setView(latlng, Math.max(map.getZoom(), 16));
  };
  const initial = read();
  if (initial) place(initial, { pan: true });
  map.on('click', (event) => {
    place(event.latlng);
    write(event.latlng);
  });
  for (const input of [latInput, lonInput]) {
    input.addEventListener('change', () => {
      const typed = read();
      if (typed) place(typed, { pan: true });
    });
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
