// document_codec.cpp — see document_codec.h. The writer and reader below list the fields in the same order;
// the static_asserts at the end catch a field added to a layer without being added here (64-bit hosts).
#include "core/document_codec.h"

#include <cstdint>
#include <cstring>

namespace lede {

namespace {

constexpr char kMagic[4] = {'L', 'D', 'O', 'C'};
// A number's type word: the NumberType in the low byte, then these flags.
constexpr uint32_t kHasValue = 1u << 8, kIsRange = 1u << 9, kHasMax = 1u << 10, kDetail = 1u << 11;
constexpr uint32_t kVersion = 2;  // 2: number strings as ids into one table, optional number fields

struct Writer {
  std::string out;
  void u32(uint32_t v) {
    const char b[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char((v >> 24) & 0xff)};
    out.append(b, 4);
  }
  void i32(int32_t v) { u32(uint32_t(v)); }
  void f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    u32(uint32_t(bits));
    u32(uint32_t(bits >> 32));
  }
  void str(const std::string& s) {
    u32(uint32_t(s.size()));
    out += s;
  }
  void span(ByteSpan s) {
    u32(s.begin);
    u32(s.end);
  }
  void u32s(const std::vector<uint32_t>& v) {
    u32(uint32_t(v.size()));
    for (uint32_t x : v) u32(x);
  }
};

struct Reader {
  std::string_view in;
  size_t pos = 0;
  uint32_t text_size = 0;
  std::string error;

  bool fail(const char* what) {
    if (error.empty()) error = std::string("document bytes are damaged: ") + what;
    return false;
  }
  bool u32(uint32_t& v) {
    if (in.size() - pos < 4) return fail("they end too early");
    const auto* p = reinterpret_cast<const unsigned char*>(in.data() + pos);
    v = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
    pos += 4;
    return true;
  }
  bool i32(int32_t& v) {
    uint32_t u;
    if (!u32(u)) return false;
    v = int32_t(u);
    return true;
  }
  bool u8(uint8_t& v, uint32_t limit) {
    uint32_t u;
    if (!u32(u)) return false;
    if (u >= limit) return fail("an enum value is out of range");
    v = uint8_t(u);
    return true;
  }
  bool f64(double& v) {
    uint32_t lo, hi;
    if (!u32(lo) || !u32(hi)) return false;
    const uint64_t bits = uint64_t(hi) << 32 | lo;
    std::memcpy(&v, &bits, 8);
    return true;
  }
  bool str(std::string& s) {
    uint32_t n;
    if (!u32(n)) return false;
    if (in.size() - pos < n) return fail("a string runs past the end");
    s.assign(in.data() + pos, n);
    pos += n;
    return true;
  }
  bool span(ByteSpan& s) {
    if (!u32(s.begin) || !u32(s.end)) return false;
    if (s.begin > s.end || s.end > text_size) return fail("a span lies outside the text");
    return true;
  }
  // A count of items that each take at least min_bytes: refuses counts the remaining bytes cannot hold,
  // so a damaged count never makes us reserve gigabytes.
  bool count(uint32_t& n, size_t min_bytes) {
    if (!u32(n)) return false;
    if (size_t(n) * min_bytes > in.size() - pos) return fail("a count is larger than the data");
    return true;
  }
  bool index(uint32_t i, size_t size) { return i < size || fail("an index points past its layer"); }
  bool index_or_none(int32_t i, size_t size) { return (i >= -1 && (i < 0 || size_t(i) < size)) || fail("an index points past its layer"); }
};

void write_mentions(Writer& w, const std::vector<Mention>& v) {
  w.u32(uint32_t(v.size()));
  for (const Mention& m : v) {
    w.span(m.span);
    w.u32(uint32_t(m.type));
    w.i32(m.entity);
    w.u32(m.is_alias ? 1 : 0);
  }
}

bool read_mentions(Reader& r, std::vector<Mention>& v) {
  uint32_t n;
  if (!r.count(n, 20)) return false;
  v.resize(n);
  for (Mention& m : v) {
    uint32_t alias;
    if (!r.span(m.span) || !r.u8(reinterpret_cast<uint8_t&>(m.type), 4) || !r.i32(m.entity) || !r.u32(alias)) return false;
    m.is_alias = alias != 0;
  }
  return true;
}

}  // namespace

