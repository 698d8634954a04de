#!/usr/bin/env bash
# Seed N rows straight into a PocketBase SQLite file (the server may be running: SQLite's
# WAL lets it). The collection must have the fields title (text), views (number), tags
# (select, multiple) and meta (json), as in bench/import.sh. Ids look like PocketBase's
# own (15 of [a-z0-9]); rows are inserted in chunks of 100,000 so that memory stays flat.
#   bench/seed-records.sh pb_data/data.db items 1000000
set -euo pipefail
db=$1 table=$2 n=$3
case "$table" in *[!a-z0-9_]*) echo "seed-records: bad table name $table" >&2; exit 2 ;; esac
start=0
while [ "$start" -lt "$n" ]; do
  end=$(( start + 100000 < n ? start + 100000 : n ))
  sqlite3 -cmd '.timeout 30000' "$db" "
    WITH RECURSIVE c(i) AS (SELECT $start UNION ALL SELECT i + 1 FROM c WHERE i + 1 < $end)
    INSERT INTO $table (id, title, views, tags, meta)
    SELECT lower(hex(randomblob(7))) || substr('0123456789', 1 + (i % 10), 1),
           'item ' || i || ' with some text', i, '[\"go\",\"rust\"]',
           json_object('i', i, 'ok', json('true'))
    FROM c;"
  start=$end
done
