#!/usr/bin/env bash
# Mutation testing with dotnet-stryker (pinned in .config/dotnet-tools.json): does the test suite notice a changed
# operator, a removed check, a flipped condition? One namespace of the core at a time, since it is slow on 2 cores:
#   tools/mutation/run.sh Coding          (or Customers, Credit, Rules, Quality, Serialization; default Coding)
#   CONCURRENCY=2 tools/mutation/run.sh Rules
# Writes artifacts/mutation/<namespace>/reports/mutation-report.{html,json} and prints the score; the scores go
# into docs/quality.md by hand. Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$PWD"
namespace="${1:-Coding}"
[ -d "src/CustomerClassification/$namespace" ] || { echo "no namespace src/CustomerClassification/$namespace" >&2; exit 2; }

# The randomised tests at CI's sizes: a mutant survives a quarter-sized property test more easily.
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 TEST_SCALE=1
dotnet tool restore >/dev/null
output="$root/artifacts/mutation/$namespace"
rm -rf "$output"
cd src/CustomerClassification
dotnet tool run dotnet-stryker \
  --config-file "$root/tools/mutation/stryker-config.json" \
  --test-project "$root/tests/CustomerClassification.Tests/CustomerClassification.Tests.csproj" \
  --mutate "$namespace/**/*.cs" \
  --mutate "!**/*.g.cs" \
  --concurrency "${CONCURRENCY:-1}" \
  --output "$output"
report="$output/reports/mutation-report.json"
[ -f "$report" ] && node -e '
  const r = require(process.argv[1]); let k = 0, s = 0, t = 0, n = 0;
  for (const f of Object.values(r.files)) for (const m of f.mutants) {
    if (m.status === "Killed") k++; else if (m.status === "Survived") s++; else if (m.status === "Timeout") t++; else if (m.status === "NoCoverage") n++;
  }
  const score = 100 * (k + t) / Math.max(1, k + t + s + n);
  console.log(`${process.argv[2]}: ${score.toFixed(1)} % (killed ${k}, timeout ${t}, survived ${s}, no coverage ${n})`);
' "$report" "$namespace"
