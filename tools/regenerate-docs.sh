#!/usr/bin/env bash
# Regenerates the generated tables in docs/: the schedule, lever and output tables of docs/model.md
# (`onecountry docs TABLE`, from Country/MonthlySchedule.cs, the [Lever] declarations of
# Policy/Policy.cs and Country/Outputs.cs) and docs/parameters.md (from the [Parameter]
# declarations). Run from the repository root after changing a process, an output, a lever or a
# parameter; DocumentationTests fail until then.
set -euo pipefail
python3 tools/gen_world_baseline.py
dotnet build src/OneCountry.Cli -c Release >/dev/null
python3 tools/regenerate_docs.py
header=$(sed "/^| name |/,\$d" docs/parameters.md)
body=$(dotnet run --no-build --project src/OneCountry.Cli -c Release -- params --format markdown)
printf '%s\n%s\n' "$header" "$body" > docs/parameters.md
