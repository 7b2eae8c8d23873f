-- The audit log is append-only: the app only inserts (AuditEvent is immutable and its
-- repository has no update or delete), and the database refuses any UPDATE, DELETE or
-- TRUNCATE of audit_events whoever asks. In production the app's role also needs no more
-- than SELECT, INSERT on audit_events and USAGE on audit_events_seq (README, "Production").
create function audit_events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_events is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger tg_audit_events_no_update before update or delete on audit_events
    for each row execute function audit_events_append_only();
create trigger tg_audit_events_no_truncate before truncate on audit_events
    for each statement execute function audit_events_append_only();

create index ix_audit_events_filter on audit_events (province_id, entity_type, occurred_at desc);
