-- A notification is kept as its kind and the arguments of its text (the cluster's name, the
-- period, the department's comment...), and worded when it is read or mailed from the message
-- bundles, in the reader's language: a change of wording reaches the notifications already sent.
-- Those written before keep the title and text they were written with.
alter table notifications add column args text[];
alter table notifications alter column title drop not null;
alter table notifications add constraint ck_notifications_text check (title is not null or args is not null);
