// The map of the services: progressive enhancement of the server-rendered list (Leaflet + markercluster).
// The list under the map follows the map (services in the visible area); every marker is reachable by keyboard.

const LIST_LIMIT = 100;
const LIST_PAGE = 8;  // items per page of the list under the map (a phone page stays short)
const FIT_PLACE_LIMIT = 60;  // up to this many services around a place, the first view shows them all

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'className') node.className = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function format(template, values) {
  return template.replace(/%\((\w+)\)s/g, (_, name) => String(values[name]));
}

function telUri(phone) {
  return 'tel:' + phone.replace(/[^\d+]/g, '');
}

function linkAttrs(config) {
  return config.embed ? { target: '_blank', rel: 'noopener' } : {};
}

function popupContent(props, config) {
  const labels = config.labels;
  const box = el('div', { className: 'map-popup' }, [
    el('p', { className: 'map-popup__title', text: props.name }),
    props.type ? el('p', { className: 'map-popup__type', text: props.type }) : null,
    props.address ? el('p', { className: 'map-popup__address', text: props.address }) : null,
    props.approximate ? el('p', {}, [el('span', { className: 'badge badge--warn', text: labels.approximate })]) : null,
    props.phone ? el('p', {}, [labels.phone + ' : ', el('a', { href: telUri(props.phone), text: props.phone })]) : null,
    props.video ? el('p', {}, [el('a', { href: props.url + '#videos-title', text: labels.video, ...linkAttrs(config) })]) : null,
    el('p', {}, [el('a', { className: 'map-popup__link', href: props.url, ...linkAttrs(config) }, [
      labels.details,
      config.embed ? el('span', { className: 'visually-hidden', text: ' ' + labels.newWindow }) : null,
    ])]),
  ]);
  return box;
}

function markerIcons() {
  const icon = (approximate) => L.divIcon({
    className: 'map-marker ' + (approximate ? 'map-marker--approximate' : 'map-marker--exact'),
    html: '',
    iconSize: approximate ? [26, 26] : [20, 20],
  });
  return { exact: icon(false), approximate: icon(true) };  // shared by all markers (10,000 markers, 2 icons)
}

