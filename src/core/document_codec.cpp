// document_codec.cpp — see document_codec.h. The writer and reader below list the fields in the same order;
// the static_asserts at the end catch a field added to a layer without being added here (64-bit hosts).
#include "core/document_codec.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace lede {

namespace {

constexpr char kMagic[4] = {'L', 'D', 'O', 'C'};
// A number's type word: the NumberType in the low 3 bits, then these flags; an ordinary figure's word (a whole
// value, no detail) stays below 128, one varint byte.
static_assert(uint32_t(NumberType::Quantity) <= 7, "a NumberType must fit the type word's 3 bits");
constexpr uint32_t kTypeBits = 7, kWholeValue = 1u << 3,  // the value is a whole number below 2^53, a varint
    kHasValue = 1u << 4, kIsRange = 1u << 5, kHasMax = 1u << 6, kDetail = 1u << 7;
// 2: number strings as ids into one table, optional number fields. 3: varints, spans as deltas.
constexpr uint32_t kVersion = 3;

// Zigzag: small negative and positive differences both become small unsigned numbers (-1 -> 1, 1 -> 2).
uint64_t zig(int64_t v) { return (uint64_t(v) << 1) ^ uint64_t(v >> 63); }
int64_t unzig(uint64_t u) { return int64_t(u >> 1) ^ -int64_t(u & 1); }

// A token's kind and flags in one varint: the kind in the low 3 bits, then the flags with the common ones
// first (space before, has a digit, capitalised, sentence start), so most tokens take one byte.
static_assert(uint32_t(TokenKind::Symbol) <= 7, "a TokenKind must fit the token word's 3 bits");
constexpr int kFlagOrder[8] = {0, 6, 3, 5, 1, 2, 4, 7};  // written flag bit i is TokenFlag bit kFlagOrder[i]
struct FlagTables {
  uint8_t packed[256] = {}, unpacked[256] = {};
  FlagTables() {
    for (int f = 0; f < 256; ++f)
      for (int i = 0; i < 8; ++i)
        if (f >> kFlagOrder[i] & 1) packed[f] = uint8_t(packed[f] | 1 << i);
    for (int f = 0; f < 256; ++f) unpacked[packed[f]] = uint8_t(f);
  }
};
const FlagTables& flag_tables() {
  static const FlagTables t;
  return t;
}
uint32_t pack_token(const FlagTables& ft, const Token& t) {
  return uint32_t(t.kind) | (uint32_t(ft.packed[t.flags & 0xff]) | (t.flags & 0xff00u)) << 3;
}

bool whole(double v) { return v >= 0 && v < 9007199254740992.0 && v == std::floor(v) && !std::signbit(v); }

struct Writer {
  std::string out;
  void u32(uint32_t v) {  // fixed width: the version, which must stay where every version had it
    const char b[4] = {char(v & 0xff), char((v >> 8) & 0xff), char((v >> 16) & 0xff), char((v >> 24) & 0xff)};
    out.append(b, 4);
  }
  void var(uint64_t v) {
    char b[10];
    int n = 0;
    while (v >= 0x80) {
      b[n++] = char(v | 0x80);
      v >>= 7;
    }
    b[n++] = char(v);
    out.append(b, size_t(n));
  }
  void index_or_none(int32_t v) { var(uint32_t(v) + 1u); }  // -1 -> 0
  void f64(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, 8);
    u32(uint32_t(bits));
    u32(uint32_t(bits >> 32));
  }
  void str(std::string_view s) {
    var(s.size());
    out += s;
  }
  // A span as its begin's distance from `anchor` (the previous span's begin or end) and its length.
  void span(ByteSpan s, uint32_t anchor) {
    var(zig(int64_t(s.begin) - int64_t(anchor)));
    var(uint32_t(s.end - s.begin));
  }
  void list(const std::vector<uint32_t>& v) {  // ascending indices as differences
    var(v.size());
    uint32_t prev = 0;
    for (uint32_t x : v) {
      var(zig(int64_t(x) - int64_t(prev)));
      prev = x;
    }
  }
};

