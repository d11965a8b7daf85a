#!/usr/bin/env bash
# Regenerates the generated tables in docs/: the variable and lever tables in docs/model.md (from
# Variables.cs and Policy.cs) and docs/parameters.md (from the parameter registry). Run from the
# repository root after changing a variable, a lever or a parameter; DocumentationTests fail until then.
set -euo pipefail
python3 tools/gen_world_baseline.py
python3 tools/gendocs.py
header=$(head -4 docs/parameters.md)
body=$(dotnet run --project src/OneCountry.Cli -c Release -- params --format markdown)
printf '%s\n%s\n' "$header" "$body" > docs/parameters.md
