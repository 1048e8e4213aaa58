-- GET /api/v1/payments lists newest first by id (a time-ordered UUID) with optional filters. The primary key serves
-- the unfiltered list read backwards; each filter has an index that yields its payments already in id order, so a
-- page reads at most limit + 1 rows of it, however deep the page.
CREATE INDEX payment_by_status ON payment (status, id);
CREATE INDEX payment_by_user ON payment (user_id, id);
-- Only cancelled payments have a failed step.
CREATE INDEX payment_by_failed_step ON payment (failed_step, id) WHERE failed_step IS NOT NULL;