struct Reader {
  std::string_view in;
  size_t pos = 0;
  uint32_t text_size = 0;
  std::string error;
  DecodeLimit limit;
  size_t need = 0;  // bytes of memory the layers read so far take, with limit.bytes_per_span for each span

  // Accounts for n more items of `each` bytes: false, with a "too large" error, past limit.max_bytes.
  bool room(size_t n, size_t each) {
    need += n * each;
    if (need <= limit.max_bytes) return true;
    if (error.empty())
      error = "too large for the " + std::to_string(limit.max_bytes >> 20) + " MB of memory left here";
    return false;
  }

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
  bool var64(uint64_t& v) {
    const auto* p = reinterpret_cast<const unsigned char*>(in.data());
    if (pos < in.size() && p[pos] < 0x80) {  // one byte: most gaps, lengths, kinds and ids
      v = p[pos++];
      return true;
    }
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= in.size()) return fail("they end too early");
      const unsigned char b = p[pos++];
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return fail("a number is too long");
  }
  bool var(uint32_t& v) {
    uint64_t u = 0;
    if (!var64(u)) return false;
    if (u > UINT32_MAX) return fail("a number is out of range");
    v = uint32_t(u);
    return true;
  }
  bool signed_var(int64_t& v) {
    uint64_t u;
    if (!var64(u)) return false;
    v = unzig(u);
    return true;
  }
  bool index_or_none(int32_t& v, size_t size) {
    uint32_t u = 0;
    if (!var(u)) return false;
    if (size_t(u) > size) return fail("an index points past its layer");
    v = int32_t(u) - 1;
    return true;
  }
  bool small(uint8_t& v, uint32_t limit) {
    uint32_t u = 0;
    if (!var(u)) return false;
    if (u >= limit) return fail("an enum value is out of range");
    v = uint8_t(u);
    return true;
  }
  bool f64(double& v) {
    uint32_t lo = 0, hi = 0;
    if (!u32(lo) || !u32(hi)) return false;
    const uint64_t bits = uint64_t(hi) << 32 | lo;
    std::memcpy(&v, &bits, 8);
    return true;
  }
  bool str(std::string& s) {
    uint32_t n = 0;
    if (!var(n)) return false;
    if (in.size() - pos < n) return fail("a string runs past the end");
    s.assign(in.data() + pos, n);
    pos += n;
    return true;
  }
  bool span(ByteSpan& s, uint32_t anchor) {
    int64_t d = 0;
    uint32_t len = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(in.data()) + pos;
    if (in.size() - pos >= 2 && ((p[0] | p[1]) & 0x80) == 0) {  // one byte each: a token's gap and length
      d = unzig(p[0]);
      len = p[1];
      pos += 2;
    } else if (!signed_var(d) || !var(len)) {
      return false;
    }
    const int64_t b = int64_t(anchor) + d;
    if (d < -int64_t(UINT32_MAX) || d > int64_t(UINT32_MAX) || b < 0 || b + int64_t(len) > int64_t(text_size))
      return fail("a span lies outside the text");
    s.begin = uint32_t(b);
    s.end = uint32_t(b + len);
    return true;
  }
  // A count of items that each take at least min_bytes: refuses counts the remaining bytes cannot hold,
  // so a damaged count never makes us reserve gigabytes.
  bool count(uint32_t& n, size_t min_bytes) {
    if (!var(n)) return false;
    if (size_t(n) * min_bytes > in.size() - pos) return fail("a count is larger than the data");
    return true;
  }
  bool list(std::vector<uint32_t>& v, size_t size) {
    uint32_t n = 0;
    if (!count(n, 1)) return false;
    v.resize(n);
    int64_t prev = 0;
    for (uint32_t& x : v) {
      int64_t d;
      if (!signed_var(d)) return false;
      if (d < -int64_t(size) || d > int64_t(size) || prev + d < 0 || prev + d >= int64_t(size))
        return fail("an index points past its layer");
      prev += d;
      x = uint32_t(prev);
    }
    return true;
  }
};

void write_mentions(Writer& w, const std::vector<Mention>& v) {
  w.var(v.size());
  uint32_t prev = 0;
  for (const Mention& m : v) {
    w.span(m.span, prev);
    prev = m.span.begin;
    w.var(uint32_t(m.type) | (m.is_alias ? 4u : 0u));
    w.index_or_none(m.entity);
  }
}

