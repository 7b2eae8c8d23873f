-- A number that changes whenever what an account may do changes: disabled, another role or
-- district, a password set by an administrator or by the user. A session remembers the number
-- it was opened with; a request whose session carries an older number is logged out.
alter table app_users add column security_version integer not null default 0;
