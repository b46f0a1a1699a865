// number_lexicon.cpp — word tables for the numbers analyser, stored in a small open-addressing hash
// table built once on first use (one lookup per token keeps the recogniser fast).
#include "core/lexicon/number_lexicon.h"

#include <cstring>

namespace lede::numlex {
namespace {

struct Row {
  const char* word;
  uint32_t role;
  double value;
  double scale;
  uint8_t index;
  bool plural;
  const char* code;
  bool pt;
};

// The word lists are ordinary English vocabulary written for lede.
const Row kRows[] = {
    // cardinals
    {"zero", kCardinal, 0, 0, 0, false, "", false}, {"nought", kCardinal, 0, 0, 0, false, "", false},
    {"naught", kCardinal, 0, 0, 0, false, "", false}, {"one", kCardinal, 1, 0, 0, false, "", false},
    {"two", kCardinal, 2, 0, 0, false, "", false}, {"three", kCardinal, 3, 0, 0, false, "", false},
    {"four", kCardinal, 4, 0, 0, false, "", false}, {"five", kCardinal, 5, 0, 0, false, "", false},
    {"six", kCardinal, 6, 0, 0, false, "", false}, {"seven", kCardinal, 7, 0, 0, false, "", false},
    {"eight", kCardinal, 8, 0, 0, false, "", false}, {"nine", kCardinal, 9, 0, 0, false, "", false},
    {"ten", kCardinal, 10, 0, 0, false, "", false}, {"eleven", kCardinal, 11, 0, 0, false, "", false},
    {"twelve", kCardinal, 12, 0, 0, false, "", false}, {"thirteen", kCardinal, 13, 0, 0, false, "", false},
    {"fourteen", kCardinal, 14, 0, 0, false, "", false}, {"fifteen", kCardinal, 15, 0, 0, false, "", false},
    {"sixteen", kCardinal, 16, 0, 0, false, "", false}, {"seventeen", kCardinal, 17, 0, 0, false, "", false},
    {"eighteen", kCardinal, 18, 0, 0, false, "", false}, {"nineteen", kCardinal, 19, 0, 0, false, "", false},
    {"twenty", kCardinal, 20, 0, 0, false, "", false}, {"thirty", kCardinal, 30, 0, 0, false, "", false},
    {"forty", kCardinal, 40, 0, 0, false, "", false}, {"fifty", kCardinal, 50, 0, 0, false, "", false},
    {"sixty", kCardinal, 60, 0, 0, false, "", false}, {"seventy", kCardinal, 70, 0, 0, false, "", false},
    {"eighty", kCardinal, 80, 0, 0, false, "", false}, {"ninety", kCardinal, 90, 0, 0, false, "", false},
    // ordinals (some double as fraction denominators)
    {"first", kOrdinal, 1, 0, 0, false, "", false}, {"second", kOrdinal, 2, 0, 0, false, "", false},
    {"third", kOrdinal | kFraction, 3, 0, 0, false, "", false},
    {"fourth", kOrdinal | kFraction, 4, 0, 0, false, "", false},
    {"fifth", kOrdinal | kFraction, 5, 0, 0, false, "", false},
    {"sixth", kOrdinal | kFraction, 6, 0, 0, false, "", false},
    {"seventh", kOrdinal | kFraction, 7, 0, 0, false, "", false},
    {"eighth", kOrdinal | kFraction, 8, 0, 0, false, "", false},
    {"ninth", kOrdinal | kFraction, 9, 0, 0, false, "", false},
    {"nineth", kOrdinal, 9, 0, 0, false, "", false},
    {"tenth", kOrdinal | kFraction, 10, 0, 0, false, "", false},
    {"eleventh", kOrdinal, 11, 0, 0, false, "", false}, {"twelfth", kOrdinal, 12, 0, 0, false, "", false},
    {"thirteenth", kOrdinal, 13, 0, 0, false, "", false}, {"fourteenth", kOrdinal, 14, 0, 0, false, "", false},
    {"fifteenth", kOrdinal, 15, 0, 0, false, "", false}, {"sixteenth", kOrdinal, 16, 0, 0, false, "", false},
    {"seventeenth", kOrdinal, 17, 0, 0, false, "", false}, {"eighteenth", kOrdinal, 18, 0, 0, false, "", false},
    {"nineteenth", kOrdinal, 19, 0, 0, false, "", false}, {"twentieth", kOrdinal, 20, 0, 0, false, "", false},
    {"thirtieth", kOrdinal, 30, 0, 0, false, "", false}, {"fortieth", kOrdinal, 40, 0, 0, false, "", false},
    {"fiftieth", kOrdinal, 50, 0, 0, false, "", false}, {"sixtieth", kOrdinal, 60, 0, 0, false, "", false},
    {"seventieth", kOrdinal, 70, 0, 0, false, "", false}, {"eightieth", kOrdinal, 80, 0, 0, false, "", false},
    {"ninetieth", kOrdinal, 90, 0, 0, false, "", false},
    {"hundredth", kOrdinal | kFraction, 100, 0, 0, false, "", false},
    {"thousandth", kOrdinal | kFraction, 1000, 0, 0, false, "", false},
    {"millionth", kOrdinal | kFraction, 1e6, 0, 0, false, "", false},
    {"billionth", kOrdinal | kFraction, 1e9, 0, 0, false, "", false},
    {"trillionth", kOrdinal | kFraction, 1e12, 0, 0, false, "", false},
    // fractions
    {"half", kFraction, 2, 0, 0, false, "", false}, {"halves", kFraction, 2, 0, 0, true, "", false},
    {"quarter", kFraction, 4, 0, 0, false, "", false}, {"quarters", kFraction, 4, 0, 0, true, "", false},
    {"firsts", kFraction, 1, 0, 0, true, "", false}, {"thirds", kFraction, 3, 0, 0, true, "", false}, {"fourths", kFraction, 4, 0, 0, true, "", false},
    {"fifths", kFraction, 5, 0, 0, true, "", false}, {"sixths", kFraction, 6, 0, 0, true, "", false},
    {"sevenths", kFraction, 7, 0, 0, true, "", false}, {"eighths", kFraction, 8, 0, 0, true, "", false},
    {"ninths", kFraction, 9, 0, 0, true, "", false}, {"tenths", kFraction, 10, 0, 0, true, "", false},
    {"hundredths", kFraction, 100, 0, 0, true, "", false}, {"thousandths", kFraction, 1000, 0, 0, true, "", false},
    {"millionths", kFraction, 1e6, 0, 0, true, "", false}, {"billionths", kFraction, 1e9, 0, 0, true, "", false},
    {"trillionths", kFraction, 1e12, 0, 0, true, "", false},
    // scales
    {"hundred", kScale, 0, 1e2, 0, false, "", false}, {"thousand", kScale, 0, 1e3, 0, false, "", false},
    {"million", kScale, 0, 1e6, 0, false, "", false}, {"billion", kScale, 0, 1e9, 0, false, "", false},
    {"trillion", kScale, 0, 1e12, 0, false, "", false}, {"lakh", kScale, 0, 1e5, 0, false, "", false},
    {"crore", kScale, 0, 1e7, 0, false, "", false}, {"bn", kScale, 0, 1e9, 0, false, "", false},
    {"mn", kScale, 0, 1e6, 0, false, "", false}, {"mln", kScale, 0, 1e6, 0, false, "", false},
    {"bln", kScale, 0, 1e9, 0, false, "", false}, {"tln", kScale, 0, 1e12, 0, false, "", false},
    {"tn", kScale, 0, 1e12, 0, false, "", false}, {"mil", kScale, 0, 1e6, 0, false, "", false},
    {"k", kScale, 0, 1e3, 0, false, "", false}, {"m", kScale, 0, 1e6, 0, false, "", false},
    {"b", kScale, 0, 1e9, 0, false, "", false},
    // vague quantities
    {"dozens", kVague, 12, 0, 0, true, "", false}, {"hundreds", kVague, 100, 0, 0, true, "", false},
    {"thousands", kVague, 1e3, 0, 0, true, "", false}, {"millions", kVague, 1e6, 0, 0, true, "", false},
    {"billions", kVague, 1e9, 0, 0, true, "", false}, {"trillions", kVague, 1e12, 0, 0, true, "", false},
    {"tens", kVague, 10, 0, 0, true, "", false},
    {"dozen", kDozen, 12, 0, 0, false, "", false}, {"dzs", kDozen, 12, 0, 0, true, "", false},
    {"dozs", kDozen, 12, 0, 0, true, "", false},
    // months
    {"january", kMonth, 0, 0, 1, false, "", false}, {"february", kMonth, 0, 0, 2, false, "", false},
    {"march", kMonth, 0, 0, 3, false, "", false}, {"april", kMonth, 0, 0, 4, false, "", false},
    {"may", kMonth, 0, 0, 5, false, "", false}, {"june", kMonth, 0, 0, 6, false, "", false},
    {"july", kMonth, 0, 0, 7, false, "", false}, {"august", kMonth, 0, 0, 8, false, "", false},
    {"september", kMonth, 0, 0, 9, false, "", false}, {"october", kMonth, 0, 0, 10, false, "", false},
    {"november", kMonth, 0, 0, 11, false, "", false}, {"december", kMonth, 0, 0, 12, false, "", false},
    {"jan", kMonth, 0, 0, 1, false, "abbr", false}, {"feb", kMonth, 0, 0, 2, false, "abbr", false},
    {"mar", kMonth, 0, 0, 3, false, "abbr", false}, {"apr", kMonth, 0, 0, 4, false, "abbr", false},
    {"jun", kMonth, 0, 0, 6, false, "abbr", false}, {"jul", kMonth, 0, 0, 7, false, "abbr", false},
    {"aug", kMonth, 0, 0, 8, false, "abbr", false}, {"sep", kMonth, 0, 0, 9, false, "abbr", false},
    {"sept", kMonth, 0, 0, 9, false, "abbr", false}, {"oct", kMonth, 0, 0, 10, false, "abbr", false},
    {"nov", kMonth, 0, 0, 11, false, "abbr", false}, {"dec", kMonth, 0, 0, 12, false, "abbr", false},
    // weekdays
    {"monday", kWeekday, 0, 0, 1, false, "", false}, {"tuesday", kWeekday, 0, 0, 2, false, "", false},
    {"wednesday", kWeekday, 0, 0, 3, false, "", false}, {"thursday", kWeekday, 0, 0, 4, false, "", false},
    {"friday", kWeekday, 0, 0, 5, false, "", false}, {"saturday", kWeekday, 0, 0, 6, false, "", false},
    {"sunday", kWeekday, 0, 0, 7, false, "", false},
    // currencies (after the amount)
    {"dollar", kCurrency, 0, 0, 0, false, "USD", false}, {"dollars", kCurrency, 0, 0, 0, true, "USD", false},
    {"euro", kCurrency, 0, 0, 0, false, "EUR", false}, {"euros", kCurrency, 0, 0, 0, true, "EUR", false},
    {"pound", kCurrency, 0, 0, 0, false, "GBP", false}, {"pounds", kCurrency, 0, 0, 0, true, "GBP", false},
    {"sterling", kCurrency, 0, 0, 0, false, "GBP", false},
    {"cent", kCurrency, 0.01, 0, 0, false, "USD", false}, {"cents", kCurrency, 0.01, 0, 0, true, "USD", false},
    {"pence", kCurrency, 0.01, 0, 0, true, "GBP", false}, {"yen", kCurrency, 0, 0, 0, false, "JPY", false},
    {"yuan", kCurrency, 0, 0, 0, false, "CNY", false}, {"renminbi", kCurrency, 0, 0, 0, false, "CNY", false},
    {"rupee", kCurrency, 0, 0, 0, false, "INR", false}, {"rupees", kCurrency, 0, 0, 0, true, "INR", false},
    {"shekel", kCurrency, 0, 0, 0, false, "ILS", false}, {"shekels", kCurrency, 0, 0, 0, true, "ILS", false},
    {"riyal", kCurrency, 0, 0, 0, false, "SAR", false}, {"riyals", kCurrency, 0, 0, 0, true, "SAR", false},
    {"dirham", kCurrency, 0, 0, 0, false, "AED", false}, {"dirhams", kCurrency, 0, 0, 0, true, "AED", false},
    {"dinar", kCurrency, 0, 0, 0, false, "DIN", false}, {"dinars", kCurrency, 0, 0, 0, true, "DIN", false},
    {"franc", kCurrency, 0, 0, 0, false, "CHF", false}, {"francs", kCurrency, 0, 0, 0, true, "CHF", false},
    {"peso", kCurrency, 0, 0, 0, false, "PESO", false}, {"pesos", kCurrency, 0, 0, 0, true, "PESO", false},
    {"rouble", kCurrency, 0, 0, 0, false, "RUB", false}, {"roubles", kCurrency, 0, 0, 0, true, "RUB", false},
    {"ruble", kCurrency, 0, 0, 0, false, "RUB", false}, {"rubles", kCurrency, 0, 0, 0, true, "RUB", false},
    {"lira", kCurrency, 0, 0, 0, false, "TRY", false}, {"rand", kCurrency, 0, 0, 0, false, "ZAR", false},
    {"naira", kCurrency, 0, 0, 0, false, "NGN", false}, {"hryvnia", kCurrency, 0, 0, 0, false, "UAH", false},
    {"bitcoin", kCurrency, 0, 0, 0, false, "BTC", false},
    {"penny", kCurrency, 0.01, 0, 0, false, "GBP", false}, {"pennies", kCurrency, 0.01, 0, 0, true, "GBP", false},
    {"peseta", kCurrency, 0, 0, 0, false, "ESP", false}, {"pesetas", kCurrency, 0, 0, 0, true, "ESP", false},
    {"markka", kCurrency, 0, 0, 0, false, "FIM", false}, {"lire", kCurrency, 0, 0, 0, true, "ITL", false},
    {"krona", kCurrency, 0, 0, 0, false, "SEK", false}, {"kronor", kCurrency, 0, 0, 0, true, "SEK", false},
    {"krone", kCurrency, 0, 0, 0, false, "NOK", false}, {"kroner", kCurrency, 0, 0, 0, true, "NOK", false},
    {"zloty", kCurrency, 0, 0, 0, false, "PLN", false}, {"ringgit", kCurrency, 0, 0, 0, false, "MYR", false},
    {"zlotys", kCurrency, 0, 0, 0, true, "PLN", false}, {"forint", kCurrency, 0, 0, 0, false, "HUF", false},
    {"forints", kCurrency, 0, 0, 0, true, "HUF", false}, {"baht", kCurrency, 0, 0, 0, false, "THB", false},
    {"rupiah", kCurrency, 0, 0, 0, false, "IDR", false}, {"reais", kCurrency, 0, 0, 0, true, "BRL", false},
    {"shilling", kCurrency, 0, 0, 0, false, "SHILLING", false},
    {"shillings", kCurrency, 0, 0, 0, true, "SHILLING", false},
    // ("crowns": the English name of the Swedish, Danish, Norwegian, Czech … crown; which one the text says)
    {"crown", kCurrency, 0, 0, 0, false, "CROWN", false}, {"crowns", kCurrency, 0, 0, 0, true, "CROWN", false},
    {"usd", kCurrency, 0, 0, 0, false, "USD", false}, {"eur", kCurrency, 0, 0, 0, false, "EUR", false},
    {"gbp", kCurrency, 0, 0, 0, false, "GBP", false}, {"jpy", kCurrency, 0, 0, 0, false, "JPY", false},
    {"cny", kCurrency, 0, 0, 0, false, "CNY", false}, {"chf", kCurrency, 0, 0, 0, false, "CHF", false},
    {"cad", kCurrency, 0, 0, 0, false, "CAD", false}, {"aud", kCurrency, 0, 0, 0, false, "AUD", false},
    {"inr", kCurrency, 0, 0, 0, false, "INR", false}, {"ils", kCurrency, 0, 0, 0, false, "ILS", false},
    {"rmb", kCurrency, 0, 0, 0, false, "CNY", false},
    // measurement units
    {"km", kUnit, 0, 0, 0, false, "km", false}, {"kms", kUnit, 0, 0, 0, true, "km", false},
    {"kilometre", kUnit, 0, 0, 0, false, "km", false}, {"kilometres", kUnit, 0, 0, 0, true, "km", false},
    {"kilometer", kUnit, 0, 0, 0, false, "km", false}, {"kilometers", kUnit, 0, 0, 0, true, "km", false},
    {"mile", kUnit, 0, 0, 0, false, "mile", false}, {"miles", kUnit, 0, 0, 0, true, "mile", false},
    {"metre", kUnit, 0, 0, 0, false, "m", false}, {"metres", kUnit, 0, 0, 0, true, "m", false},
    {"meter", kUnit, 0, 0, 0, false, "m", false}, {"meters", kUnit, 0, 0, 0, true, "m", false},
    {"cm", kUnit, 0, 0, 0, false, "cm", false}, {"mm", kUnit, 0, 0, 0, false, "mm", false},
    {"millimetre", kUnit, 0, 0, 0, false, "mm", false}, {"millimetres", kUnit, 0, 0, 0, true, "mm", false},
    {"millimeter", kUnit, 0, 0, 0, false, "mm", false}, {"millimeters", kUnit, 0, 0, 0, true, "mm", false},
    {"centimetres", kUnit, 0, 0, 0, true, "cm", false}, {"centimeters", kUnit, 0, 0, 0, true, "cm", false},
    {"kg", kUnit, 0, 0, 0, false, "kg", false}, {"kgs", kUnit, 0, 0, 0, true, "kg", false},
    {"kilogram", kUnit, 0, 0, 0, false, "kg", false}, {"kilograms", kUnit, 0, 0, 0, true, "kg", false},
    {"kilo", kUnit, 0, 0, 0, false, "kg", false}, {"kilos", kUnit, 0, 0, 0, true, "kg", false},
    {"gram", kUnit, 0, 0, 0, false, "g", false}, {"grams", kUnit, 0, 0, 0, true, "g", false},
    {"tonne", kUnit, 0, 0, 0, false, "t", false}, {"tonnes", kUnit, 0, 0, 0, true, "t", false},
    {"ton", kUnit, 0, 0, 0, false, "ton", false}, {"tons", kUnit, 0, 0, 0, true, "ton", false},
    {"lb", kUnit, 0, 0, 0, false, "lb", false}, {"lbs", kUnit, 0, 0, 0, true, "lb", false},
    {"ounce", kUnit, 0, 0, 0, false, "oz", false}, {"ounces", kUnit, 0, 0, 0, true, "oz", false},
    {"oz", kUnit, 0, 0, 0, false, "oz", false},
    {"foot", kUnit, 0, 0, 0, false, "ft", false}, {"feet", kUnit, 0, 0, 0, true, "ft", false},
    {"ft", kUnit, 0, 0, 0, false, "ft", false}, {"inch", kUnit, 0, 0, 0, false, "in", false},
    {"inches", kUnit, 0, 0, 0, true, "in", false}, {"yard", kUnit, 0, 0, 0, false, "yd", false},
    {"yards", kUnit, 0, 0, 0, true, "yd", false},
    {"acre", kUnit, 0, 0, 0, false, "acre", false}, {"acres", kUnit, 0, 0, 0, true, "acre", false},
    {"hectare", kUnit, 0, 0, 0, false, "ha", false}, {"hectares", kUnit, 0, 0, 0, true, "ha", false},
    {"litre", kUnit, 0, 0, 0, false, "l", false}, {"litres", kUnit, 0, 0, 0, true, "l", false},
    {"liter", kUnit, 0, 0, 0, false, "l", false}, {"liters", kUnit, 0, 0, 0, true, "l", false},
    {"gallon", kUnit, 0, 0, 0, false, "gal", false}, {"gallons", kUnit, 0, 0, 0, true, "gal", false},
    {"barrel", kUnit, 0, 0, 0, false, "bbl", false}, {"barrels", kUnit, 0, 0, 0, true, "bbl", false},
    {"bpd", kUnit, 0, 0, 0, false, "bbl/d", false},
    {"kb", kUnit, 0, 0, 0, false, "KB", false}, {"mb", kUnit, 0, 0, 0, false, "MB", false},
    {"gb", kUnit, 0, 0, 0, false, "GB", false}, {"tb", kUnit, 0, 0, 0, false, "TB", false},
    {"ghz", kUnit, 0, 0, 0, false, "GHz", false}, {"mhz", kUnit, 0, 0, 0, false, "MHz", false},
    {"mph", kUnit, 0, 0, 0, false, "mph", false}, {"kph", kUnit, 0, 0, 0, false, "km/h", false},
    {"degree", kUnit, 0, 0, 0, false, "deg", false}, {"degrees", kUnit, 0, 0, 0, true, "deg", false},
    {"celsius", kUnit, 0, 0, 0, false, "C", false}, {"fahrenheit", kUnit, 0, 0, 0, false, "F", false},
    {"kw", kUnit, 0, 0, 0, false, "kW", false}, {"mw", kUnit, 0, 0, 0, false, "MW", false},
    {"gw", kUnit, 0, 0, 0, false, "GW", false}, {"kwh", kUnit, 0, 0, 0, false, "kWh", false},
    {"megawatts", kUnit, 0, 0, 0, true, "MW", false}, {"gigawatts", kUnit, 0, 0, 0, true, "GW", false},
    {"watts", kUnit, 0, 0, 0, true, "W", false}, {"volts", kUnit, 0, 0, 0, true, "V", false},
    {"knots", kUnit, 0, 0, 0, true, "kn", false}, {"km2", kUnit, 0, 0, 0, false, "km2", false},
    {"calories", kUnit, 0, 0, 0, true, "kcal", false},
    // time units (code: the ISO 8601 designator; decades and centuries are scaled years)
    {"second", kTimeUnit, 0, 1, 0, false, "S", true}, {"seconds", kTimeUnit, 0, 1, 0, true, "S", true},
    {"sec", kTimeUnit, 0, 1, 0, false, "S", true}, {"secs", kTimeUnit, 0, 1, 0, true, "S", true},
    {"minute", kTimeUnit, 0, 1, 0, false, "M", true}, {"minutes", kTimeUnit, 0, 1, 0, true, "M", true},
    {"mins", kTimeUnit, 0, 1, 0, true, "M", true},
    {"hour", kTimeUnit, 0, 1, 0, false, "H", true}, {"hours", kTimeUnit, 0, 1, 0, true, "H", true},
    {"hrs", kTimeUnit, 0, 1, 0, true, "H", true},
    {"day", kTimeUnit, 0, 1, 0, false, "D", false}, {"days", kTimeUnit, 0, 1, 0, true, "D", false},
    {"week", kTimeUnit, 0, 1, 0, false, "W", false}, {"weeks", kTimeUnit, 0, 1, 0, true, "W", false},
    {"month", kTimeUnit, 0, 1, 0, false, "M", false}, {"months", kTimeUnit, 0, 1, 0, true, "M", false},
    {"year", kTimeUnit, 0, 1, 0, false, "Y", false}, {"years", kTimeUnit, 0, 1, 0, true, "Y", false},
    {"yr", kTimeUnit, 0, 1, 0, false, "Y", false}, {"yrs", kTimeUnit, 0, 1, 0, true, "Y", false},
    {"decade", kTimeUnit, 0, 10, 0, false, "Y", false}, {"decades", kTimeUnit, 0, 10, 0, true, "Y", false},
    {"century", kTimeUnit, 0, 100, 0, false, "Y", false},
    {"centuries", kTimeUnit, 0, 100, 0, true, "Y", false},
    // relative dates and parts of days
    {"today", kRelDay, 0, 0, 0, false, "", false}, {"yesterday", kRelDay, -1, 0, 0, false, "", false},
    {"tomorrow", kRelDay, 1, 0, 0, false, "", false}, {"tonight", kRelDay, 0, 0, 0, false, "", false},
    {"this", kDeictic, 0, 0, 0, false, "", false}, {"last", kDeictic, -1, 0, 0, false, "", false},
    {"next", kDeictic, 1, 0, 0, false, "", false}, {"past", kDeictic, -1, 0, 0, false, "", false},
    {"coming", kDeictic, 1, 0, 0, false, "", false}, {"following", kDeictic, 1, 0, 0, false, "", false}, {"previous", kDeictic, -1, 0, 0, false, "", false},
    {"morning", kDayPart, 0, 0, 0, false, "MO", false}, {"afternoon", kDayPart, 0, 0, 0, false, "AF", false},
    {"evening", kDayPart, 0, 0, 0, false, "EV", false}, {"night", kDayPart, 0, 0, 0, false, "NI", false},
    {"noon", kDayPartTime, 12, 0, 0, false, "12:00", false}, {"midday", kDayPartTime, 12, 0, 0, false, "12:00", false},
    {"midnight", kDayPartTime, 0, 0, 0, false, "00:00", false},
    {"spring", kSeason, 0, 0, 0, false, "SP", false}, {"summer", kSeason, 0, 0, 0, false, "SU", false},
    {"autumn", kSeason, 0, 0, 0, false, "FA", false}, {"fall", kSeason, 0, 0, 0, false, "FA", false},
    {"winter", kSeason, 0, 0, 0, false, "WI", false},
    // calendar words that only count after "the"
    {"weekend", kDecadeWord, 0, 0, 0, false, "", false}, {"twenties", kDecadeWord, 0, 0, 0, true, "", false},
    {"thirties", kDecadeWord, 0, 0, 0, true, "", false}, {"forties", kDecadeWord, 0, 0, 0, true, "", false},
    {"fifties", kDecadeWord, 0, 0, 0, true, "", false}, {"sixties", kDecadeWord, 0, 0, 0, true, "", false},
    {"seventies", kDecadeWord, 0, 0, 0, true, "", false}, {"eighties", kDecadeWord, 0, 0, 0, true, "", false},
    {"nineties", kDecadeWord, 0, 0, 0, true, "", false},
    // holidays
    {"christmas", kHoliday, 0, 0, 0, false, "XMAS", false}, {"easter", kHoliday, 0, 0, 0, false, "EASTER", false},
    {"thanksgiving", kHoliday, 0, 0, 0, false, "THANKSGIVING", false},
    {"ramadan", kHoliday, 0, 0, 0, false, "RAMADAN", false}, {"eid", kHoliday, 0, 0, 0, false, "EID", false},
    {"hanukkah", kHoliday, 0, 0, 0, false, "HANUKKAH", false}, {"passover", kHoliday, 0, 0, 0, false, "PASSOVER", false},
    {"diwali", kHoliday, 0, 0, 0, false, "DIWALI", false}, {"halloween", kHoliday, 0, 0, 0, false, "HALLOWEEN", false},
    // others
    {"percent", kPercent, 0, 0, 0, false, "", false}, {"percents", kPercent, 0, 0, 0, true, "", false},
    {"percentage", kPercent, 0, 0, 0, false, "", false}, {"pct", kPercent, 0, 0, 0, false, "", false},
    {"minus", kNegative, 0, 0, 0, false, "", false}, {"negative", kNegative, 0, 0, 0, false, "", false},
    {"several", kFew, 0, 0, 0, false, "", false}, {"few", kFew, 0, 0, 0, false, "", false},
    {"couple", kFew, 0, 0, 0, false, "", false},
    // words that only open an expression (hedges, articles, range openers)
    {"no", kStarter, 0, 0, 0, false, "", false},
    {"more", kStarter, 0, 0, 0, false, "", false},
    {"less", kStarter, 0, 0, 0, false, "", false},
    {"fewer", kStarter, 0, 0, 0, false, "", false},
    {"at", kStarter, 0, 0, 0, false, "", false},
    {"up", kStarter, 0, 0, 0, false, "", false},
    {"just", kStarter, 0, 0, 0, false, "", false},
    {"well", kStarter, 0, 0, 0, false, "", false},
    {"over", kStarter, 0, 0, 0, false, "", false},
    {"under", kStarter, 0, 0, 0, false, "", false},
    {"above", kStarter, 0, 0, 0, false, "", false},
    {"below", kStarter, 0, 0, 0, false, "", false},
    {"greater", kStarter, 0, 0, 0, false, "", false},
    {"higher", kStarter, 0, 0, 0, false, "", false},
    {"lower", kStarter, 0, 0, 0, false, "", false},
    {"larger", kStarter, 0, 0, 0, false, "", false},
    {"smaller", kStarter, 0, 0, 0, false, "", false},
    {"bigger", kStarter, 0, 0, 0, false, "", false},
    {"exceeding", kStarter, 0, 0, 0, false, "", false},
    {"exceeds", kStarter, 0, 0, 0, false, "", false},
    {"exceed", kStarter, 0, 0, 0, false, "", false},
    {"exceeded", kStarter, 0, 0, 0, false, "", false},
    {"surpass", kStarter, 0, 0, 0, false, "", false},
    {"surpassing", kStarter, 0, 0, 0, false, "", false},
    {"in", kStarter, 0, 0, 0, false, "", false},
    {"upwards", kStarter, 0, 0, 0, false, "", false},
    {"as", kStarter, 0, 0, 0, false, "", false},
    {"nearly", kStarter, 0, 0, 0, false, "", false},
    {"almost", kStarter, 0, 0, 0, false, "", false},
    {"about", kStarter, 0, 0, 0, false, "", false},
    {"around", kStarter, 0, 0, 0, false, "", false},
    {"roughly", kStarter, 0, 0, 0, false, "", false},
    {"approximately", kStarter, 0, 0, 0, false, "", false},
    {"some", kStarter, 0, 0, 0, false, "", false},
    {"an", kStarter, 0, 0, 0, false, "", false},
    {"a", kStarter, 0, 0, 0, false, "", false},
    {"estimated", kStarter, 0, 0, 0, false, "", false},
    {"close", kStarter, 0, 0, 0, false, "", false},
    {"circa", kStarter, 0, 0, 0, false, "", false},
    {"equal", kStarter, 0, 0, 0, false, "", false},
    {"equals", kStarter, 0, 0, 0, false, "", false},
    {"equaling", kStarter, 0, 0, 0, false, "", false},
    {"between", kStarter, 0, 0, 0, false, "", false},
    {"from", kStarter, 0, 0, 0, false, "", false},
    {"per", kStarter, 0, 0, 0, false, "", false},
    {"recent", kStarter, 0, 0, 0, false, "", false},
    {"many", kStarter, 0, 0, 0, false, "", false},
};

constexpr size_t kSlots = 1024;  // power of two, well above twice the row count
constexpr size_t kMaxWord = 15;

struct Slot {
  char key[kMaxWord + 1] = {};
  uint8_t len = 0;
  Entry entry;
};

inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c + 32) : c; }

