#!/usr/bin/env python3
"""Writes the states and counties of the national benchmark dataset as TSV files.

    geo.py OUT_DIR REFERENCE_TSV

geo.sql:      the psql \\copy commands that load the two files below
states.tsv:   fips, usps, name, slug, kind, ocd_id, population (2020 census, approximate)
counties.tsv: geoid, state_fips, name, slug, ocd_id, origin

The counties are the app's own reference data (src/main/resources/reference/
census-jurisdictions.tsv, made from us-atlas by tools/census/convert.mjs, which holds the
Census naming rules): real GEOIDs, names with their Census suffix, slugs and OCD ids. The
app's migration V62 has loaded the same rows, so generate.sql finds them by GEOID and keeps
them (no second Cook County). Only the 50 states and DC: territories are left out.
"""
import os
import sys

# fips, usps, name, population (2020 census, rounded from memory: benchmark data only). The
# names and codes are the reference data's; only the populations are used.
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

def main():
    out_dir = sys.argv[1]
    reference = sys.argv[2]
    population = {fips: pop for fips, _, _, pop in STATES}
    states, counties = [], []
    with open(reference, encoding="utf-8") as f:
        next(f)
        for line in f:
            geoid, kind, code, name, slug, ocd = line.rstrip("\n").split("\t")
            if geoid[:2] not in population:
                continue  # territories
            if len(geoid) == 2:
                states.append([geoid, code, name, slug, kind, ocd, str(population[geoid])])
            else:
                # An OCD id the reference leaves empty is psql's null.
                counties.append([geoid, geoid[:2], name, slug, ocd or "\\N", "reference"])
    if len(states) != len(STATES):
        sys.exit("%s holds %d of the %d states and DC" % (reference, len(states), len(STATES)))
    for name, rows in (("states.tsv", states), ("counties.tsv", counties)):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.writelines("\t".join(r) + "\n" for r in rows)
    with open(os.path.join(out_dir, "geo.sql"), "w", encoding="utf-8") as f:
        for table, name in (("bench_state", "states.tsv"), ("bench_county", "counties.tsv")):
            path = os.path.abspath(os.path.join(out_dir, name)).replace("'", "''")
            f.write("\\copy %s from '%s'\n" % (table, path))
    print("%d states, %d counties (the reference data)" % (len(states), len(counties)))


if __name__ == "__main__":
    main()
