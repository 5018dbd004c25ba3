// Where a tap, a link or a request leads, read once from the target id where it enters (a tap's
// target, a replay's --scene, a navigation request): "event:ID" becomes an event route
// with its id, "document:2" a document route with its number. Scenes and the app decide
// on the kind, never on the string's first letters; ids stay strings in the dumps.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kiosk {

struct Route {
    enum class Kind {
        other,      // an id without a parameter ("home", "card:next"): compare `id`
        event,      // "event:ID": an event of the timeline
        cluster,    // "cluster:ID,ID,…": events drawn as one mark
        document,   // "document:N": the N-th document offered
        card_read,  // "card-read:N": a card's button to the N-th document
        person,     // "person:ID": a name with a note
        note_ref,   // "noteref:ID": a footnote's mark in the text
        note_back,  // "noteback:ID": a footnote, leading back to its mark
        pin,        // "pin:…": a key of the curator's PIN pad
    };
    Kind kind = Kind::other;
    std::string id;   // as written
    std::string arg;  // what follows the prefix: an id, a number, a list

    bool is(Kind k) const { return kind == k; }
    // The number of a document route ("document:2" → 2); -1 where it is not a number.
    int number() const;
    // The ids of a cluster route, in order.
    std::vector<std::string> ids() const;
};

Route parse_route(std::string_view id);

}  // namespace kiosk
