#!/usr/bin/env python3
"""Writes the states and counties of the national benchmark dataset as TSV files.

    geo.py OUT_DIR [US_ATLAS_COUNTIES_JSON]

geo.sql:      the psql \\copy commands that load the two files below
states.tsv:   fips, usps, name, slug, kind, ocd_id, population (2020 census, approximate)
counties.tsv: geoid, state_fips, name, slug, ocd_id, origin

With a us-atlas counties-10m.json (npm package us-atlas, Census cartographic boundary
files), the counties are the real ones: Census GEOIDs and names, with the Census suffix
added (County, Parish, Borough, Census Area, city). Without it, each state gets its real
number of counties with synthetic names and Census-style odd county codes.
Only the 50 states and DC: territories are left out.
"""
import json
import os
import sys
import unicodedata

# fips, usps, name, population (2020 census, rounded from memory: benchmark data only)
STATES = [
    ("01", "AL", "Alabama", 5024279), ("02", "AK", "Alaska", 733391),
    ("04", "AZ", "Arizona", 7151502), ("05", "AR", "Arkansas", 3011524),
    ("06", "CA", "California", 39538223), ("08", "CO", "Colorado", 5773714),
    ("09", "CT", "Connecticut", 3605944), ("10", "DE", "Delaware", 989948),
    ("11", "DC", "Washington, D.C.", 689545), ("12", "FL", "Florida", 21538187),
    ("13", "GA", "Georgia", 10711908), ("15", "HI", "Hawaii", 1455271),
    ("16", "ID", "Idaho", 1839106), ("17", "IL", "Illinois", 12812508),
    ("18", "IN", "Indiana", 6785528), ("19", "IA", "Iowa", 3190369),
    ("20", "KS", "Kansas", 2937880), ("21", "KY", "Kentucky", 4505836),
    ("22", "LA", "Louisiana", 4657757), ("23", "ME", "Maine", 1362359),
    ("24", "MD", "Maryland", 6177224), ("25", "MA", "Massachusetts", 7029917),
    ("26", "MI", "Michigan", 10077331), ("27", "MN", "Minnesota", 5706494),
    ("28", "MS", "Mississippi", 2961279), ("29", "MO", "Missouri", 6154913),
    ("30", "MT", "Montana", 1084225), ("31", "NE", "Nebraska", 1961504),
    ("32", "NV", "Nevada", 3104614), ("33", "NH", "New Hampshire", 1377529),
    ("34", "NJ", "New Jersey", 9288994), ("35", "NM", "New Mexico", 2117522),
    ("36", "NY", "New York", 20201249), ("37", "NC", "North Carolina", 10439388),
    ("38", "ND", "North Dakota", 779094), ("39", "OH", "Ohio", 11799448),
    ("40", "OK", "Oklahoma", 3959353), ("41", "OR", "Oregon", 4237256),
    ("42", "PA", "Pennsylvania", 13002700), ("44", "RI", "Rhode Island", 1097379),
    ("45", "SC", "South Carolina", 5118425), ("46", "SD", "South Dakota", 886667),
    ("47", "TN", "Tennessee", 6910840), ("48", "TX", "Texas", 29145505),
    ("49", "UT", "Utah", 3271616), ("50", "VT", "Vermont", 643077),
    ("51", "VA", "Virginia", 8631393), ("53", "WA", "Washington", 7705281),
    ("54", "WV", "West Virginia", 1793716), ("55", "WI", "Wisconsin", 5893718),
    ("56", "WY", "Wyoming", 576851),
]

# Counties (and equivalents) per state in the 2017 Census files us-atlas is built from.
COUNTY_COUNTS = {
    "01": 67, "02": 29, "04": 15, "05": 75, "06": 58, "08": 64, "09": 8, "10": 3, "11": 1,
    "12": 67, "13": 159, "15": 5, "16": 44, "17": 102, "18": 92, "19": 99, "20": 105,
    "21": 120, "22": 64, "23": 16, "24": 24, "25": 14, "26": 83, "27": 87, "28": 82,
    "29": 115, "30": 56, "31": 93, "32": 17, "33": 10, "34": 21, "35": 33, "36": 62,
    "37": 100, "38": 53, "39": 88, "40": 77, "41": 36, "42": 67, "44": 5, "45": 46,
    "46": 66, "47": 95, "48": 254, "49": 29, "50": 14, "51": 133, "53": 39, "54": 55,
    "55": 72, "56": 23,
}

ALASKA_CENSUS_AREAS = {"02016", "02050", "02070", "02105", "02158", "02180", "02198",
                       "02240", "02261", "02290"}
