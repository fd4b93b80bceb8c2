"""Outlet names: the `outlets.tsv` table of each language pack (name, domains, text aliases),
lookups by web domain and by the way a text names its outlet, and a readable name derived
from an unknown domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from warta.lang import SUPPORTED, load_pack

# Second-level suffixes under which the registered name is one label further left.
_TWO_LEVEL_SUFFIXES = frozenset(
    [
        "co.id",
        "go.id",
        "or.id",
        "ac.id",
        "web.id",
        "my.id",
        "sch.id",
        "net.id",
        "mil.id",
        "ponpes.id",
        "desa.id",
        "biz.id",
        "com.my",
        "gov.my",
        "org.my",
        "net.my",
        "edu.my",
        "co.kr",
        "or.kr",
        "go.kr",
        "co.uk",
        "org.uk",
        "com.au",
        "net.au",
        "com.sg",
        "gov.sg",
        "com.ph",
        "gov.ph",
        "co.th",
        "go.th",
        "com.cn",
        "co.jp",
        "co.in",
        "com.tr",
        "com.br",
        "co.za",
    ]
)
# Host labels that name a device or a section, not the outlet.
_GENERIC_HOST_LABELS = frozenset(
    ["www", "www2", "m", "mobile", "amp", "en", "id", "ms", "beta", "web", "news", "berita", "today"]
)
_DOMAIN_LIKE = re.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.(?:com|co\.id|id|net|org|co|tv|news|info|my|online|asia|web\.id|or\.id|go\.id)$",
    re.I,
)
_FOLD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Case, spaces and punctuation folded away: 'KOMPAS.com' -> 'kompascom'."""
    return _FOLD.sub("", text.lower())


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str
    kind: str  # news | agency | government | aggregator


@dataclass(frozen=True)
class OutletTable:
    by_domain: dict[str, Outlet]  # "detik.com", "news.detik.com", "bbc.com/indonesia"
    by_alias: dict[str, Outlet]  # folded alias -> outlet

    def for_alias(self, text: str) -> Outlet | None:
        folded = fold(text)
        if not folded:
            return None
        hit = self.by_alias.get(folded)
        if hit is None and folded.endswith("com"):
            hit = self.by_alias.get(folded[:-3])
        return hit

    def for_url(self, url: str) -> Outlet | None:
        host, path = host_and_path(url)
        if not host:
            return None
        labels = host.split(".")
        for i in range(len(labels) - 1):
            domain = ".".join(labels[i:])
            first_dir = path.strip("/").split("/", 1)[0]
            hit = self.by_domain.get(f"{domain}/{first_dir}") if first_dir else None
            if hit is None:
                hit = self.by_domain.get(domain)
            if hit is not None:
                return hit
        return None


def host_and_path(url: str) -> tuple[str, str]:
    parts = urlsplit(url if "://" in url else "http://" + url)
    host = (parts.hostname or "").lower().rstrip(".")
    return host, parts.path or ""


@cache
def outlet_table(codes: tuple[str, ...] = SUPPORTED) -> OutletTable:
    """The outlets of all language packs, merged (a pack's first row for a domain wins)."""
    by_domain: dict[str, Outlet] = {}
    by_alias: dict[str, Outlet] = {}
    seen: set[str] = set()
    for code in codes:
        pack = load_pack(code)
        path = pack.path("outlets")
        if path is None or str(path) in seen:
            continue
        seen.add(str(path))
        for row in pack.table("outlets"):
            outlet = Outlet(row["name"], row.get("kind") or "news")
            for domain in filter(None, (d.strip().lower() for d in row.get("domains", "").split(","))):
                by_domain.setdefault(domain, outlet)
            for alias in [row["name"], *row.get("aliases", "").split(",")]:
                if fold(alias):
                    by_alias.setdefault(fold(alias), outlet)
    return OutletTable(by_domain, by_alias)


def registered_label(host: str) -> str:
    """The outlet's own label of a host name: 'kabar24.bisnis.com' -> 'bisnis'."""
    labels = [lab for lab in host.lower().split(".") if lab]
    if len(labels) >= 3 and ".".join(labels[-2:]) in _TWO_LEVEL_SUFFIXES:
        return labels[-3]
    if len(labels) >= 2:
        return labels[-2]
    return labels[0] if labels else ""


def host_labels(host: str) -> list[str]:
    """Every label of a host that could name an outlet (subdomains included, generic ones not)."""
    main = registered_label(host)
    labels = [lab for lab in host.lower().split(".") if lab and lab not in _GENERIC_HOST_LABELS]
    cut = labels.index(main) + 1 if main in labels else len(labels)
    return labels[:cut]


def readable_name(label: str) -> str:
    """'pikiran-rakyat' -> 'Pikiran Rakyat', 'batamnews' -> 'Batamnews'."""
    return " ".join(part[:1].upper() + part[1:] for part in re.split(r"[-_]+", label) if part)


def looks_like_domain(text: str) -> bool:
    return bool(_DOMAIN_LIKE.match(text.strip()))


def name_from_marker(text: str, table: OutletTable) -> str:
    """The outlet name for a marker a text gives ('TRIBUNNEWS.COM', 'SERANG NEWS', 'Jejamo.com')."""
    known = table.for_alias(text)
    if known is not None:
        return known.name
    marker = text.strip(" -–—:,()")
    if looks_like_domain(marker):
        hit = table.for_url(marker)
        if hit is not None:
            return hit.name
        label = marker.split(".")[0]
        return label.capitalize() if label.isupper() else label[:1].upper() + label[1:]
    if marker.isupper() and len(marker) > 4:
        return " ".join(w.capitalize() for w in marker.split())
    return marker
