-- Every fact in the tracker points back to one of these. A source is a published
-- document (an article, an ordinance text, a press release); nothing about it is
-- invented: publisher, URL and date stay empty when the document does not give them.
create table source (
    id                     bigint generated always as identity primary key,
    title                  text        not null check (btrim(title) <> ''),
    publisher              text        check (btrim(publisher) <> ''),
    url                    text        check (url ~ '^https?://\S+$'),
    published_on           date,
    published_on_precision text        check (published_on_precision in ('DAY', 'MONTH', 'YEAR')),
    accessed_on            date,
    archive_url            text        check (archive_url ~ '^https?://\S+$'),
    notes                  text,
    created_at             timestamptz not null default now(),
    updated_at             timestamptz not null default now(),
    version                bigint      not null default 0,
    -- A date and its precision come together; a MONTH is stored as its first day, a YEAR as 1 January.
    constraint source_published_precision check (
        (published_on is null) = (published_on_precision is null)
        and (published_on_precision is distinct from 'MONTH' or extract(day from published_on) = 1)
        and (published_on_precision is distinct from 'YEAR' or (extract(day from published_on) = 1 and extract(month from published_on) = 1)))
);

create index source_published_on_idx on source (published_on desc nulls last);
