// nicknames.h — a nickname in quote marks inside a person's name: 'Gerardo "Tata" Martino'.
//
//     if (uint32_t close = lede::nickname_close(doc, open)) { /* tokens open..close are the nickname */ }
//
// Marks around one or two capitalised words, glued inside them, between two capitalised words on one line
// ('Earvin “Magic” Johnson', 'Joaquín "El Chapo" Guzmán'), are no quote: the quote finder leaves them unpaired
// (quote_marks.h), the name finder and the speaker finder read on over them to the surname. Constant time.
#pragma once
#include <cstdint>

#include "core/document.h"

namespace lede {

// Token `open` is the opening mark of such a nickname: returns its closing mark's index, else 0.
uint32_t nickname_close(const Document& doc, uint32_t open);

}  // namespace lede
