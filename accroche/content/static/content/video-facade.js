// Click-to-load video: no third-party request until the person presses « Lancer la vidéo ».
for (const facade of document.querySelectorAll(".video-facade[data-embed]")) {
  const button = facade.querySelector(".video-facade__play");
  if (!button) continue;
  button.hidden = false;
  button.addEventListener("click", () => {
    const frame = document.createElement("iframe");
    frame.src = facade.dataset.embed;
    frame.title = facade.dataset.title || "Vidéo";
    frame.allow = "autoplay; fullscreen; picture-in-picture";
    frame.allowFullscreen = true;
    frame.loading = "lazy";
    frame.className = "video-facade__frame";
    facade.replaceChildren(frame);
    frame.focus();
  }, { once: true });
}
