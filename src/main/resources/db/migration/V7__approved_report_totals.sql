-- Per approved report and district, the subtotals of each field and kind, computed once when the
-- report is approved (and removed when it is reopened). Rankings read these few rows instead of
-- summing every score of the year on each view.
create table report_district_totals (
    report_id   bigint       not null,
    district_id bigint       not null,
    general     numeric(7,2) not null,
    press       numeric(7,2) not null,
    publishing  numeric(7,2) not null,
    post        numeric(7,2) not null,
    telecom     numeric(7,2) not null,
    it          numeric(7,2) not null,
    bonus       numeric(7,2) not null,
    penalty     numeric(7,2) not null,
    constraint pk_report_district_totals primary key (report_id, district_id),
    constraint fk_report_district_totals_report foreign key (report_id) references quarterly_reports (id) on delete cascade,
    constraint fk_report_district_totals_district foreign key (district_id) references districts (id)
);

insert into report_district_totals (report_id, district_id, general, press, publishing, post, telecom, it, bonus, penalty)
select s.report_id, s.district_id,
       sum(case when cr.kind = 'SCORE' and cr.field = 'GENERAL' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'PRESS' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'PUBLISHING' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'POST' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'TELECOM' then s.final_points else 0 end),
       sum(case when cr.kind = 'SCORE' and cr.field = 'IT' then s.final_points else 0 end),
       sum(case when cr.kind = 'BONUS' then s.final_points else 0 end),
       sum(case when cr.kind = 'PENALTY' then s.final_points else 0 end)
from scores s
join quarterly_reports r on r.id = s.report_id and r.status = 'APPROVED'
join criteria cr on cr.id = s.criterion_id
group by s.report_id, s.district_id;

create index ix_quarterly_reports_year_status on quarterly_reports (year, status);
