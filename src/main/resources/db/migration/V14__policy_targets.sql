-- The jurisdictions an action is aimed at: a federal funding threat names "sanctuary cities
-- such as Los Angeles, Chicago and New York", Operation Aurora is named after Aurora. The
-- action still belongs to the jurisdiction that takes it (the United States); each target's
-- profile lists it.
create table policy_target (
    policy_id       bigint not null references policy (id) on delete cascade,
    jurisdiction_id bigint not null references jurisdiction (id),
    primary key (policy_id, jurisdiction_id)
);

create index policy_target_jurisdiction_id_idx on policy_target (jurisdiction_id);

create table policy_target_aud (
    rev             bigint   not null references revision (id),
    revtype         smallint not null,
    policy_id       bigint   not null,
    jurisdiction_id bigint   not null,
    primary key (rev, policy_id, jurisdiction_id)
);

create index policy_target_aud_policy_id_idx on policy_target_aud (policy_id);
