-- A criterion may be measured: a value in a unit against a target, turned into points by a
-- formula from a small documented set (Measure.java). The district enters the value; the
-- points follow.
alter table criteria
    add column measure_unit      varchar(8),
    add column measure_target    numeric(12,2),
    add column measure_direction varchar(6),
    add column measure_formula   varchar(12),
    add column measure_steps     varchar(200),
    add constraint ck_criteria_measure check (
        (measure_unit is null and measure_target is null and measure_direction is null and measure_formula is null
            and measure_steps is null)
        or (measure_unit in ('PERCENT', 'COUNT', 'PER_100', 'RANK') and measure_target >= 0
            and measure_direction in ('HIGHER', 'LOWER') and measure_formula in ('PROPORTIONAL', 'THRESHOLD', 'STEPS')
            and (measure_formula = 'STEPS') = (measure_steps is not null)));

-- the measured value behind a measured criterion's points (null: "chưa có số liệu")
alter table scores
    add column measured_value numeric(12,2),
    add constraint ck_scores_measured_value check (measured_value is null or measured_value >= 0);
