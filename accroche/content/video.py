"""Privacy-friendly players: youtube-nocookie and Vimeo « do not track », loaded only after a click (decision 0062)."""

import re
from urllib.parse import parse_qs, urlparse

YOUTUBE_ID = re.compile(r"^[\w-]{6,20}$")


def provider_for(url: str) -> str:
    host = urlparse(url or "").hostname or ""
    if "youtu" in host:
        return "YouTube"
    if "vimeo" in host:
        return "Vimeo"
    return ""


def embed_url_for(url: str) -> str:
    """Returns the privacy-friendly player address (youtube-nocookie, Vimeo dnt), or '' if unknown."""
    parsed = urlparse(url or "")
    host = parsed.hostname or ""
    video_id = ""
    if host.endswith("youtu.be"):
        video_id = parsed.path.strip("/")
    elif "youtube" in host:
        if parsed.path.startswith("/embed/"):
            video_id = parsed.path.split("/")[2]
        else:
            video_id = (parse_qs(parsed.query).get("v") or [""])[0]
    if video_id and YOUTUBE_ID.match(video_id):
        return f"https://www.youtube-nocookie.com/embed/{video_id}?autoplay=1"
    if "vimeo" in host:
        number = parsed.path.strip("/").split("/")[-1]
        if number.isdigit():
            return f"https://player.vimeo.com/video/{number}?dnt=1&autoplay=1"
    return ""
