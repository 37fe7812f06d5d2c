#!/usr/bin/env bash
# The main job on the embedded default: code the sample corpus (samples/articles), store the events
# in a DuckDB file, and show who did what to whom.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${DYAD_DEMO_DB:-samples/demo.duckdb}
dotnet build src/Dyad.Cli -c Release --nologo -v q >/dev/null
dyad() { dotnet src/Dyad.Cli/bin/Release/net10.0/dyad.dll "$@"; }
rm -f "$db" "$db.wal"
dyad ingest samples/articles --db "$db"
echo
dyad events --db "$db" --limit 40
