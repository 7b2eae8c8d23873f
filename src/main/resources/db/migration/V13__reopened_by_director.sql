-- Whether the review comment is the director's reason for reopening an approved report
-- (shown to the leader as such) rather than the department staff's return comment.
alter table quarterly_reports add column reopened boolean not null default false;
