// A hand-written reader for a handful of tags: an HTML parser would accept far more
// than TimelineJS texts hold, and the point is to say plainly what was left out.
#include "content/rich_text.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace kiosk {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80)
        out += static_cast<char>(cp);
    else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x110000) {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// "&amp;" and friends; an unknown or malformed entity stays as written.
std::size_t read_entity(std::string_view s, std::size_t at, std::string& out) {
    const std::size_t semi = s.find(';', at);
    if (semi == std::string_view::npos || semi - at > 10) {
        out += '&';
        return at + 1;
    }
    const std::string name = lower(s.substr(at + 1, semi - at - 1));
    static const std::pair<const char*, const char*> named[] = {
        {"amp", "&"},       {"lt", "<"},    {"gt", ">"},     {"quot", "\""}, {"apos", "'"},
        {"nbsp", "\u00a0"}, {"ndash", "–"}, {"mdash", "—"},  {"lsquo", "‘"}, {"rsquo", "’"},
        {"ldquo", "“"},     {"rdquo", "”"}, {"hellip", "…"}, {"laquo", "«"}, {"raquo", "»"}};
    for (const auto& [n, v] : named)
        if (name == n) {
            out += v;
            return semi + 1;
        }
    if (!name.empty() && name[0] == '#') {
        const bool hex = name.size() > 1 && name[1] == 'x';
        const std::string digits = name.substr(hex ? 2 : 1);
        char* end = nullptr;
        const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
        if (!digits.empty() && end && *end == '\0' && cp > 0 && cp < 0x110000) {
            append_utf8(out, static_cast<std::uint32_t>(cp));
            return semi + 1;
        }
    }
    out += '&';
    return at + 1;
}

struct Builder {
    RichText out;
    std::vector<Span> paragraph;
    std::uint8_t style = span_roman;
    int bold = 0, italic = 0;

    void text(const std::string& t) {
        if (t.empty()) return;
        if (!paragraph.empty() && paragraph.back().style == style)
            paragraph.back().text += t;
        else
            paragraph.push_back({t, style, {}});
    }
    void restyle() { style = static_cast<std::uint8_t>((bold > 0 ? span_bold : 0) | (italic > 0 ? span_italic : 0)); }
    void end_paragraph() {
        // Collapse whitespace as HTML does; keep <br> line breaks.
        std::vector<Span> clean;
        bool space = true;
        for (auto& sp : paragraph) {
            Span c{std::string(), sp.style, sp.link};
            for (char ch : sp.text) {
                if (ch == '\n' && sp.link == "br") {
                    while (!c.text.empty() && c.text.back() == ' ') c.text.pop_back();
                    c.text += '\n';
                    space = true;
                } else if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
                    if (!space) c.text += ' ';
                    space = true;
                } else {
                    c.text += ch;
                    space = false;
                }
            }
            c.link.clear();
            if (!c.text.empty()) {
                if (!clean.empty() && clean.back().style == c.style)
                    clean.back().text += c.text;
                else
                    clean.push_back(std::move(c));
            }
        }
        while (!clean.empty() && !clean.back().text.empty() &&
               (clean.back().text.back() == ' ' || clean.back().text.back() == '\n')) {
            clean.back().text.pop_back();
            if (clean.back().text.empty()) clean.pop_back();
        }
        if (!clean.empty()) out.paragraphs.push_back(std::move(clean));
        paragraph.clear();
    }
    void drop(const std::string& tag) {
        if (std::find(out.dropped.begin(), out.dropped.end(), tag) == out.dropped.end()) out.dropped.push_back(tag);
    }
};

}  // namespace

std::string RichText::plain() const {
    std::string out;
    for (const auto& p : paragraphs) {
        if (!out.empty()) out += "\n\n";
        for (const auto& s : p) out += s.text;
    }
    return out;
}

std::string without_code(const std::string& html) {
    if (lower(html).find("<script") == std::string::npos && lower(html).find("<style") == std::string::npos)
        return html;
    std::string out;
    const std::string low = lower(html);
    std::size_t i = 0;
    while (i < html.size()) {
        const std::size_t s1 = low.find("<script", i), s2 = low.find("<style", i);
        const std::size_t at = std::min(s1, s2);
        if (at == std::string::npos) break;
        out += html.substr(i, at - i);
        const std::string end = at == s1 ? "</script" : "</style";
        const std::size_t close = low.find(end, at);
        const std::size_t after = close == std::string::npos ? std::string::npos : low.find('>', close);
        i = after == std::string::npos ? html.size() : after + 1;
    }
    if (i < html.size()) out += html.substr(i);
    return out;
}

RichText parse_rich_text(std::string_view html) {
    Builder b;
    std::string pending;
    auto flush = [&] {
        b.text(pending);
        pending.clear();
    };
    for (std::size_t i = 0; i < html.size();) {
        const char c = html[i];
        if (c == '&') {
            i = read_entity(html, i, pending);
            continue;
        }
        if (c != '<') {
            pending += c;
            ++i;
            continue;
        }
        const std::size_t close = html.find('>', i);
        if (close == std::string_view::npos) {  // a lone "<": text
            pending += c;
            ++i;
            continue;
        }
        std::string_view inside = html.substr(i + 1, close - i - 1);
        i = close + 1;
        const bool end_tag = !inside.empty() && inside[0] == '/';
        if (end_tag) inside.remove_prefix(1);
        std::size_t n = 0;
        while (n < inside.size() && (std::isalnum(static_cast<unsigned char>(inside[n])))) ++n;
        const std::string tag = lower(inside.substr(0, n));
        if (tag.empty()) {  // "<!-- … >", "< 3": not a tag we know; keep nothing
            if (!inside.empty() && inside[0] == '!') continue;
            pending += '<';
            pending += std::string(inside);
            pending += '>';
            continue;
        }
        flush();
        if ((tag == "script" || tag == "style") && !end_tag) {
            // Code and styling are never text for a visitor: dropped with what they hold.
            b.drop(tag);
            const std::string end = "</" + tag;
            std::size_t at = i;
            for (; at < html.size(); ++at)
                if (html.size() - at >= end.size() && lower(html.substr(at, end.size())) == end) break;
            const std::size_t after = at < html.size() ? html.find('>', at) : std::string_view::npos;
            i = after == std::string_view::npos ? html.size() : after + 1;
            continue;
        }
        if (tag == "p" || tag == "div") {
            b.end_paragraph();
            if (tag == "div") b.drop(tag);
        } else if (tag == "br") {
            b.paragraph.push_back({"\n", b.style, "br"});
        } else if (tag == "b" || tag == "strong") {
            b.bold += end_tag ? -1 : 1;
            b.bold = std::max(0, b.bold);
            b.restyle();
        } else if (tag == "i" || tag == "em") {
            b.italic += end_tag ? -1 : 1;
            b.italic = std::max(0, b.italic);
            b.restyle();
        } else if (tag == "a") {
            // A link's text is kept; the kiosk cannot follow it.
        } else {
            b.drop(tag);
        }
    }
    flush();
    b.end_paragraph();
    return std::move(b.out);
}

}  // namespace kiosk
