-- What a province's quy chế says beyond totals and ranks:
-- a band may require every criterion (or every criteria group) to reach a share of its maximum
-- ("từ 90 điểm trở lên và không có tiêu chí nào dưới 85 % số điểm tối đa");
-- an award may require results of earlier years (a band or an award in each of the N previous
-- years, or having led the cluster in one of them);
-- each rule set and each award rule carries its legal basis (căn cứ) as text, one legal text per
-- line, which the minutes, the proposal letter and the draft decision cite.
alter table rule_sets add column basis varchar(4000);

alter table rule_bands
    add column floor_percent integer,
    add column floor_scope varchar(10),
    add constraint ck_rule_bands_floor check ((floor_percent is null) = (floor_scope is null)),
    add constraint ck_rule_bands_floor_percent check (floor_percent is null or floor_percent between 1 and 100),
    add constraint ck_rule_bands_floor_scope check (floor_scope is null or floor_scope in ('CRITERION', 'GROUP'));

alter table rule_awards
    add column prior_years smallint,
    add column prior_band varchar(12),
    add column prior_award varchar(12),
    add column prior_led boolean not null default false,
    add column basis varchar(1000),
    add constraint ck_rule_awards_prior_years check (prior_years is null or prior_years between 1 and 10),
    add constraint ck_rule_awards_prior check ((prior_years is null)
        = (prior_band is null and prior_award is null and not prior_led)),
    add constraint ck_rule_awards_prior_band check (prior_band is null
        or prior_band in ('XUAT_SAC', 'TOT', 'KHA', 'TRUNG_BINH', 'YEU')),
    add constraint ck_rule_awards_prior_award check (prior_award is null
        or prior_award in ('CO_THI_DUA', 'BANG_KHEN', 'GIAY_KHEN'));

-- a finalized ranking keeps the floor that kept a unit out of a better band
alter table ranking_decision_rows
    add column floor_band varchar(12),
    add column floor_percent integer,
    add column floor_scope varchar(10),
    add column floor_item varchar(300),
    add column floor_share numeric(5,2),
    add constraint ck_ranking_decision_rows_floor check ((floor_band is null) = (floor_item is null));

-- the basis Nghệ An's 2014 rules were made on (a published set is otherwise read-only: this adds
-- a column's content, it changes none of its rules)
alter table rule_sets disable trigger tg_rule_sets_read_only;
update rule_sets s set basis = concat_ws(E'\n',
        'Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003 và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 tháng 11 năm 2013;',
        'Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;')
    from provinces p where p.id = s.province_id and p.code = '40' and s.year = 2014;
alter table rule_sets enable trigger tg_rule_sets_read_only;