// Hashes the length and the first four letters, case folded with | 0x20 (the table stores only ASCII
// letters and digits; a collision costs one more comparison, never a wrong answer).
inline uint32_t hash_lower(const char* s, size_t n) {
  // length, first two and last letter: enough to spread ~350 words, a handful of instructions
  const uint32_t a = uint8_t(s[0] | 0x20), b = n > 1 ? uint8_t(s[1] | 0x20) : 0, z = uint8_t(s[n - 1] | 0x20);
  uint32_t h = (uint32_t(n) << 24) ^ (a << 16) ^ (b << 8) ^ z;
  h *= 2654435761u;
  return h ^ (h >> 16);
}

struct Table {
  Slot slots[kSlots];
  // One bit per hash_lower() of a table word, 64K bits: nearly every other word ("the", "in", "said")
  // finds its bit clear and leaves after a hash of three bytes, before any probe of the slots.
  static constexpr uint32_t kHashBitsLog = 16;
  uint64_t hash_bits[(1u << kHashBitsLog) / 64] = {};
  static uint32_t hash_bit(uint32_t h) { return h >> (32 - kHashBitsLog); }
  Table() {
    for (const Row& r : kRows) {
      const size_t n = std::strlen(r.word);
      const uint32_t hb = hash_bit(hash_lower(r.word, n));
      hash_bits[hb >> 6] |= uint64_t(1) << (hb & 63);
      size_t k = hash_lower(r.word, n) & (kSlots - 1);
      while (slots[k].len && !(slots[k].len == n && std::memcmp(slots[k].key, r.word, n) == 0))
        k = (k + 1) & (kSlots - 1);
      Slot& s = slots[k];
      if (!s.len) {
        std::memcpy(s.key, r.word, n);
        s.len = uint8_t(n);
      }
      // A word may carry several roles; each row adds one, later rows fill fields still unset.
      Entry& e = s.entry;
      e.roles |= r.role;
      if (r.value != 0 && e.value == 0) e.value = r.value;
      if (r.scale != 0 && e.scale == 0) e.scale = r.scale;
      if (r.index && !e.index) e.index = r.index;
      if (r.plural) e.plural = true;
      if (*r.code && !*e.code) e.code = r.code;
      if (r.pt) e.time_unit_is_t = true;
    }
  }
};

