-- The closing conference of a cluster-year is also a meeting of kind "hội nghị tổng kết" in the
-- meetings list, kept in step with the closing it records.
alter table meetings drop constraint ck_meetings_kind;
alter table meetings
    add constraint ck_meetings_kind check (kind in ('GIAO_BAN_CUM', 'HOI_NGHI', 'TONG_KET', 'LAM_VIEC', 'DOAN_CONG_TAC')),
    add column closing_id bigint,
    add constraint uk_meetings_closing unique (closing_id),
    add constraint fk_meetings_closing foreign key (closing_id) references cluster_closings (id) on delete set null;
