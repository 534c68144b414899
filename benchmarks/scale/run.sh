#!/usr/bin/env bash
# Times ccls end to end on a generated T3-style account set of N customers (GB18030 CSV with Chinese headers,
# 客户分类 2-3-3 with 5,210 categories, 77 regions, every column filled as T3 fills it (contacts, phones, addresses,
# banks, 停用日期 on some, a custom field 客户类型), one open item and one statistics row a customer, three rules):
#   benchmarks/scale/run.sh 100000 [work folder]
# Prints wall time (s) and peak resident memory (MB) of each command, measured by /usr/bin/time.
set -euo pipefail
N=${1:?usage: benchmarks/scale/run.sh N [work folder]}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${2:-$(mktemp -d)}
DATA="$WORK/data"
mkdir -p "$WORK"
rm -f "$WORK/model.json" "$WORK/model.json.gz"

dotnet build -c Release -nologo -v q "$ROOT/src/CustomerClassification.Cli" >/dev/null
dotnet run -c Release --project "$ROOT/benchmarks/CustomerClassification.Benchmarks" -- t3-dataset "$N" "$DATA" >/dev/null
CCLS=(dotnet "$ROOT/src/CustomerClassification.Cli/bin/Release/net8.0/ccls.dll")
MODEL="$WORK/model.json"

echo "N = $N customers; data in $DATA; $(nproc) cores"
echo
echo "| command | wall (s) | peak (MB) | exit |"
echo "|---|---:|---:|---:|"
run() {
  local name=$1; shift
  local rc=0
  /usr/bin/time -f '%e %M' -o "$WORK/time" "${CCLS[@]}" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || rc=$?
  read -r seconds kilobytes < <(tail -n 1 "$WORK/time")
  printf '| %s | %s | %d | %d |\n' "$name" "$seconds" $((kilobytes / 1024)) "$rc"
}
run import import --model "$MODEL" --scheme 2-3-3 --region-scheme 2-2 --custom-field 客户类型 --categories "$DATA/categories.csv" --regions "$DATA/regions.csv" --customers "$DATA/customers.csv" --rules "$DATA/rules.json"
run tree tree --model "$MODEL"
run audit audit --model "$MODEL" --open-items "$DATA/open-items.csv"
run classify classify --model "$MODEL" --stats "$DATA/stats.csv" --as-of 2026-06-30
run aging aging --model "$MODEL" --open-items "$DATA/open-items.csv" --as-of 2026-06-30
run check-credit check-credit --model "$MODEL" --customer C0000001 --amount 1000 --open-items "$DATA/open-items.csv" --as-of 2026-06-30
run export export --model "$MODEL" --out "$WORK/customers.csv"
# The same model gzip-compressed (as ccls writes a model named *.json.gz, zlib's default level): read like any other.
gzip -6 -c "$MODEL" > "$MODEL.gz"
run tree-gz tree --model "$MODEL.gz"
echo
[ -f "$MODEL" ] && echo "model file: $(( $(stat -c %s "$MODEL") / 1048576 )) MB; gzip-compressed: $(( $(stat -c %s "$MODEL.gz") / 1048576 )) MB"
echo "outputs and errors of each command in $WORK"
