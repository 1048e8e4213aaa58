-- The relay's lease is an update of every row it publishes, of columns no index holds. With room left on the row's
-- page PostgreSQL makes it heap-only (HOT): the new version goes on the same page, no index gets an entry, and the WAL
-- record carries only what changed. Rows live for milliseconds, so half of each page kept free costs little space: the
-- table holds only the backlog.
ALTER TABLE outbox SET (fillfactor = 50);

-- The key index without id among its search columns. A queue table's statistics swing between vacuums (a nearly empty
-- table over hundreds of pages), and with id a search column the planner served the relay's "id = ANY (…)" by reading
-- the whole key index, which keys spread over many half-empty pages: 1,000 buffers a claim where the primary key needs
-- a few. Per key the rows are few, so ordering them by id takes a sort of a handful.
DROP INDEX outbox_key_order;
CREATE INDEX outbox_key_order ON outbox (topic, message_key) INCLUDE (id);