const Table& table() {
  static const Table t;
  return t;
}

// The lookup proper, with the table passed in so that a loop over a document's words fetches it once:
// the index of the word's slot, or -1.
inline int find_slot(const Table& t, std::string_view w) {
  if (w.empty() || w.size() > kMaxWord) return -1;
  const uint32_t h = hash_lower(w.data(), w.size());
  const uint32_t hb = Table::hash_bit(h);
  if (!(t.hash_bits[hb >> 6] & (uint64_t(1) << (hb & 63)))) return -1;
  size_t k = h & (kSlots - 1);
  while (t.slots[k].len) {
    const Slot& s = t.slots[k];
    if (s.len == w.size()) {
      size_t i = 0;
      while (i < w.size() && lower(w[i]) == s.key[i]) ++i;
      if (i == w.size()) return int(k);
    }
    k = (k + 1) & (kSlots - 1);
  }
  return -1;
}

}  // namespace

const Entry* lookup(std::string_view w) {
  const Table& t = table();
  const int k = find_slot(t, w);
  return k < 0 ? nullptr : &t.slots[k].entry;
}

void lookup_words(const Document& doc, std::vector<EntryId>& out) {
  static_assert(kSlots < 0xFFFF, "a slot index + 1 must fit an EntryId");
  const Table& t = table();
  out.resize(doc.tokens.size());
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    const Token& tok = doc.tokens[i];
    const int k = tok.kind == TokenKind::Word ? find_slot(t, std::string_view(doc.text.data() + tok.span.begin, tok.span.size())) : -1;
    out[i] = EntryId(k + 1);  // -1 (unknown) is kNoEntry
  }
}

const Entry* entry_of(EntryId id) { return id == kNoEntry || id > kSlots ? nullptr : &table().slots[id - 1].entry; }

const char* duration_unit_name(std::string_view code, bool time) {
  if (code == "DE") return "decade";
  if (time) return code == "H" ? "hour" : code == "M" ? "minute" : code == "S" ? "second" : nullptr;
  return code == "D" ? "day" : code == "W" ? "week" : code == "M" ? "month" : code == "Y" ? "year" : nullptr;
}

const char* weekday_name(int i) {
  static const char* const kNames[] = {"", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  return (i >= 1 && i <= 7) ? kNames[i] : "";
}

}  // namespace lede::numlex
