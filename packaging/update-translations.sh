#!/usr/bin/env bash
# Refreshes the English plural forms after changing a %n string in the code. English
# needs a translation file only for plurals ("1 cramp", "2 cramps"); every source
# string with %n must say "(s)" where the plural ending goes.
set -euo pipefail
cd "$(dirname "$0")/.."
ts=resources/translations/cramp-diary_en.ts
/usr/lib/qt6/bin/lupdate -pluralonly -locations none -I . core ui app -ts "$ts"
python3 - "$ts" <<'PY'
import re, sys, html
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
def fill(match):
    source = html.unescape(match.group(1))
    one = source.replace("(s)", "").replace("(es)", "")
    many = source.replace("(s)", "s").replace("(es)", "es")
    esc = lambda s: html.escape(s, quote=False)
    return ('<source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n'
            '            <numerusform>%s</numerusform>\n        </translation>' % (match.group(1), esc(one), esc(many)))
text = re.sub(r'<source>(.*?)</source>\s*<translation[^>]*>.*?</translation>', fill, text, flags=re.S)
open(path, "w", encoding="utf-8").write(text)
PY
echo "Updated $ts"
