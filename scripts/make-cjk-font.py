#!/usr/bin/python3
# Makes the PDF export's font (src/io/pdf/font/): Noto Sans CJK SC Regular from Debian's
# fonts-noto-cjk, cut to the characters a sales flowchart needs, so that the repository and the
# download stay small. Needs Debian's fonts-noto-cjk and fonttools (apt-get install fonttools).
# Run from the repository root: /usr/bin/python3 scripts/make-cjk-font.py
import glob
import re
from fontTools.ttLib import TTCollection
from fontTools import subset

SOURCE = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
TARGET = 'src/io/pdf/font/NotoSansCJKsc-Regular-subset.otf'

def gb2312():
    """The 6,763 hanzi and the symbols of GB 2312: what simplified Chinese text uses in practice."""
    chars = set()
    for high in range(0xA1, 0xF8):
        for low in range(0xA1, 0xFF):
            try:
                chars.add(bytes([high, low]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    return chars

def ranges(*spans):
    return {chr(c) for start, end in spans for c in range(start, end + 1)}

def project_text():
    """Every character of the templates and of the UI strings, whatever GB 2312 leaves out."""
    chars = set()
    for path in glob.glob('templates/*.json') + glob.glob('src/i18n/**/*.ts', recursive=True):
        with open(path, encoding='utf-8') as f:
            chars.update(f.read())
    return chars

chars = gb2312() | project_text() | ranges(
    (0x20, 0x7E), (0xA0, 0x17F),  # Latin, Latin-1, Latin Extended-A
    (0x2000, 0x206F), (0x20A0, 0x20BF), (0x2100, 0x21FF), (0x2200, 0x22FF),  # punctuation, currency, arrows, maths
    (0x25A0, 0x25FF), (0x2700, 0x27BF),  # shapes, dingbats (ticks and crosses)
    (0x3000, 0x303F), (0xFF00, 0xFFEF),  # CJK punctuation, full-width forms
)
chars = {c for c in chars if not re.match(r'[\x00-\x1f]', c)}

font = TTCollection(SOURCE).fonts[2]
assert font['name'].getDebugName(6) == 'NotoSansCJKsc-Regular'
options = subset.Options()
options.layout_features = ['kern', 'palt', 'vert', 'locl']
options.name_IDs = ['*']
options.notdef_outline = True
options.hinting = False
subsetter = subset.Subsetter(options)
subsetter.populate(text=''.join(sorted(chars)))
subsetter.subset(font)
font.save(TARGET)
print(TARGET, len(chars), 'characters')