// One mention, its span from the previous mention's begin (prev, updated). Entity indices are checked once
// the entities are read (they come after the mentions).
bool read_mention(Reader& r, Mention& m, uint32_t& prev) {
  uint8_t ta;
  if (!r.span(m.span, prev) || !r.small(ta, 8) || !r.index_or_none(m.entity, INT32_MAX - 1)) return false;
  prev = m.span.begin;
  m.type = EntityType(ta & 3);
  m.is_alias = (ta & 4) != 0;
  return true;
}

}  // namespace

std::string encode_document(const Document& doc) {
  Writer w;
  // Close to the final size, so the buffer is not regrown (each regrowth holds two copies at once): a token
  // takes 4 bytes when its gap and length are below 128, a figure about 7.
  w.out.reserve(doc.text.size() + doc.tokens.size() * 4 + (doc.sentences.size() + doc.paragraphs.size()) * 6 +
                doc.numbers.size() * 8 + doc.mentions.size() * 6 + doc.strings.size() * 4 + 1024);
  w.out.append(kMagic, 4);
  w.u32(kVersion);
  w.str(doc.text);
  w.var(doc.tokens.size());
  uint32_t prev = 0;
  const FlagTables& flags = flag_tables();
  for (const Token& t : doc.tokens) {
    w.span(t.span, prev);  // from the previous token's end: usually 0 or 1
    prev = t.span.end;
    w.var(pack_token(flags, t));
  }
  w.var(doc.sentences.size());
  prev = 0;
  uint32_t prev_token = 0;
  for (const Sentence& s : doc.sentences) {
    w.span(s.span, prev);
    prev = s.span.end;
    w.var(zig(int64_t(s.first_token) - int64_t(prev_token)));
    w.var(uint32_t(s.end_token - s.first_token));
    prev_token = s.end_token;
  }
  w.var(doc.paragraphs.size());
  prev = 0;
  uint32_t prev_sentence = 0;
  for (const Paragraph& p : doc.paragraphs) {
    w.span(p.span, prev);
    prev = p.span.end;
    w.var(zig(int64_t(p.first_sentence) - int64_t(prev_sentence)));
    w.var(uint32_t(p.end_sentence - p.first_sentence));
    prev_sentence = p.end_sentence;
  }
  w.var(doc.strings.size() - 1);  // id 0 ("") is implied
  for (StrId id = 1; id < doc.strings.size(); ++id) w.str(doc.str(id));
  w.var(doc.numbers.size());
  prev = 0;
  for (const NumberMention& m : doc.numbers) {
    const NumberDetail& x = doc.detail(m);
    const bool detail = x.hedge != kNoString || x.counted != kNoString || x.counted_span.begin != 0 ||
                        x.counted_span.end != 0 || x.source_entity != -1 || x.source != kNoString;
    const bool max = x.value_max != 0;
    const bool whole_value = whole(m.value);
    w.span(m.span, prev);
    w.var(uint32_t(m.type) | (m.has_value ? kHasValue : 0) | (m.is_range ? kIsRange : 0) | (max ? kHasMax : 0) |
          (detail ? kDetail : 0) | (whole_value ? kWholeValue : 0));
    if (whole_value) w.var(uint64_t(m.value));
    else w.f64(m.value);
    if (max) w.f64(x.value_max);
    w.var(m.normalized);
    w.var(m.unit);
    if (detail) {
      w.var(x.hedge);
      w.var(x.counted);
      w.span(x.counted_span, m.span.begin);
      w.index_or_none(x.source_entity);
      w.var(x.source);
    }
    prev = m.span.begin;
  }
  write_mentions(w, doc.mentions);
  write_mentions(w, doc.inner_mentions);
  w.var(doc.entities.size());
  for (const Entity& e : doc.entities) {
    w.var(uint32_t(e.type));
    w.str(e.canonical);
    w.list(e.mentions);
    w.list(e.inner_mentions);
  }
  w.var(doc.quotes.size());
  prev = 0;
  for (const Quote& q : doc.quotes) {
    w.span(q.span, prev);
    prev = q.span.begin;
    w.span(q.content, q.span.begin);
    w.var(uint32_t(q.kind));
    w.index_or_none(q.speaker_entity);
    w.span(q.speaker_span, q.span.begin);
    w.str(q.speaker);
    w.str(q.cue);
  }
  return std::move(w.out);
}

