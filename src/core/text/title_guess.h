// title_guess.h — a title for a plain-text article, without cutting anything from the text.
//
//     lede::TitleGuess t = lede::guess_title(text);      // text: clean UTF-8 (text_decode.h), LF line ends
//     article.title = t.title;                          // the whole text is still what gets analysed
//     if (t.headline) draw text[0, t.headline_end_bytes) as the heading (it is part of the text)
//
// A first line is a headline only when it looks like one: short (at most kMaxHeadlineChars code points and
// 20 words), no closing full stop, and followed by a blank line or a dateline ("GAZA, March 4 (Reuters) —",
// a line that is only a date). Otherwise the title is the first sentence, shortened at a word boundary to
// about kShortTitleChars code points with "…"; a leading photo caption (a line ending in a bracketed credit
// such as "[Getty]" or "(Photo: AFP)") is skipped, since it describes a picture, not the story.
// Offsets are UTF-8 bytes into `text`.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace lede {

struct TitleGuess {
  std::string title;              // never empty when the text has a letter or digit
  bool headline = false;          // the first line is a headline and is the title as written
  size_t headline_begin_bytes = 0;  // where that line starts (after leading blank lines)
  size_t headline_end_bytes = 0;    // one past its last byte (before its '\n')
};

constexpr size_t kMaxHeadlineChars = 140;
constexpr size_t kShortTitleChars = 90;

TitleGuess guess_title(std::string_view text);

}  // namespace lede
