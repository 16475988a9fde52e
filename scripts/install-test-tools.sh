#!/usr/bin/env bash
# Installs the system tools the layout tests use, when they are missing (Debian/Ubuntu, apt-get):
# LibreOffice turns DOCX into PDF, Chromium prints HTML, and poppler measures and rasterises it; two CJK font packages
# stand in for the official fonts (fonts/fonts.conf maps 仿宋_GB2312, 楷体_GB2312, 黑体 and
# 方正小标宋简体 to them) and Liberation Serif has the metrics of Times New Roman. xmllint validates
# the DOCX parts against the ECMA-376 schemas.
set -euo pipefail
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
# Debian's Chromium (no downloaded browser) prints the HTML page flavour to PDF and runs the web
# editor's browser tests (playwright-core); a JDK and curl run the OA examples against the service.
command -v chromium >/dev/null 2>&1 || need+=(chromium)
{ command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1; } || need+=(default-jdk-headless)
command -v curl >/dev/null 2>&1 || need+=(curl)
fonts=$(fc-list 2>/dev/null || true)
grep -q "Noto Serif CJK" <<<"$fonts" || need+=(fonts-noto-cjk)
grep -qi "KaitiM GB" <<<"$fonts" || need+=(fonts-arphic-gkai00mp)
grep -q "Liberation Serif" <<<"$fonts" || need+=(fonts-liberation2)
if [ ${#need[@]} -eq 0 ]; then
  echo "test tools present: soffice, pdftotext, xmllint, chromium, java, curl, CJK fonts"
  exit 0
fi
echo "installing: ${need[*]}"
SUDO=""
[ "$(id -u)" = 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
echo "installed: ${need[*]}"
