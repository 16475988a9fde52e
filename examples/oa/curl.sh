#!/usr/bin/env bash
# Calling the gongwen service with curl: render, validate a report with a mistake, import pasted text.
#   gongwen serve &            # http://127.0.0.1:8080
#   bash examples/oa/curl.sh [service URL] [output folder]
set -euo pipefail
URL="${1:-${GONGWEN_URL:-http://127.0.0.1:8080}}"
OUT="${2:-.}"
HERE="$(cd "$(dirname "$0")" && pwd)"
REPORT="$HERE/../qingxi-health-2023.yaml"
mkdir -p "$OUT"

echo "== render: YAML in, DOCX out (the file name is in Content-Disposition filename*)"
curl -sS --fail-with-body -X POST -H 'Content-Type: application/yaml' --data-binary @"$REPORT" \
  -D "$OUT/render.headers" -o "$OUT/report.docx" "$URL/v1/render?format=docx"
grep -i '^content-disposition' "$OUT/render.headers"

echo "== render: the portal HTML fragment and the Markdown without front matter"
curl -sS --fail-with-body -X POST -H 'Content-Type: application/yaml' --data-binary @"$REPORT" \
  -o "$OUT/portal.html" "$URL/v1/render?format=html&flavor=portal"
curl -sS --fail-with-body -X POST -H 'Content-Type: application/yaml' --data-binary @"$REPORT" \
  -o "$OUT/portal.md" "$URL/v1/render?format=md&flavor=portal"

echo "== validate: a year written in Chinese numerals gives 422 with the line and column"
sed 's/year: 2023/year: 二〇二三/' "$REPORT" |
  curl -sS -X POST -H 'Content-Type: application/yaml' --data-binary @- -w '\nHTTP %{http_code}\n' "$URL/v1/validate"

echo "== import: pasted portal text back into the model (JSON and YAML, with warnings)"
printf '青溪县卫生健康局2023年工作总结\n\n一、主要成效\n全年新建村卫生室3个。\n\n青溪县卫生健康局\n2024年1月9日\n' |
  curl -sS --fail-with-body -X POST -H 'Content-Type: text/plain; charset=utf-8' --data-binary @- \
    -o "$OUT/imported.json" "$URL/v1/import"
echo "wrote $OUT/report.docx, $OUT/portal.html, $OUT/portal.md, $OUT/imported.json"
