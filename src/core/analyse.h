// analyse.h — the whole pipeline in one call. Start here.
//
//     lede::Document doc = lede::analyse(text);   // any bytes: invalid UTF-8 and NULs are repaired first
//
// Order (each step adds one layer to the Document; see document.h):
//     tokenize -> split_sentences -> find_numbers -> find_entities -> find_quotes -> attach_number_sources
// Each step is also callable alone (tokenizer.h, sentences.h, numbers.h, entities.h, quotes.h) for tests.
#pragma once
#include <string_view>

#include "core/document.h"

namespace lede {

Document analyse(std::string_view text);

}  // namespace lede