std::string encode_document(const Document& doc) {
  Writer w;
  // Close to the final size, so the buffer is not regrown (each regrowth holds two copies at once).
  w.out.reserve(doc.text.size() + doc.tokens.size() * 12 + (doc.sentences.size() + doc.paragraphs.size()) * 16 +
                doc.numbers.size() * 28 + doc.mentions.size() * 20 + doc.strings.size() * 4 + 1024);
  w.out.append(kMagic, 4);
  w.u32(kVersion);
  w.str(doc.text);
  w.u32(uint32_t(doc.tokens.size()));
  for (const Token& t : doc.tokens) {
    w.span(t.span);
    w.u32(uint32_t(t.kind) | uint32_t(t.flags) << 8);
  }
  w.u32(uint32_t(doc.sentences.size()));
  for (const Sentence& s : doc.sentences) {
    w.span(s.span);
    w.u32(s.first_token);
    w.u32(s.end_token);
  }
  w.u32(uint32_t(doc.paragraphs.size()));
  for (const Paragraph& p : doc.paragraphs) {
    w.span(p.span);
    w.u32(p.first_sentence);
    w.u32(p.end_sentence);
  }
  w.u32(doc.strings.size() - 1);  // id 0 ("") is implied
  for (StrId id = 1; id < doc.strings.size(); ++id) w.str(std::string(doc.str(id)));
  w.u32(uint32_t(doc.numbers.size()));
  for (const NumberMention& m : doc.numbers) {
    const NumberDetail& x = doc.detail(m);
    const bool detail = x.hedge != kNoString || x.counted != kNoString || x.counted_span.begin != 0 ||
                        x.counted_span.end != 0 || x.source_entity != -1 || x.source != kNoString;
    const bool max = x.value_max != 0;
    w.span(m.span);
    w.u32(uint32_t(m.type) | (m.has_value ? kHasValue : 0) | (m.is_range ? kIsRange : 0) | (max ? kHasMax : 0) |
          (detail ? kDetail : 0));
    w.f64(m.value);
    if (max) w.f64(x.value_max);
    w.u32(m.normalized);
    w.u32(m.unit);
    if (!detail) continue;
    w.u32(x.hedge);
    w.u32(x.counted);
    w.span(x.counted_span);
    w.i32(x.source_entity);
    w.u32(x.source);
  }
  write_mentions(w, doc.mentions);
  write_mentions(w, doc.inner_mentions);
  w.u32(uint32_t(doc.entities.size()));
  for (const Entity& e : doc.entities) {
    w.u32(uint32_t(e.type));
    w.str(e.canonical);
    w.u32s(e.mentions);
    w.u32s(e.inner_mentions);
  }
  w.u32(uint32_t(doc.quotes.size()));
  for (const Quote& q : doc.quotes) {
    w.span(q.span);
    w.span(q.content);
    w.u32(uint32_t(q.kind));
    w.i32(q.speaker_entity);
    w.span(q.speaker_span);
    w.str(q.speaker);
    w.str(q.cue);
  }
  return std::move(w.out);
}

