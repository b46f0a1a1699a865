#!/usr/bin/env python3
"""fallback_fonts.py OUT_FONT_DIR OUT_CPP — the fallback fonts for scripts Noto Sans (the UI font) lacks.

Subsets Debian's fonts at build time into small files the page fetches only when text needs them
(src/platform/font_loader.cpp), and writes OUT_CPP, the table src/app/text/fallback_faces.h declares: which
file ("face") holds each code point. Faces:

  arabic   Noto Sans Arabic (fonts-noto-core): Arabic letters *and* the Presentation Forms that
           src/app/text/arabic_shaping.cpp maps joined letters to (ImGui draws code points, not glyph ids)
  hebrew   Noto Sans Hebrew (fonts-noto-core)
  symbols  Noto Sans Symbols 2 (fonts-noto-core): arrows, geometric shapes, dingbats such as check marks
  emoji    Symbola (fonts-symbola): monochrome emoji (the colour emoji font is bitmaps stb_truetype cannot draw)
  cjk-N    Noto Sans CJK SC (fonts-noto-cjk), in tiers: the first holds CJK punctuation, kana and the most
           frequent ideographs (Unihan kFrequency 1-3), the next ones the rest of the common ideographs
           (kFrequency 4-5, the first 3500 of the Tongyong Guifan list, GB 2312 level 1, Joyo kanji), then the
           rare ones by code point block, and Hangul. A Chinese or Japanese sentence usually needs the first
           one or two files (a few hundred KB), not the whole 16 MB font.

Every input is a Debian package; a missing one is an error (a build never quietly loses a script).
"""
import bz2
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

NOTO = "/usr/share/fonts/truetype/noto"
CJK = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
CJK_SC = 2  # index of "Noto Sans CJK SC" in the collection
SYMBOLA = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
UNIHAN = "/usr/share/unicode"


def rng(a, b):
    return set(range(a, b + 1))


def cmap_of(font):
    return set(font.getBestCmap().keys())


def subset_font(src, font_number, codepoints, out, layout_features=""):
    font = TTFont(src, fontNumber=font_number, lazy=True)
    cps = sorted(cmap_of(font) & set(codepoints))
    opts = subset.Options()
    opts.layout_features = [f for f in layout_features.split(",") if f]
    opts.hinting = False
    opts.name_IDs = [0, 1, 2, 3, 4, 5, 6]
    opts.notdef_outline = True
    opts.glyph_names = False
    s = subset.Subsetter(opts)
    s.populate(unicodes=cps)
    font = TTFont(src, fontNumber=font_number)
    s.subset(font)
    font.save(out)
    return cps