function clusterIcon(cluster, labels) {
  const count = cluster.getChildCount();
  const size = count < 10 ? 'small' : count < 100 ? 'medium' : 'large';
  return L.divIcon({
    className: 'map-cluster map-cluster--' + size,
    html: '<span aria-hidden="true">' + count + '</span><span class="visually-hidden">' + count + ' ' +
      labels.cluster.replace(/[<>&"]/g, '') + '</span>',
    iconSize: size === 'small' ? [34, 34] : size === 'medium' ? [42, 42] : [50, 50],
  });
}

function listItem(props, config, onShow) {
  const labels = config.labels;
  const item = el('li', { className: 'map-item', 'data-service': props.id }, [
    el('h3', { className: 'map-item__title' }, [el('a', { href: props.url, text: props.name, ...linkAttrs(config) })]),
    props.type ? el('p', { className: 'map-item__type', text: props.type }) : null,
    props.address ? el('p', { className: 'map-item__address', text: props.address }) : null,
    props.approximate ? el('p', {}, [el('span', { className: 'badge badge--warn', text: labels.approximate })]) : null,
    props.phone ? el('p', { className: 'map-item__phone' }, [labels.phone + ' : ',
      el('a', { href: telUri(props.phone), text: props.phone })]) : null,
  ]);
  const button = el('button', { type: 'button', className: 'button button--secondary map-item__show' }, [
    labels.showOnMap, el('span', { className: 'visually-hidden', text: ' : ' + props.name }),
  ]);
  button.addEventListener('click', () => onShow(button));
  item.append(button);
  return item;
}

function start() {
  const root = document.querySelector('[data-map]');
  const configNode = document.getElementById('map-config');
  if (!root || !configNode || !window.L || !L.markerClusterGroup) return;
  const config = JSON.parse(configNode.textContent);
  const labels = config.labels;
  const panel = document.querySelector('[data-map-panel]');
  const list = document.querySelector('[data-map-list]');
  const status = document.querySelector('[data-map-status]');
  const pagination = document.querySelector('[data-map-pagination]');
  const summary = document.querySelector('[data-map-summary]');
  if (summary && window.location.hash === '#' + summary.id) summary.focus();  // after « Afficher »: the outcome
  const pager = el('nav', { className: 'map-pagination', 'aria-label': labels.listPages, hidden: true });
  list.after(pager);
  let listPage = 0;
  let visibleProps = [];
  panel.hidden = false;
  root.dataset.state = 'loading';

  const map = L.map(root, { zoomControl: false, keyboard: true, ...config.view });  // the territory's view (data)
  root.leafletMap = map;  // for scripts of the page that embeds it, and the browser tests
  L.control.zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com/">Leaflet</a>');
  L.tileLayer(config.tileUrl, { attribution: config.attribution, maxZoom: 19 }).addTo(map);
  const markers = [];
  const byId = new Map();
  let loaded = false;
  const cluster = L.markerClusterGroup({
    chunkedLoading: true, chunkInterval: 150, chunkDelay: 16, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
    iconCreateFunction: (c) => clusterIcon(c, labels),
    chunkProgress: (processed, total) => { if (processed >= total) ready(); },
  });
  map.addLayer(cluster);
  const isEnter = (event) => event.originalEvent && (event.originalEvent.key === 'Enter' || event.originalEvent.keyCode === 13);
  cluster.on('click', (event) => openPopupFor(event.layer));
  cluster.on('keypress', (event) => { if (isEnter(event)) openPopupFor(event.layer); });  // Enter on a marker
  cluster.on('clusterkeypress', (event) => {  // Enter on a group: zoom in on it, like a click
    if (isEnter(event)) event.layer.zoomToBounds({ padding: [20, 20] });
  });

  let opener = null;
  let popupOpen = false;
  const icons = markerIcons();
  const popup = L.popup({ maxWidth: 280, offset: [0, -6] });  // one popup for all markers

  function openPopupFor(marker) {
    popup.setLatLng(marker.getLatLng()).setContent(popupContent(marker.feature.properties, config)).openOn(map);
  }

  function ready() {
    if (!loaded || root.dataset.state === 'ready') return;
    if (pagination) pagination.hidden = true;
    renderList();
    map.on('moveend', renderList);
    root.dataset.readyAt = String(Math.round(performance.now()));  // ms since navigation start (benchmark)
    root.dataset.state = 'ready';
    root.dispatchEvent(new CustomEvent('map:ready', { bubbles: true }));
  }

  function focusListButton(id) {
    const button = list.querySelector('[data-service="' + CSS.escape(id) + '"] .map-item__show');
    if (button) button.focus();
    return Boolean(button);
  }

  function showOnMap(button) {
    const id = button.closest('[data-service]').dataset.service;
    const marker = (byId.get(id) || [])[0];
    if (!marker) return;
    opener = { element: button, service: id };
    let shown = false;
    const show = () => {
      if (!shown) openPopupFor(marker);
      shown = true;
    };
    cluster.zoomToShowLayer(marker, show);
    setTimeout(show, 1500);  // markercluster skips the callback if a zoom was already running: open anyway
  }

  function renderList() {
    const bounds = map.getBounds();
    const seen = new Set();
    const visible = [];
    for (const marker of markers) {
      const props = marker.feature.properties;
      if (seen.has(props.id) || !bounds.contains(marker.getLatLng())) continue;
      seen.add(props.id);
      visible.push(props);
    }
    visible.sort((a, b) => a.rank - b.rank);
    const shownIds = visible.slice(0, LIST_LIMIT).map((p) => p.id).join('|');
    if (shownIds !== list.dataset.shown) {
      list.dataset.shown = shownIds;
      visibleProps = visible.slice(0, LIST_LIMIT);
      const focused = list.contains(document.activeElement) && document.activeElement.closest('[data-service]');
      const keep = focused ? visibleProps.findIndex((p) => p.id === focused.dataset.service) : -1;
      listPage = keep >= 0 ? Math.floor(keep / LIST_PAGE) : 0;
      renderPage();
      if (focused) focusListButton(focused.dataset.service);
    }
    let text = visible.length
      ? format(labels.inView, { shown: visible.length, total: byId.size })
      : labels.noneInView;
    if (visible.length > LIST_LIMIT) text += ' ' + format(labels.inViewTruncated, { limit: LIST_LIMIT });
    status.textContent = text;
  }

  function renderPage() {
    const pages = Math.max(1, Math.ceil(visibleProps.length / LIST_PAGE));
    listPage = Math.min(listPage, pages - 1);
    const start = listPage * LIST_PAGE;
    list.replaceChildren(...visibleProps.slice(start, start + LIST_PAGE).map((p) => listItem(p, config, showOnMap)));
    list.start = start + 1;
    pager.hidden = pages < 2;
    if (pages < 2) return pager.replaceChildren();
    const button = (text, delta, disabled) => {
      const node = el('button', { type: 'button', className: 'button button--secondary', text, disabled });
      node.addEventListener('click', () => {
        listPage += delta;
        renderPage();
        list.querySelector('a')?.focus();
      });
      return node;
    };
    pager.replaceChildren(
      button(labels.previousPage, -1, listPage === 0),
      el('span', { text: format(labels.pageOf, { number: listPage + 1, total: pages }) }),
      button(labels.nextPage, 1, listPage >= pages - 1),
    );
  }

  // Keyboard: markers are reached in order of distance from the asked place (else in reading order), and the
  // map pans to the one that gets the focus so that it is always on screen.
  const markerPane = map.getPane('markerPane');
  const origin = config.place ? L.latLng(config.place.lat, config.place.lon) : null;
  const iconLatLng = (icon) => map.layerPointToLatLng(L.DomUtil.getPosition(icon));
  let reorderQueued = false;
  function reorderIcons() {
    reorderQueued = false;
    const icons = [...markerPane.children].filter((icon) => icon._leaflet_pos);
    const key = origin
      ? (icon) => [iconLatLng(icon).distanceTo(origin), 0]
      : (icon) => [Math.round(icon._leaflet_pos.y / 40), icon._leaflet_pos.x];
    const keyed = icons.map((icon) => [key(icon), icon]);
    keyed.sort((a, b) => a[0][0] - b[0][0] || a[0][1] - b[0][1]);
    if (keyed.every(([, icon], i) => icon === icons[i])) return;
    const active = document.activeElement;
    for (const [, icon] of keyed) markerPane.append(icon);
    if (active && markerPane.contains(active) && document.activeElement !== active) active.focus({ preventScroll: true });
  }
  const queueReorder = () => {
    if (!reorderQueued) { reorderQueued = true; requestAnimationFrame(reorderIcons); }
  };
  map.on('moveend zoomend layeradd', queueReorder);
  cluster.on('animationend', queueReorder);
  markerPane.addEventListener('focusin', (event) => {
    const icon = event.target.closest('.leaflet-marker-icon');
    if (!icon || !icon._leaflet_pos) return;
    root.scrollTop = 0;
    root.scrollLeft = 0;
    const latlng = iconLatLng(icon);
    if (!map.getBounds().pad(-0.15).contains(latlng)) map.panTo(latlng, { animate: false });
  });

  map.on('popupopen', (event) => {
    popupOpen = true;
    const active = document.activeElement;
    const container = event.popup.getElement();
    const close = container.querySelector('.leaflet-popup-close-button');
    if (close) {
      close.setAttribute('aria-label', labels.close);
      close.setAttribute('title', labels.close);
    }
    if (!opener && active && root.contains(active) && active.classList.contains('map-marker')) {
      opener = { element: active, service: null };
    }
    if (opener) container.querySelector('.map-popup__link')?.focus();
  });
  map.on('popupclose', (event) => {
    const container = event.popup.getElement();
    const active = document.activeElement;
    const hadFocus = !active || active === document.body || (container && container.contains(active));
    if (opener && hadFocus) {
      if (document.contains(opener.element)) opener.element.focus();
      else if (opener.service) focusListButton(opener.service);
    }
    opener = null;
    popupOpen = false;
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popupOpen) map.closePopup();
  });

  fetch(config.geojson)  // already requested by <link rel="preload"> in the page head
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    })
    .then((data) => {
      for (const feature of data.features) {
        const [lon, lat] = feature.geometry.coordinates;
        const props = feature.properties;
        const marker = L.marker([lat, lon], {
          icon: props.approximate ? icons.approximate : icons.exact,
          title: props.approximate ? props.name + ' (' + labels.approximate + ')' : props.name,
          keyboard: true,
        });
        marker.feature = feature;
        markers.push(marker);
        if (!byId.has(props.id)) byId.set(props.id, []);
        byId.get(props.id).push(marker);
      }
      if (config.place && markers.length && markers.length <= FIT_PLACE_LIMIT) {
        // A few services around a place: show the place and all of them (each reachable without panning away).
        const bounds = L.latLngBounds(markers.map((m) => m.getLatLng())).extend([config.place.lat, config.place.lon]);
        map.fitBounds(bounds, { padding: [30, 30], maxZoom: 13, animate: false });
      } else if (config.place) {
        map.setView([config.place.lat, config.place.lon], 11, { animate: false });
      } else if (markers.length) {
        map.fitBounds(L.latLngBounds(markers.map((m) => m.getLatLng())), { padding: [20, 20], maxZoom: 13, animate: false });
      }
      loaded = true;
      if (markers.length) cluster.addLayers(markers);
      else ready();
    })
    .catch(() => {
      root.dataset.state = 'error';
      panel.append(el('p', { className: 'notice notice--error', role: 'alert', text: labels.loadError }));
    });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
