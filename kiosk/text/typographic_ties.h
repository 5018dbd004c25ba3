// Spaces that must not end a line, by the typesetting rules of the text's language, so
// that curators never need to type a no-break space (U+00A0).
//
// Russian, as the editors' handbooks have it (Мильчин, Чельцова, «Справочник издателя
// и автора»): a one-letter word (в, к, с, о, у, и, а, я) stays with the word after it,
// a two-letter preposition, conjunction or negation (на, по, за, не, но …) should; the
// particles «же», «ли», «бы» stay with the word before; a number stays with what it
// counts («28 марта», «1933 г.», «250 км»); «с.», «т.», «№» stay with their number.
// Both languages: an initial stays with the name («М. Калинин»), a sovereign with his
// numeral ("Alexander I"), a dash never starts a line, a number's groups («20 000») and
// ranges («11–12») are never split. English: a number and its unit ("250 km"), "p. 764",
// "vol. II", a month and its day ("March 20").
#pragma once

#include <cstddef>
#include <string_view>

namespace kiosk {

enum class Tie {
    none,   // a line may end here
    avoid,  // only where the line cannot be set otherwise
    never,  // a no-break space
};

// The tie of the space between two words (each as it stands between spaces, with its
// punctuation). `language` is a BCP 47 tag ("ru", "en-GB").
Tie tie_at_space(std::string_view before, std::string_view after, std::string_view language);

// The same for the space(s) of `text` from byte `space` to byte `next` (where the next
// word starts): the words either side are taken as far as a space or a line break.
Tie tie_at_space_in(std::string_view text, std::size_t space, std::size_t next, std::string_view language);

// Whether a break without a space, after `before` (the word's text up to the break),
// would split a number from its range or ending: "11–|12", "31-|й".
bool tie_inside_word(std::string_view before, std::string_view after);

}  // namespace kiosk
