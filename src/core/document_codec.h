// document_codec.h — a Document as compact bytes and back: how an analysis made in one place (the
// analysis Web Worker, src/platform/worker/) reaches another (the app) without running it twice.
//
//     std::string bytes = lede::encode_document(doc);            // every layer, the text included
//     lede::Document copy;
//     std::string error;
//     if (!lede::decode_document(bytes, copy, &error)) { ... }    // false on damaged or foreign bytes
//
//     lede::DocumentDecoder dec(bytes);                           // the same, a slice at a time: bytes must
//     while (!dec.step(1 << 20)) { /* the next frame */ }         // outlive it; step reads ~1 MB per call
//     if (dec.ok()) copy = dec.take(); else error = dec.error();
//
// Format (version 3): "LDOC", a u32 version (little-endian), then each layer in document.h's order. Counts,
// lengths, ids and enums are unsigned LEB128 varints; a span is its begin's zigzag-coded distance from an
// anchor (the previous token's or sentence's end, the previous mention's, number's or quote's begin, or its
// quote's or number's begin) and its length; index lists are differences; an index that may be -1 is
// written plus one; doubles are their 8 IEEE bytes, except a number's value that is a whole number below
// 2^53, a varint; strings a varint byte length and the bytes. Offsets stay UTF-8 *bytes* into the text,
// exactly as in Document. The number mentions' string table comes before the numbers, which hold its ids; a
// number writes value_max only when it is not 0 and its hedge, counted noun and source only when it has
// one. Why so compact: a text of figures ("$1$1…") has a token every byte and a number every two bytes, and
// the bytes of a 50 MB article must fit a wasm heap next to the Document, in the worker and on the page
// (version 2's fixed-width fields took 27 bytes per input byte there; this takes about 7).
// decode_document() checks every length, span and index against the text and the layers it read, so a
// truncated or altered buffer is refused with a message instead of reaching the UI as a bad index.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/document.h"

namespace lede {

// How much memory the decoded Document may take where it is decoded (the app's page, whose wasm memory ends
// at 4 GB): its layers' counts times their element sizes, the text's bytes, and bytes_per_span more for each
// mention, quote and number (what the caller spends on each afterwards: the reader's highlight and its
// rectangles). A document over max_bytes is refused before its layers are allocated, with an error that
// starts "too large" (a failed allocation would abort the whole module).
struct DecodeLimit {
  size_t max_bytes = SIZE_MAX;
  size_t bytes_per_span = 0;
};

std::string encode_document(const Document& doc);
bool decode_document(std::string_view bytes, Document& out, std::string* error = nullptr, const DecodeLimit& limit = {});

// Decodes in bounded steps, so a large document (a 20 MB article's analysis is tens of MB of bytes) is taken
// in over several frames of a UI instead of one long one. Each layer's vector is reserved and filled item by
// item (no zeroing pass over tens of megabytes before the bytes are read into it).
class DocumentDecoder {
 public:
  explicit DocumentDecoder(std::string_view bytes, const DecodeLimit& limit = {});  // borrows bytes until finished
  ~DocumentDecoder();
  void set_limit(const DecodeLimit& limit);  // before the first step: the memory free when decoding starts
  DocumentDecoder(DocumentDecoder&&) noexcept;
  DocumentDecoder& operator=(DocumentDecoder&&) noexcept;
  // Reads about max_bytes more (at least one item; a whole entity or string at most past it); true once
  // finished, decoded or refused. A max_bytes that reaches the end reads everything.
  bool step(size_t max_bytes);
  bool finished() const;
  bool ok() const;                   // finished and decoded
  const std::string& error() const;  // why it was refused ("" otherwise)
  size_t bytes_read() const;
  Document take();                   // the document, once ok()

 private:
  struct State;
  std::unique_ptr<State> s_;
};

}  // namespace lede
