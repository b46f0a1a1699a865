// one_name_step.h — runs a step after the tagger over one name the test places in a text, and lists the one-word
// names it added: how the tests of add_surname_repeats and add_last_word_repeats read.
//
//     const std::string added = test::one_word_names_added("Ben Player won. … awarding Player the points.",
//                                                          "Ben", "Player", EntityType::Person, Strength::Cue,
//                                                          add_surname_repeats);   // "Player@8 "
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/entities/detail/entity_spans.h"
#include "core/lexicon/token_features.h"
#include "test_util.h"

namespace lede::test {

using NameStep = void (*)(const Document&, const TokenFeatures&, std::vector<NameSpan>&);

// The one-word names `step` adds, "text@token " each, to the name "first last" (its first place in the text,
// typed `type`, backed as `strength`); checks that the spans stay in text order and that none is dropped.
inline std::string one_word_names_added(const std::string& text, const std::string& first, const std::string& last,
                                        EntityType type, Strength strength, NameStep step) {
  Document d = in_sentences(text);
  TokenFeatures f;
  f.build(d);
  std::vector<NameSpan> spans;
  for (uint32_t i = 0; i + 1 < d.tokens.size(); ++i)
    if (d.token_text(i) == first && d.token_text(i + 1) == last) {
      spans.push_back({i, i + 2, type, strength});
      break;
    }
  const size_t before = spans.size();
  step(d, f, spans);
  std::string out;
  for (const NameSpan& s : spans)
    if (s.end == s.first + 1) out += std::string(d.token_text(s.first)) + "@" + std::to_string(s.first) + " ";
  CHECK(spans.size() >= before);
  for (size_t k = 1; k < spans.size(); ++k) CHECK(spans[k - 1].first <= spans[k].first);  // still sorted
  return out;
}

}  // namespace lede::test
