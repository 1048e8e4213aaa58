-- A payment's row is updated up to three times while its saga runs (each step it hears of), and most of those
-- updates change no indexed column. With room left on its page PostgreSQL makes them heap-only (HOT): the new row
-- version goes on the same page and none of the payment's seven indexes is touched. A full page (the default
-- fillfactor, 100) forces a new index entry in every index for every update. Pages written from now on keep 30 %
-- free; existing pages fill up as before until they are rewritten (VACUUM FULL or CLUSTER).
ALTER TABLE payment SET (fillfactor = 70);
