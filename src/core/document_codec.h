// document_codec.h — a Document as compact bytes and back: how an analysis made in one place (the
// analysis Web Worker, src/platform/worker/) reaches another (the app) without running it twice.
//
//     std::string bytes = lede::encode_document(doc);            // every layer, the text included
//     lede::Document copy;
//     std::string error;
//     if (!lede::decode_document(bytes, copy, &error)) { ... }    // false on damaged or foreign bytes
//
// Format (version 2): "LDOC", u32 version, then each layer in document.h's order. Integers are
// little-endian u32 (i32 as its two's complement), doubles their 8 IEEE bytes, strings a u32 byte length
// and the bytes. Offsets stay UTF-8 *bytes* into the text, exactly as in Document. The number mentions'
// string table comes before the numbers, which hold its ids; a number writes value_max only when it is
// not 0 and its hedge, counted noun and source only when it has one (a text of figures has a mention
// every two bytes: the bytes of a 50 MB article must fit a wasm heap next to the Document).
// decode_document() checks every length, span and index against the text and the layers it read, so a
// truncated or altered buffer is refused with a message instead of reaching the UI as a bad index.
#pragma once
#include <string>
#include <string_view>

#include "core/document.h"

namespace lede {

std::string encode_document(const Document& doc);
bool decode_document(std::string_view bytes, Document& out, std::string* error = nullptr);

}  // namespace lede
