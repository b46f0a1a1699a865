// date_resolve.h — relative dates made absolute against the article's publication date.
//
//     lede::resolve_dates(doc, "2025-07-08");   // once the user has confirmed the article date
//     // "Tuesday" -> "2025-07-08", "Monday" -> "2025-07-07", "January 20" (XXXX-01-20) -> "2025-01-20"
//
// News convention: a bare weekday is the most recent such day on or before publication (a report of
// "Tuesday" in a Wednesday paper means yesterday); a month and day without a year is in the
// publication's year unless that puts it more than 60 days after publication (then the year before).
// Only DATE mentions are touched; the original form stays in NumberMention::unit as "was: Tuesday".
#pragma once
#include <string>
#include <string_view>

#include "core/document.h"

namespace lede {

// "" when nothing can be resolved (unknown form, or article_date not YYYY-MM-DD).
std::string resolve_date(std::string_view normalized, std::string_view article_date);
// Resolves every DATE mention it can; returns how many changed.
size_t resolve_dates(Document& doc, std::string_view article_date);

}  // namespace lede