// The layers in the order they are written; Checks: indices that point forward (into layers read after
// them) are checked once everything is read.
enum class Stage { Header, Text, Tokens, Sentences, Paragraphs, Strings, Numbers, Mentions, InnerMentions, Entities,
                   Quotes, Checks, Done };

struct DocumentDecoder::State {
  Reader r;
  Document d;
  const FlagTables& flags = flag_tables();
  Stage stage = Stage::Header;
  uint32_t n = 0;          // the current layer's item count
  bool counted = false;    // ... read
  uint32_t prev = 0;       // the current layer's span anchor (document_codec.h)
  uint32_t prev_end = 0;   // sentences, paragraphs: the end index of the one before
  size_t checked = 0;      // Checks: items checked so far (number details, then mentions, then inner mentions)
  size_t limit = 0;        // this step reads up to here
  bool failed = false;

  bool more() const { return r.pos < limit; }
  // One layer: its count (refused when over the memory limit, before anything is allocated), then items
  // until the step's limit or the layer's end.
  // each_extra: what the caller spends on each item besides the item itself (DecodeLimit::bytes_per_span).
  template <class T, class ReadOne>
  bool layer(std::vector<T>& v, size_t min_bytes, size_t each_extra, Stage after, ReadOne read_one) {
    if (!counted) {
      if (!r.count(n, min_bytes) || !r.room(n, sizeof(T) + each_extra)) return false;
      v.clear();
      v.reserve(n);
      prev = prev_end = 0;
      counted = true;
    }
    while (v.size() < n && more()) {
      v.emplace_back();
      if (!read_one(v.back())) return false;
    }
    if (v.size() == n) {
      stage = after;
      counted = false;
    }
    return true;
  }
  // A layer's first and end indices into the layer before it (sentences -> tokens, paragraphs -> sentences).
  bool range(uint32_t& first, uint32_t& end, size_t size) {
    int64_t d0 = 0;
    uint32_t len = 0;
    if (!r.signed_var(d0) || !r.var(len)) return false;
    const int64_t f = int64_t(prev_end) + d0;
    if (d0 < -int64_t(size) || d0 > int64_t(size) || f < 0 || f + int64_t(len) > int64_t(size))
      return r.fail("a layer's indices are out of range");
    first = uint32_t(f);
    end = prev_end = uint32_t(f + len);
    return true;
  }
  bool id(StrId& v) { return r.var(v) && (v < d.strings.size() || r.fail("an index points past its layer")); }
  bool token(Token& t);
  bool number(NumberMention& m);
  bool advance();
  bool checks(size_t budget);
};

bool DocumentDecoder::State::token(Token& t) {
  uint32_t packed = 0;
  const size_t left = r.in.size() - r.pos;
  const auto* p = reinterpret_cast<const unsigned char*>(r.in.data()) + r.pos;
  if (left >= 3 && ((p[0] | p[1] | p[2]) & 0x80) == 0) {  // most tokens: three one-byte fields
    const int64_t b = int64_t(prev) + unzig(p[0]);
    if (b < 0 || b + p[1] > int64_t(r.text_size)) return r.fail("a span lies outside the text");
    t.span = ByteSpan{uint32_t(b), uint32_t(b + p[1])};
    packed = p[2];
    r.pos += 3;
  } else if (!r.span(t.span, prev) || !r.var(packed)) {
    return false;
  }
  if ((packed & 7) > uint32_t(TokenKind::Symbol) || (packed >> 3) > UINT16_MAX)
    return r.fail("a token's kind or flags are out of range");
  t.kind = TokenKind(packed & 7);
  t.flags = uint16_t(flags.unpacked[(packed >> 3) & 0xff] | ((packed >> 3) & 0xff00u));
  prev = t.span.end;
  return true;
}

