// titles.h is one list read by two lexicons: each part reaches exactly the readers titles.h says it does.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "core/lexicon/entity_lexicon.h"
#include "core/lexicon/quote_lexicon.h"
#include "core/lexicon/titles.h"

using namespace lede;

TEST_CASE("titles: the shared words are titles to both readers, each reader's own words to it alone") {
  char buf[32];
  for (const std::string_view w : lexicon::kTitleWords) {
    CHECK_MESSAGE(lexicon::is_title(w), std::string(w));
    CHECK_MESSAGE(qlex::is_title(qlex::lower(w, buf)), std::string(w));
  }
  for (const std::string_view w : lexicon::kNameTitleWords) {
    CHECK_MESSAGE(lexicon::is_title(w), std::string(w));
    CHECK_MESSAGE(!qlex::is_title(qlex::lower(w, buf)), std::string(w));
  }
  for (const std::string_view w : lexicon::kSpeakerTitleWords) {
    CHECK_MESSAGE(!lexicon::is_title(w), std::string(w));
    CHECK_MESSAGE(qlex::is_title(qlex::lower(w, buf)), std::string(w));
  }
  CHECK(qlex::is_title("minister"));  // the speaker finder looks words up lower-cased
  CHECK(!lexicon::is_title("minister"));  // the name finder, as written
}