def unihan(filename, field):
    """{code point: value} for one Unihan field (Debian's unicode-data ships the bz2 files)."""
    out = {}
    with bz2.open(os.path.join(UNIHAN, filename), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("U+"):
                cp, key, value = line.rstrip("\n").split("\t", 2)
                if key == field:
                    out[int(cp[2:], 16)] = value
    return out


def cjk_tiers():
    freq = {cp: int(v) for cp, v in unihan("Unihan_DictionaryLikeData.txt.bz2", "kFrequency").items()}
    tgh = {cp: int(v.split(":")[1]) for cp, v in unihan("Unihan_OtherMappings.txt.bz2", "kTGH").items()}
    gb0 = {cp: int(v[:2]) for cp, v in unihan("Unihan_OtherMappings.txt.bz2", "kGB0").items()}
    joyo = set(unihan("Unihan_OtherMappings.txt.bz2", "kJoyoKanji"))
    jis0 = {cp: int(v[:2]) for cp, v in unihan("Unihan_OtherMappings.txt.bz2", "kJis0").items()}
    if not freq or not tgh or not gb0:
        raise SystemExit("fallback_fonts: Unihan fields missing in " + UNIHAN + " (install unicode-data)")
    punct = rng(0x3000, 0x303F) | rng(0x3040, 0x30FF) | rng(0x31F0, 0x31FF) | rng(0xFF00, 0xFFEF) | rng(0x3200, 0x32FF)
    t0 = punct | {cp for cp, f in freq.items() if f <= 3}
    common = ({cp for cp, f in freq.items() if f >= 4} | {cp for cp, n in tgh.items() if n <= 3500} |
              {cp for cp, row in gb0.items() if 16 <= row <= 55} | joyo | {cp for cp, row in jis0.items() if 16 <= row <= 47})
    common -= t0
    common_sorted = sorted(common)
    half = len(common_sorted) // 2
    tiers = [t0, set(common_sorted[:half]), set(common_sorted[half:])]
    rest = (rng(0x4E00, 0x9FFF) | rng(0x3400, 0x4DBF) | rng(0xF900, 0xFAFF)) - t0 - common
    rest_sorted = sorted(rest)
    for i in range(0, len(rest_sorted), 4096):
        tiers.append(set(rest_sorted[i:i + 4096]))
    hangul = sorted(rng(0xAC00, 0xD7A3))
    jamo = rng(0x1100, 0x11FF) | rng(0x3130, 0x318F)
    for i in range(0, len(hangul), 3000):
        tiers.append(set(hangul[i:i + 3000]) | (jamo if i == 0 else set()))
    return tiers


def height_per_em(path):
    """(hhea ascent - descent) / unitsPerEm: ImGui sizes a font by this height, so faces drawn at one em
    size need their pixel size scaled by it (Noto Sans Arabic is much taller than Noto Sans for its marks)."""
    font = TTFont(path, lazy=True)
    return (font["hhea"].ascent - font["hhea"].descent) / font["head"].unitsPerEm


def main():
    out_dir, out_cpp = sys.argv[1], sys.argv[2]
    for f in [os.path.join(NOTO, "NotoSansArabic-Regular.ttf"), os.path.join(NOTO, "NotoSansHebrew-Regular.ttf"),
              os.path.join(NOTO, "NotoSansSymbols2-Regular.ttf"), CJK, SYMBOLA]:
        if not os.path.exists(f):
            raise SystemExit("fallback_fonts: missing " + f + " (run scripts/setup.sh: fonts-noto-core, fonts-noto-cjk, fonts-symbola)")
    os.makedirs(out_dir, exist_ok=True)
    faces = []  # (name, file, code points)
    arabic = (rng(0x0600, 0x06FF) | rng(0x0750, 0x077F) | rng(0x08A0, 0x08FF) | rng(0xFB50, 0xFDFF) | rng(0xFE70, 0xFEFF))
    faces.append(("arabic", "arabic.ttf", subset_font(os.path.join(NOTO, "NotoSansArabic-Regular.ttf"), 0, arabic,
                                                      os.path.join(out_dir, "arabic.ttf"))))
    hebrew = rng(0x0590, 0x05FF) | rng(0xFB1D, 0xFB4F)
    faces.append(("hebrew", "hebrew.ttf", subset_font(os.path.join(NOTO, "NotoSansHebrew-Regular.ttf"), 0, hebrew,
                                                      os.path.join(out_dir, "hebrew.ttf"))))
    symbols = rng(0x2190, 0x21FF) | rng(0x2300, 0x23FF) | rng(0x2460, 0x27BF) | rng(0x2900, 0x297F) | rng(0x2B00, 0x2BFF)
    faces.append(("symbols", "symbols.ttf", subset_font(os.path.join(NOTO, "NotoSansSymbols2-Regular.ttf"), 0, symbols,
                                                        os.path.join(out_dir, "symbols.ttf"))))
    emoji = rng(0x1F300, 0x1F5FF) | rng(0x1F600, 0x1F64F) | rng(0x1F680, 0x1F6FF) | rng(0x1F900, 0x1F9FF) | rng(0x2600, 0x26FF)
    faces.append(("emoji", "emoji.ttf", subset_font(SYMBOLA, 0, emoji, os.path.join(out_dir, "emoji.ttf"))))
    for i, tier in enumerate(cjk_tiers()):
        name = "cjk-%d" % i
        faces.append((name, name + ".otf", subset_font(CJK, CJK_SC, tier, os.path.join(out_dir, name + ".otf"))))

    # Code point -> face: a byte per code point over the CJK ideograph blocks (the tiers interleave there),
    # sorted ranges elsewhere (earlier faces win where two cover one code point).
    owner = {}
    for fi, (_, _, cps) in enumerate(faces):
        for cp in cps:
            owner.setdefault(cp, fi)
    lo, hi = 0x3400, 0x9FFF
    ranges = []
    for cp in sorted(owner):
        if lo <= cp <= hi:
            continue
        if ranges and ranges[-1][1] == cp - 1 and ranges[-1][2] == owner[cp]:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp, owner[cp]])
    with open(out_cpp, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/gen/fallback_fonts.py from Debian's font packages. Do not edit.\n")
        f.write('#include "app/text/fallback_faces.h"\n\nnamespace lede::app {\nnamespace {\n')
        f.write("const FallbackFace kFaces[] = {\n")
        for name, file, cps in faces:
            size = os.path.getsize(os.path.join(out_dir, file))
            f.write('  {"%s", "%s", %d, %d, %.4ff},\n' % (name, file, size, len(cps), height_per_em(os.path.join(out_dir, file))))
        f.write("};\n")
        f.write("struct Range { uint32_t first, last; uint8_t face; };\n")
        f.write("const Range kRanges[] = {\n")
        for a, b, fi in ranges:
            f.write("{0x%X,0x%X,%d}," % (a, b, fi))
        f.write("\n};\n")
        f.write("constexpr char32_t kTableFirst = 0x%X, kTableLast = 0x%X;\n" % (lo, hi))
        f.write("// face + 1 per code point in [kTableFirst, kTableLast]; 0 = none\n")
        f.write("const unsigned char kTable[] = {\n")
        row = []
        for cp in range(lo, hi + 1):
            row.append(str(owner.get(cp, -1) + 1))
            if len(row) == 64:
                f.write(",".join(row) + ",\n")
                row = []
        if row:
            f.write(",".join(row) + "\n")
        f.write("};\n}  // namespace\n\n")
        f.write("float ui_font_height_per_em() { return %.4ff; }\n" % height_per_em(os.path.join(NOTO, "NotoSans-Regular.ttf")))
        f.write("size_t fallback_face_count() { return %d; }\n" % len(faces))
        f.write("const FallbackFace& fallback_face(size_t i) { return kFaces[i]; }\n")
        f.write("int fallback_face_of(char32_t cp) {\n"
                "  if (cp >= kTableFirst && cp <= kTableLast) return int(kTable[cp - kTableFirst]) - 1;\n"
                "  size_t lo = 0, hi = sizeof kRanges / sizeof kRanges[0];\n"
                "  while (lo < hi) {\n"
                "    const size_t mid = (lo + hi) / 2;\n"
                "    if (kRanges[mid].last < cp) lo = mid + 1; else hi = mid;\n"
                "  }\n"
                "  if (lo < sizeof kRanges / sizeof kRanges[0] && kRanges[lo].first <= cp) return kRanges[lo].face;\n"
                "  return -1;\n}\n\n}  // namespace lede::app\n")
    total = sum(os.path.getsize(os.path.join(out_dir, fl)) for _, fl, _ in faces)
    print("fallback fonts: %d faces, %d bytes, %d ranges" % (len(faces), total, len(ranges)))


if __name__ == "__main__":
    main()
