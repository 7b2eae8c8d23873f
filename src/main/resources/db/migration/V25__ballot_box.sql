-- The ballot box (issue 24).
--
-- A quorum per award vote: the share of the cluster's members (num/den, as a quy chế writes
-- "2/3 số thành viên") that must have voted before the leader can close the vote. Rule sets
-- are read-only once published; adding columns with a default does not touch their rows.
alter table rule_awards
    add column quorum_num smallint not null default 2,
    add column quorum_den smallint not null default 3,
    add constraint ck_rule_awards_quorum check (quorum_num between 0 and quorum_den and quorum_den between 1 and 100);

-- Whether the members of a cluster see each other's evidence (by default a member's evidence
-- is seen by that member, the cluster's leader and the department only).
alter table rule_sets
    add column evidence_shared boolean not null default false;

-- Sealed ballots. While the window is open each ballot is kept encrypted with the round's
-- public key (its private key is kept by the app outside the database and destroyed once the
-- ballots are counted); at closing the app opens the seals and writes the counted choices in
-- closing_ballots in one transaction, in random order, and deletes the sealed rows.
alter table cluster_closings
    add column ballot_key_id uuid,
    add column ballot_public_key bytea,
    add constraint ck_cluster_closings_key check ((ballot_key_id is null) = (ballot_public_key is null));

create table closing_sealed_ballots (
    id          uuid    primary key,
    closing_id  bigint  not null,
    sealed      bytea   not null,
    constraint fk_closing_sealed_ballots_closing foreign key (closing_id) references cluster_closings (id) on delete cascade
);
create index ix_closing_sealed_ballots_closing on closing_sealed_ballots (closing_id);
create trigger tg_closing_sealed_ballots_immutable before update on closing_sealed_ballots
    for each row execute function closing_ballots_immutable();

-- Who voted keeps no time finer than the day.
alter table closing_voters add column voted_on date;
alter table closing_voters disable trigger tg_closing_voters_immutable;
update closing_voters set voted_on = (cast_at at time zone 'Asia/Ho_Chi_Minh')::date;
alter table closing_voters enable trigger tg_closing_voters_immutable;
alter table closing_voters
    alter column voted_on set not null,
    drop column cast_at;