bool decode_document(std::string_view bytes, Document& out, std::string* error) {
  Reader r;
  r.in = bytes;
  Document d;
  auto done = [&](bool ok) {
    if (ok && r.pos != bytes.size()) ok = r.fail("there are bytes after the last layer");
    if (!ok && error) *error = r.error;
    if (ok) out = std::move(d);
    return ok;
  };
  uint32_t version = 0;
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 4) != 0) return done(r.fail("not a lede document"));
  r.pos = 4;
  if (!r.u32(version)) return done(false);
  if (version != kVersion) return done(r.fail("written by another version of lede"));
  if (!r.str(d.text)) return done(false);
  r.text_size = uint32_t(d.text.size());
  uint32_t n;
  if (!r.count(n, 12)) return done(false);
  d.tokens.resize(n);
  for (Token& t : d.tokens) {
    uint32_t kf;
    if (!r.span(t.span) || !r.u32(kf)) return done(false);
    if ((kf & 0xff) > uint32_t(TokenKind::Symbol)) return done(r.fail("a token kind is out of range"));
    t.kind = TokenKind(kf & 0xff);
    t.flags = uint16_t(kf >> 8);
  }
  if (!r.count(n, 16)) return done(false);
  d.sentences.resize(n);
  for (Sentence& s : d.sentences) {
    if (!r.span(s.span) || !r.u32(s.first_token) || !r.u32(s.end_token)) return done(false);
    if (s.first_token > s.end_token || s.end_token > d.tokens.size()) return done(r.fail("a sentence's tokens are out of range"));
  }
  if (!r.count(n, 16)) return done(false);
  d.paragraphs.resize(n);
  for (Paragraph& p : d.paragraphs) {
    if (!r.span(p.span) || !r.u32(p.first_sentence) || !r.u32(p.end_sentence)) return done(false);
    if (p.first_sentence > p.end_sentence || p.end_sentence > d.sentences.size())
      return done(r.fail("a paragraph's sentences are out of range"));
  }
  if (!r.count(n, 4)) return done(false);
  for (uint32_t i = 1; i <= n; ++i) {
    std::string s;
    if (!r.str(s)) return done(false);
    if (s.empty() || d.strings.intern(s) != i) return done(r.fail("the string table is empty or repeats a string"));
  }
  const size_t strings = d.strings.size();
  auto id = [&](StrId& v) { return r.u32(v) && r.index(v, strings); };
  if (!r.count(n, 28)) return done(false);
  d.numbers.resize(n);
  d.number_details.clear();
  for (NumberMention& m : d.numbers) {
    uint32_t kf;
    if (!r.span(m.span) || !r.u32(kf)) return done(false);
    if ((kf & 0xff) > uint32_t(NumberType::Quantity) || (kf & ~(0xffu | kHasValue | kIsRange | kHasMax | kDetail)) != 0)
      return done(r.fail("a number's type or flags are out of range"));
    m.type = NumberType(kf & 0xff);
    m.has_value = (kf & kHasValue) != 0;
    m.is_range = (kf & kIsRange) != 0;
    NumberDetail x;
    if (!r.f64(m.value) || ((kf & kHasMax) && !r.f64(x.value_max)) || !id(m.normalized) || !id(m.unit)) return done(false);
    if ((kf & kDetail) && (!id(x.hedge) || !id(x.counted) || !r.span(x.counted_span) || !r.i32(x.source_entity) ||
                           !id(x.source)))
      return done(false);
    if (kf & (kHasMax | kDetail)) d.edit_detail(m) = x;
  }
  if (!read_mentions(r, d.mentions) || !read_mentions(r, d.inner_mentions)) return done(false);
  if (!r.count(n, 16)) return done(false);
  d.entities.resize(n);
  for (Entity& e : d.entities) {
    uint32_t k;
    if (!r.u8(reinterpret_cast<uint8_t&>(e.type), 4) || !r.str(e.canonical) || !r.count(k, 4)) return done(false);
    e.mentions.resize(k);
    for (uint32_t& i : e.mentions)
      if (!r.u32(i) || !r.index(i, d.mentions.size())) return done(false);
    if (!r.count(k, 4)) return done(false);
    e.inner_mentions.resize(k);
    for (uint32_t& i : e.inner_mentions)
      if (!r.u32(i) || !r.index(i, d.inner_mentions.size())) return done(false);
  }
  if (!r.count(n, 40)) return done(false);
  d.quotes.resize(n);
  for (Quote& q : d.quotes) {
    if (!r.span(q.span) || !r.span(q.content) || !r.u8(reinterpret_cast<uint8_t&>(q.kind), 2) ||
        !r.i32(q.speaker_entity) || !r.span(q.speaker_span) || !r.str(q.speaker) || !r.str(q.cue))
      return done(false);
    if (!r.index_or_none(q.speaker_entity, d.entities.size())) return done(false);
  }
  // Indices that point forward (into layers read after them) are checked once everything is read.
  for (const NumberDetail& x : d.number_details)
    if (!r.index_or_none(x.source_entity, d.entities.size())) return done(false);
  for (const std::vector<Mention>* layer : {&d.mentions, &d.inner_mentions})
    for (const Mention& m : *layer)
      if (!r.index_or_none(m.entity, d.entities.size())) return done(false);
  return done(true);
}

// A field added to one of these structs must be written and read above; these sizes (64-bit hosts, where
// the unit tests run) change when one is, and point here.
#if UINTPTR_MAX == 0xffffffffffffffffu && defined(__GLIBCXX__)
static_assert(sizeof(Token) == 12, "Token changed: update document_codec.cpp");
static_assert(sizeof(Sentence) == 16, "Sentence changed: update document_codec.cpp");
static_assert(sizeof(Paragraph) == 16, "Paragraph changed: update document_codec.cpp");
static_assert(sizeof(Mention) == 20, "Mention changed: update document_codec.cpp");
static_assert(sizeof(Entity) == 88, "Entity changed: update document_codec.cpp");
static_assert(sizeof(Quote) == 96, "Quote changed: update document_codec.cpp");
static_assert(sizeof(NumberMention) == 32, "NumberMention changed: update document_codec.cpp");
static_assert(sizeof(NumberDetail) == 32, "NumberDetail changed: update document_codec.cpp");
static_assert(sizeof(Document) == 336, "Document changed: update document_codec.cpp");  // (+8: StringTable::recent_, a cache, not data)
#endif

}  // namespace lede
