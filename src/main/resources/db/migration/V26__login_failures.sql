-- Failed logins by user name and client address (issue 24): a wrong password slows that
-- name from that address, and only failures from several addresses lock the account, and
-- then only for the addresses that failed. Kept in the database so that every instance of
-- the app sees the same; rows older than a day are removed as new ones come.
create table login_failures (
    username   varchar(100)             not null,
    address    varchar(64)              not null,
    failed_at  timestamp with time zone not null
);
create index ix_login_failures_username on login_failures (username, failed_at);
