// number_amount.h — reads one numeric amount at a token: digits ("47,460", "2.1 million", "$11bn"'s
// "11bn"), words ("twenty-one", "half a million", "two thirds") or vague counts ("tens of thousands").
//
//     lede::numctx::Ctx c(doc);
//     lede::Amount a = lede::parse_amount(c, i);
//     if (a.ok) { /* tokens [a.begin, a.end) spell a.value */ }
//
// It knows nothing about units, money or dates: numbers.cpp and number_time.cpp decide what the amount
// counts from the tokens after a.end.
#pragma once
#include <cstdint>

#include "core/numbers/detail/number_context.h"

namespace lede {

struct Amount {
  bool ok = false;
  uint32_t begin = 0, end = 0;  // token range
  double value = 0;
  bool words = false;       // spelled out (at least partly)
  bool ordinal = false;     // "14th", "twenty-first"
  bool vague = false;       // "thousands", "tens of thousands", "dozens" (value is a lower bound)
  bool fraction = false;    // "two thirds", "3/4"
  bool scaled = false;      // a scale word or suffix was applied ("2.1 million", "11bn")
  bool decimal = false;     // digits with a decimal point
  bool grouped = false;     // digits with thousands separators
  bool lone_one = false;    // just the word "one" (often a pronoun)
  bool lone_a = false;      // begins with "a"/"an" ("a dozen", "a half")
  uint32_t digits = 0;      // number of digits of a single plain digits token (0 otherwise)
  int64_t integer = -1;     // value of a single plain integer token (no separators), else -1
};

Amount parse_amount(const numctx::Ctx& c, uint32_t i);

// Parses the digits of one Number token ("47,460", "2.1"); false for times ("10:30") and dotted
// sequences ("192.168.1.2", "1.1.1"). Never overflows: huge numbers become large doubles.
bool digits_value(std::string_view token, double& value, bool& decimal, bool& grouped);

}  // namespace lede
