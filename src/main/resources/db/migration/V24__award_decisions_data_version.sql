-- The rankings page shows the department's decided award list: finalizing or reopening it moves
-- the province's data version, so a browser's copy of the page (ETag) is not reused.
create trigger tg_award_decisions_data after insert or update or delete on award_decisions
    for each row execute function province_data_changed_direct();