bool DocumentDecoder::State::number(NumberMention& m) {
  uint32_t kf;
  if (!r.span(m.span, prev) || !r.var(kf)) return false;
  prev = m.span.begin;
  if ((kf & kTypeBits) > uint32_t(NumberType::Quantity) ||
      (kf & ~(kTypeBits | kHasValue | kIsRange | kHasMax | kDetail | kWholeValue)) != 0)
    return r.fail("a number's type or flags are out of range");
  m.type = NumberType(kf & kTypeBits);
  m.has_value = (kf & kHasValue) != 0;
  m.is_range = (kf & kIsRange) != 0;
  if (kf & kWholeValue) {
    uint64_t v;
    if (!r.var64(v)) return false;
    if (v >= (uint64_t(1) << 53)) return r.fail("a number's value is out of range");
    m.value = double(v);
  } else if (!r.f64(m.value)) {
    return false;
  }
  NumberDetail x;
  if (((kf & kHasMax) && !r.f64(x.value_max)) || !id(m.normalized) || !id(m.unit)) return false;
  if ((kf & kDetail) && (!id(x.hedge) || !id(x.counted) || !r.span(x.counted_span, m.span.begin) ||
                         !r.index_or_none(x.source_entity, INT32_MAX - 1) || !id(x.source)))
    return false;
  if (kf & (kHasMax | kDetail)) d.edit_detail(m) = x;
  return true;
}

bool DocumentDecoder::State::advance() {
  switch (stage) {
    case Stage::Header: {
      uint32_t version = 0;
      if (r.in.size() < 8 || std::memcmp(r.in.data(), kMagic, 4) != 0) return r.fail("not a lede document");
      r.pos = 4;
      if (!r.u32(version)) return false;
      if (version != kVersion) return r.fail("written by another version of lede");
      if (!r.var(n) || !r.room(n, 1)) return false;
      if (r.in.size() - r.pos < n) return r.fail("a string runs past the end");
      d.text.reserve(n);
      stage = Stage::Text;
      return true;
    }
    case Stage::Text: {  // copied a slice per step too: a large share of a large document's bytes
      const size_t k = std::min(size_t(n) - d.text.size(), limit - r.pos);
      d.text.append(r.in.data() + r.pos, k);
      r.pos += k;
      if (d.text.size() == n) {
        r.text_size = n;
        stage = Stage::Tokens;
      }
      return true;
    }
    case Stage::Tokens:  // a token takes 3 bytes or more (its gap, length, kind and flags)
      return layer(d.tokens, 3, 0, Stage::Sentences, [&](Token& t) { return token(t); });
    case Stage::Sentences:
      return layer(d.sentences, 4, 0, Stage::Paragraphs, [&](Sentence& x) {
        if (!r.span(x.span, prev) || !range(x.first_token, x.end_token, d.tokens.size())) return false;
        prev = x.span.end;
        return true;
      });
    case Stage::Paragraphs:
      return layer(d.paragraphs, 4, 0, Stage::Strings, [&](Paragraph& x) {
        if (!r.span(x.span, prev) || !range(x.first_sentence, x.end_sentence, d.sentences.size())) return false;
        prev = x.span.end;
        return true;
      });
    case Stage::Strings: {  // id 0 ("") is implied: n more follow, each new
      if (!counted) {
        if (!r.count(n, 2)) return false;
        counted = true;
      }
      std::string s;
      while (d.strings.size() <= n && more()) {
        const StrId want = d.strings.size();
        if (!r.str(s)) return false;
        if (s.empty() || d.strings.intern(s) != want) return r.fail("the string table is empty or repeats a string");
      }
      if (d.strings.size() > n) {
        stage = Stage::Numbers;
        counted = false;
        d.number_details.clear();
      }
      return true;
    }
    case Stage::Numbers:
      return layer(d.numbers, 6, r.limit.bytes_per_span, Stage::Mentions, [&](NumberMention& m) { return number(m); });
    case Stage::Mentions:
      return layer(d.mentions, 4, r.limit.bytes_per_span, Stage::InnerMentions, [&](Mention& m) { return read_mention(r, m, prev); });
    case Stage::InnerMentions:
      return layer(d.inner_mentions, 4, 0, Stage::Entities, [&](Mention& m) { return read_mention(r, m, prev); });
    case Stage::Entities:
      return layer(d.entities, 4, 0, Stage::Quotes, [&](Entity& e) {
        return r.small(reinterpret_cast<uint8_t&>(e.type), 4) && r.str(e.canonical) &&
               r.list(e.mentions, d.mentions.size()) && r.list(e.inner_mentions, d.inner_mentions.size());
      });
    case Stage::Quotes:
      if (!layer(d.quotes, 10, r.limit.bytes_per_span, Stage::Checks, [&](Quote& q) {
            if (!r.span(q.span, prev) || !r.span(q.content, q.span.begin) ||
                !r.small(reinterpret_cast<uint8_t&>(q.kind), 2) || !r.index_or_none(q.speaker_entity, d.entities.size()) ||
                !r.span(q.speaker_span, q.span.begin) || !r.str(q.speaker) || !r.str(q.cue))
              return false;
            prev = q.span.begin;
            return true;
          }))
        return false;
      if (stage == Stage::Checks && r.pos != r.in.size()) return r.fail("there are bytes after the last layer");
      return true;
    case Stage::Checks:
    case Stage::Done:
      return true;
  }
  return true;
}

