#include "content/xml_unclosed.h"

#include <vector>

namespace kiosk {
namespace {

bool name_char(char c) {
    return c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r';
}

// The offset just past the '>' that ends the tag starting at `at`, quotes respected.
std::size_t tag_end(const std::string& text, std::size_t at) {
    char quote = 0;
    for (std::size_t i = at; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '>') {
            return i + 1;
        }
    }
    return text.size();
}

}  // namespace

std::optional<UnclosedElement> find_unclosed_element(const std::string& text, std::size_t until) {
    struct Open {
        std::string name;
        std::size_t offset;
    };
    std::vector<Open> stack;
    const std::size_t limit = std::min(until + 1, text.size());
    std::size_t i = 0;
    while (i < limit) {
        const std::size_t lt = text.find('<', i);
        if (lt == std::string::npos || lt >= limit) break;
        if (text.compare(lt, 4, "<!--") == 0) {
            const std::size_t end = text.find("-->", lt + 4);
            i = end == std::string::npos ? text.size() : end + 3;
        } else if (text.compare(lt, 9, "<![CDATA[") == 0) {
            const std::size_t end = text.find("]]>", lt + 9);
            i = end == std::string::npos ? text.size() : end + 3;
        } else if (text.compare(lt, 2, "<?") == 0 || text.compare(lt, 2, "<!") == 0) {
            i = tag_end(text, lt + 2);
        } else if (text.compare(lt, 2, "</") == 0) {
            std::size_t n = lt + 2;
            while (n < text.size() && name_char(text[n])) ++n;
            const std::string name = text.substr(lt + 2, n - lt - 2);
            if (!stack.empty() && stack.back().name == name) {
                stack.pop_back();
            } else if (!stack.empty()) {
                return UnclosedElement{stack.back().name, stack.back().offset, name};
            }
            i = tag_end(text, n);
        } else {
            std::size_t n = lt + 1;
            while (n < text.size() && name_char(text[n])) ++n;
            const std::size_t end = tag_end(text, n);
            const bool empty = end >= 2 && text[end - 2] == '/';
            if (!empty && n > lt + 1) stack.push_back({text.substr(lt + 1, n - lt - 1), lt});
            i = end;
        }
    }
    if (stack.empty()) return std::nullopt;
    return UnclosedElement{stack.back().name, stack.back().offset, ""};
}

}  // namespace kiosk