ALASKA_CITY_AND_BOROUGH = {"02110", "02220", "02275", "02282"}
ALASKA_MUNICIPALITY = {"02020", "02230"}


def slugify(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out, dash = [], False
    for ch in ascii_text.lower():
        if ch.isalnum():
            out.append(ch)
            dash = False
        elif not dash and out:
            out.append("-")
            dash = True
    return "".join(out).strip("-")


def ocd_part(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "_".join(ascii_text.lower().replace("/", "_").split())


def county_name(geoid, base):
    """The Census name of a county equivalent, from its base name and GEOID."""
    state, code = geoid[:2], int(geoid[2:])
    if geoid == "11001" or geoid == "32510":
        return base, "county"
    if state in ("24", "29", "51") and code >= 510:
        return base + " city", "place"
    if state == "22":
        return base + " Parish", "parish"
    if state == "02":
        if geoid in ALASKA_CENSUS_AREAS:
            return base + " Census Area", "census_area"
        if geoid in ALASKA_CITY_AND_BOROUGH:
            return "City and Borough of " + base, "borough"
        if geoid in ALASKA_MUNICIPALITY:
            return base + " Municipality", "borough"
        return base + " Borough", "borough"
    return base + " County", "county"


SYNTHETIC_PARTS = ("Adams Baker Carter Dale Easton Fulton Grant Harlan Irwin Jasper Kendall Logan "
                   "Marion Noble Ogden Pierce Quincy Ramsey Sutton Tipton Union Vance Warren Yates "
                   "Ashby Benton Clay Dawson Ellis Fayette").split()


def main():
    out_dir = sys.argv[1]
    atlas = sys.argv[2] if len(sys.argv) > 2 and sys.argv[2] else None
    usps = {fips: code for fips, code, _, _ in STATES}
    with open(os.path.join(out_dir, "states.tsv"), "w", encoding="utf-8") as f:
        for fips, code, name, pop in STATES:
            if fips == "11":
                slug, kind, ocd = "washington-dc", "FEDERAL_DISTRICT", "ocd-division/country:us/district:dc"
            else:
                slug, kind, ocd = slugify(name), "STATE", "ocd-division/country:us/state:" + code.lower()
            f.write("\t".join([fips, code, name, slug, kind, ocd, str(pop)]) + "\n")

    rows = []
    if atlas:
        with open(atlas, encoding="utf-8") as f:
            topo = json.load(f)
        for g in topo["objects"]["counties"]["geometries"]:
            geoid, base = g["id"], g["properties"]["name"]
            if geoid[:2] not in usps:
                continue  # territories
            name, ocd_type = county_name(geoid, base)
            rows.append((geoid, name, ocd_type, "us-atlas"))
    else:
        for fips, count in COUNTY_COUNTS.items():
            for k in range(count):
                base = SYNTHETIC_PARTS[k % len(SYNTHETIC_PARTS)]
                if k >= len(SYNTHETIC_PARTS):
                    base += " " + ["North", "South", "East", "West", "Upper", "Lower", "Central", "New", "Old"][
                        (k // len(SYNTHETIC_PARTS) - 1) % 9]
                geoid = "%s%03d" % (fips, 2 * k + 1)
                name = ("District of Columbia", "county") if fips == "11" else (base + " County", "county")
                rows.append((geoid, name[0], name[1], "synthetic"))
    rows.sort()
    with open(os.path.join(out_dir, "counties.tsv"), "w", encoding="utf-8") as f:
        for geoid, name, ocd_type, origin in rows:
            code = usps[geoid[:2]]
            slug = slugify(name) + "-" + code.lower()
            ocd = "ocd-division/country:us/state:%s/%s:%s" % (code.lower(), ocd_type, ocd_part(
                name.replace(" County", "").replace(" Parish", "").replace(" Borough", "")
                .replace(" Census Area", "").replace(" Municipality", "").replace("City and Borough of ", "")
                .replace(" city", "")))
            if geoid == "11001":
                ocd = "ocd-division/country:us/district:dc/county:district_of_columbia"
            f.write("\t".join([geoid, geoid[:2], name, slug, ocd, origin]) + "\n")
    with open(os.path.join(out_dir, "geo.sql"), "w", encoding="utf-8") as f:
        for table, name in (("bench_state", "states.tsv"), ("bench_county", "counties.tsv")):
            path = os.path.abspath(os.path.join(out_dir, name)).replace("'", "''")
            f.write("\\copy %s from '%s'\n" % (table, path))
    print("%d states, %d counties (%s)" % (len(STATES), len(rows), "us-atlas" if atlas else "synthetic names"))


if __name__ == "__main__":
    main()