// Checks up to `budget` items: a number detail's source and each mention's entity exist.
bool DocumentDecoder::State::checks(size_t budget) {
  const size_t e = d.entities.size();
  const size_t a = d.number_details.size(), b = a + d.mentions.size(), c = b + d.inner_mentions.size();
  for (; checked < c && budget > 0; ++checked, --budget) {
    const int32_t i = checked < a   ? d.number_details[checked].source_entity
                      : checked < b ? d.mentions[checked - a].entity
                                    : d.inner_mentions[checked - b].entity;
    if (i >= 0 && size_t(i) >= e) return r.fail("an index points past its layer");
  }
  if (checked == c) stage = Stage::Done;
  return true;
}

DocumentDecoder::DocumentDecoder(std::string_view bytes, const DecodeLimit& limit) : s_(std::make_unique<State>()) {
  s_->r.in = bytes;
  s_->r.limit = limit;
}
void DocumentDecoder::set_limit(const DecodeLimit& limit) { s_->r.limit = limit; }
DocumentDecoder::~DocumentDecoder() = default;
DocumentDecoder::DocumentDecoder(DocumentDecoder&&) noexcept = default;
DocumentDecoder& DocumentDecoder::operator=(DocumentDecoder&&) noexcept = default;

bool DocumentDecoder::step(size_t max_bytes) {
  State& s = *s_;
  const size_t left = s.r.in.size() - s.r.pos;
  // A step that may reach the end reads on without a limit: a truncated layer then fails on its missing
  // bytes instead of waiting for more.
  s.limit = max_bytes >= left ? SIZE_MAX : s.r.pos + std::max<size_t>(max_bytes, 1);
  while (!finished()) {
    if (s.stage == Stage::Checks) {
      // A check costs less than reading a 1-byte field does.
      if (!s.checks(s.limit == SIZE_MAX ? SIZE_MAX : std::max<size_t>(max_bytes, 1))) s.failed = true;
      break;
    }
    if (!s.more()) break;
    if (!s.advance()) s.failed = true;
  }
  return finished();
}

bool DocumentDecoder::finished() const { return s_->failed || s_->stage == Stage::Done; }
bool DocumentDecoder::ok() const { return !s_->failed && s_->stage == Stage::Done; }
const std::string& DocumentDecoder::error() const { return s_->r.error; }
size_t DocumentDecoder::bytes_read() const { return s_->r.pos; }
Document DocumentDecoder::take() { return std::move(s_->d); }

bool decode_document(std::string_view bytes, Document& out, std::string* error, const DecodeLimit& limit) {
  DocumentDecoder dec(bytes, limit);
  dec.step(SIZE_MAX);
  if (!dec.ok()) {
    if (error) *error = dec.error();
    return false;
  }
  out = dec.take();
  return true;
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
