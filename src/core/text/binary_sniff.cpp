// binary_sniff.cpp — see binary_sniff.h.
#include "core/text/binary_sniff.h"

#include <algorithm>
#include <cstring>

#include "core/text/utf8.h"

namespace lede {

const char* binary_signature(std::string_view b) {
  struct Magic { const char* bytes; size_t len; const char* kind; };
  static const Magic kMagic[] = {
      {"\x89PNG\r\n\x1a\n", 8, "PNG image"},
      {"\xFF\xD8\xFF", 3, "JPEG image"},
      {"GIF87a", 6, "GIF image"},
      {"GIF89a", 6, "GIF image"},
      {"%PDF-", 5, "PDF document"},
      {"PK\x03\x04", 4, "ZIP archive (also .docx, .xlsx, .odt, .epub)"},
      {"\x1F\x8B", 2, "gzip archive"},
      {"7z\xBC\xAF\x27\x1C", 6, "7-Zip archive"},
      {"Rar!\x1A\x07", 6, "RAR archive"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8, "Microsoft Office document (.doc, .xls)"},
      {"\x7F" "ELF", 4, "program (ELF)"},
      {"MZ", 2, "Windows program"},
      {"ID3", 3, "MP3 audio file"},
      {"OggS", 4, "Ogg audio or video file"},
      {"\x00\x00\x01\x00", 4, "icon image"},
      {"\0asm", 4, "WebAssembly module"},
      {"SQLite format 3", 15, "SQLite database"},
  };
  for (const Magic& m : kMagic) {
    if (b.size() < m.len || std::memcmp(b.data(), m.bytes, m.len) != 0) continue;
    // "MZ" and "ID3" are also letters a text may start with: those need a NUL in the head too.
    if ((m.len <= 3 && (b[0] == 'M' || b[0] == 'I')) &&
        b.substr(0, std::min<size_t>(b.size(), 512)).find('\0') == std::string_view::npos)
      continue;
    return m.kind;
  }
  // RIFF containers: WebP, WAV, AVI.
  if (b.size() >= 12 && std::memcmp(b.data(), "RIFF", 4) == 0) {
    if (std::memcmp(b.data() + 8, "WEBP", 4) == 0) return "WebP image";
    if (std::memcmp(b.data() + 8, "WAVE", 4) == 0) return "WAV audio file";
    return "RIFF media file";
  }
  // ISO media (MP4, MOV, HEIC): "ftyp" at byte 4.
  if (b.size() >= 12 && std::memcmp(b.data() + 4, "ftyp", 4) == 0) return "video or HEIC image (ISO media)";
  return nullptr;
}

double undecodable_share(std::string_view t) {
  t = t.substr(0, std::min<size_t>(t.size(), 64 * 1024));
  size_t chars = 0, bad = 0;
  for (size_t i = 0; i < t.size();) {
    char32_t cp;
    i += size_t(utf8::decode(t, i, cp));
    ++chars;
    if (cp == 0xFFFD || (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\f') || cp == 0x7F) ++bad;
  }
  return chars ? double(bad) / double(chars) : 0.0;
}

}  // namespace lede
