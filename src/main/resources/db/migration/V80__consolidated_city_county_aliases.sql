-- A consolidated city-county is one government with two Census codes: its county GEOID
-- (06075 for San Francisco) and its place GEOID (0667000). Whichever of them its record
-- carries (the demo's San Francisco carries the county's since V80_1, so the county map
-- draws it), the aliases readers use find it.
insert into jurisdiction_alias (geoid, alias) values
    ('06075', 'SF'),
    ('06075', 'San Fran')
on conflict do nothing;
