// TEI → Document.
// Sections: 1. helpers (names, whitespace, superscripts)  2. inline walker (spans,
// page breaks, footnotes)  3. block walker  4. entry points and errors.
#include "content/tei_document.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <sstream>
#include <string_view>

#include "content/xml_unclosed.h"
#include "core/limits.h"
#include "core/text_file.h"
#include "core/text_position.h"

namespace kiosk {

const char* role_name(BlockRole role) {
    switch (role) {
        case BlockRole::source:
            return "source";
        case BlockRole::heading:
            return "heading";
        case BlockRole::opener:
            return "opener";
        case BlockRole::dateline:
            return "dateline";
        case BlockRole::paragraph:
            return "p";
        case BlockRole::signer:
            return "signer";
        case BlockRole::signature:
            return "signature";
        case BlockRole::list_item:
            return "item";
        case BlockRole::table_row:
            return "row";
    }
    return "p";
}

const PersonNote* Person::note(const std::string& language) const {
    if (auto it = notes.find(language); it != notes.end()) return &it->second;
    if (auto it = notes.find("en"); it != notes.end()) return &it->second;
    return notes.empty() ? nullptr : &notes.begin()->second;
}

std::string Document::display_title() const {
    for (const BlockRole role : {BlockRole::heading, BlockRole::source})
        for (const auto& b : blocks)
            if (b.role == role) return b.plain_text();
    return id;
}

const Document* Document::translation(const std::string& lang) const {
    const auto it = translations.find(lang);
    return it == translations.end() ? nullptr : it->second.get();
}

const ExhibitText* Document::exhibit_text(ExhibitText::Kind kind, const std::string& lang) const {
    const ExhibitText* english = nullptr;
    const ExhibitText* any = nullptr;
    for (const auto& t : exhibit_texts) {
        if (t.kind != kind) continue;
        if (t.language == lang) return &t;
        if (t.language == "en" && !english) english = &t;
        if (!any) any = &t;
    }
    return english ? english : any;
}

std::string Block::plain_text() const {
    std::string out;
    for (const auto& s : spans) out += s.text;
    return out;
}

namespace {

// ---- 1. helpers -------------------------------------------------------------

std::string_view local_name(const pugi::xml_node& node) {
    std::string_view name = node.name();
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_space(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// "1" → "¹": footnote marks are shown as superior figures, and the text says so too.
std::string superscript_digits(std::string_view digits) {
    static const char* const sup[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
    std::string out;
    for (char c : digits) {
        if (c >= '0' && c <= '9')
            out += sup[c - '0'];
        else
            out += c;
    }
    return out;
}

// Collapses XML whitespace runs to one space across span boundaries and trims the
// block's ends; page-break offsets move with the text they point into.
void normalise_whitespace(Block& block) {
    std::vector<Span> out;
    std::size_t old_offset = 0, new_offset = 0;
    std::size_t next_break = 0;
    bool last_was_space = true;  // trims leading space
    for (auto& span : block.spans) {
        Span ns{std::string(), span.style, span.link};
        for (char c : span.text) {
            while (next_break < block.page_breaks.size() && block.page_breaks[next_break].byte_offset == old_offset) {
                block.page_breaks[next_break++].byte_offset = new_offset;
            }
            ++old_offset;
            if (is_space(c)) {
                if (c == '\n' && span.link == "\n") {  // a <lb/>: keep as a hard break
                    ns.text += '\n';
                    ++new_offset;
                    last_was_space = true;
                    continue;
                }
                if (last_was_space) continue;
                ns.text += ' ';
                ++new_offset;
                last_was_space = true;
            } else {
                ns.text += c;
                ++new_offset;
                last_was_space = false;
            }
        }
        if (ns.link == "\n") ns.link.clear();
        if (!ns.text.empty()) out.push_back(std::move(ns));
    }
    while (next_break < block.page_breaks.size()) block.page_breaks[next_break++].byte_offset = new_offset;
    // Trim one trailing space (and any space before a hard break).
    while (!out.empty() && !out.back().text.empty() && out.back().text.back() == ' ') {
        out.back().text.pop_back();
        --new_offset;
        if (out.back().text.empty()) out.pop_back();
    }
    for (auto& pb : block.page_breaks) pb.byte_offset = std::min(pb.byte_offset, new_offset);
    block.spans = std::move(out);
}

// ---- 2. inline walker -------------------------------------------------------

// The id an element gives its blocks: its xml:id, or in a translation the original's
// it points to ("#d723-p1" → "d723-p1").
std::string id_of(const pugi::xml_node& el) {
    if (const char* id = el.attribute("xml:id").as_string(); *id) return id;
    std::string corresp = el.attribute("corresp").as_string();
    if (!corresp.empty() && corresp[0] == '#') corresp.erase(0, 1);
    return corresp;
}

struct Walker {
    Document& doc;
    std::vector<Block>* blocks = nullptr;
    std::vector<PageBreak> pending_breaks;  // <pb> between blocks: given to the next block
    const std::string* xml_text = nullptr;  // for the line of each block
    std::string link;                       // "person:ID" inside a <persName corresp>

    std::size_t text_length(const Block& b) const {
        std::size_t n = 0;
        for (const auto& s : b.spans) n += s.text.size();
        return n;
    }

    void add_text(Block& block, std::string_view text, std::uint8_t style) {
        if (text.empty()) return;
        if (!block.spans.empty() && block.spans.back().style == style && block.spans.back().link == link) {
            block.spans.back().text += text;
        } else {
            block.spans.push_back(Span{std::string(text), style, link});
        }
    }

    std::uint8_t style_of(const pugi::xml_node& el, std::uint8_t inherited) const {
        const std::string_view rend = el.attribute("rend").as_string();
        std::uint8_t style = inherited;
        if (rend.find("italic") != std::string_view::npos) style |= span_italic;
        if (rend.find("smallcaps") != std::string_view::npos) style |= span_small_caps;
        if (rend.find("bold") != std::string_view::npos) style |= span_bold;
        if (rend.find("roman") != std::string_view::npos) style &= ~span_italic;
        // FRUS sets the person's name in roman inside an italic heading.
        if (local_name(el) == "persName" && rend.empty()) style &= ~span_italic;
        return style;
    }

    void add_footnote(Block& block, const pugi::xml_node& note, std::uint8_t style) {
        Footnote fn;
        fn.number = note.attribute("n").as_string();
        if (fn.number.empty()) fn.number = std::to_string(doc.footnotes.size() + 1);
        fn.id = "fn" + fn.number;
        Block tmp;
        inline_children(tmp, note, span_roman);
        normalise_whitespace(tmp);
        fn.spans = std::move(tmp.spans);
        doc.footnotes.push_back(std::move(fn));
        block.spans.push_back(Span{superscript_digits(doc.footnotes.back().number),
                                   static_cast<std::uint8_t>(style | span_note_ref), doc.footnotes.back().id});
    }

    // One node of running text: text, a break, a footnote, or an element whose
    // children are text in its style.
    void inline_node(Block& block, const pugi::xml_node& child, std::uint8_t style) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            add_text(block, child.value(), style);
            return;
        }
        if (child.type() != pugi::node_element) return;
        const auto name = local_name(child);
        if (name == "pb") {
            block.page_breaks.push_back({text_length(block), child.attribute("n").as_string()});
        } else if (name == "lb") {
            block.spans.push_back(Span{"\n", style, "\n"});
        } else if (name == "note") {
            if (std::string_view(child.attribute("type").as_string()) != "source") add_footnote(block, child, style);
        } else if (name == "gap") {
            add_text(block, "[…]", style);
        } else if (name == "cell") {
            if (!block.spans.empty()) add_text(block, " · ", style);
            inline_children(block, child, style_of(child, style));
        } else if (name == "persName" && !id_of(child).empty() && link.empty()) {
            // A name with a note in the list of persons: a link the reader makes tappable.
            link = "person:" + id_of(child);
            inline_children(block, child, style_of(child, style));
            link.clear();
        } else {
            inline_children(block, child, style_of(child, style));
        }
    }

    void inline_children(Block& block, const pugi::xml_node& parent, std::uint8_t style) {
        for (auto child : parent.children()) inline_node(block, child, style);
    }

    // ---- 3. block walker ----------------------------------------------------

    void finish(Block block) {
        if (!pending_breaks.empty()) {
            block.page_breaks.insert(block.page_breaks.begin(), pending_breaks.begin(), pending_breaks.end());
            pending_breaks.clear();
        }
        normalise_whitespace(block);
        if (!block.spans.empty()) blocks->push_back(std::move(block));
    }

    Block make(BlockRole role, int depth, const pugi::xml_node& el = {}) const {
        Block b;
        b.role = role;
        b.quote_depth = depth;
        if (el) {
            b.id = id_of(el);
            if (xml_text) b.line = line_column_at(*xml_text, static_cast<std::size_t>(el.offset_debug())).line;
        }
        return b;
    }

    // A <p> may hold a <quote rend="blockquote"> with paragraphs of its own: the
    // paragraph is split around it so every block stays flat.
    void paragraph(const pugi::xml_node& p, int depth, BlockRole role) {
        Block current = make(role, depth, p);
        for (auto child : p.children()) {
            const auto name = local_name(child);
            if (child.type() == pugi::node_element && (name == "quote" && child.child("p"))) {
                finish(std::move(current));
                blocks_of(child, depth + 1);
                current = make(role, depth, p);
            } else if (child.type() == pugi::node_element && (name == "list" || name == "table")) {
                finish(std::move(current));
                blocks_of_container(child, depth + 1);
                current = make(role, depth, p);
            } else {
                inline_node(current, child, span_roman);
            }
        }
        finish(std::move(current));
    }

    void blocks_of_container(const pugi::xml_node& el, int depth) {
        const auto name = local_name(el);
        if (name == "list") {
            for (auto item : el.children()) {
                if (local_name(item) == "item")
                    paragraph(item, depth, BlockRole::list_item);
                else if (local_name(item) == "head")
                    paragraph(item, depth, BlockRole::heading);
            }
        } else if (name == "table") {
            for (auto row : el.children()) {
                if (local_name(row) != "row") continue;
                Block b = make(BlockRole::table_row, depth);
                inline_children(b, row, span_roman);
                finish(std::move(b));
            }
        }
    }

    void closer(const pugi::xml_node& el, int depth) {
        // A closer that holds only a title (<roleName>) is the signer's title line.
        bool only_title = true;
        for (auto d : el.select_nodes(".//*")) {
            const auto n = local_name(d.node());
            if (n != "signed" && n != "roleName" && n != "hi" && n != "lb") only_title = false;
        }
        if (!el.select_node(".//*[local-name()='roleName']")) only_title = false;
        const pugi::xml_node signed_el = el.child("signed");
        const pugi::xml_node named = id_of(el).empty() && signed_el ? signed_el : el;
        Block b = make(only_title ? BlockRole::signer : BlockRole::signature, depth, named);
        for (auto child : el.children()) {
            if (child.type() == pugi::node_element && local_name(child) == "dateline") {
                finish(std::move(b));
                paragraph(child, depth, BlockRole::dateline);
                b = make(BlockRole::signature, depth, named);
            } else if (child.type() == pugi::node_pcdata) {
                add_text(b, child.value(), span_roman);
            } else if (child.type() == pugi::node_element) {
                if (local_name(child) == "lb")
                    b.spans.push_back(Span{"\n", span_roman, "\n"});
                else
                    inline_children(b, child, style_of(child, span_roman));
            }
        }
        finish(std::move(b));
    }

    void blocks_of(const pugi::xml_node& parent, int depth) {
        for (auto el : parent.children()) {
            if (el.type() != pugi::node_element) continue;
            const auto name = local_name(el);
            if (name == "note") {
                if (std::string_view(el.attribute("type").as_string()) == "source") {
                    Block b = make(BlockRole::source, depth, el);
                    inline_children(b, el, span_roman);
                    finish(std::move(b));
                }
                // Other notes between blocks are rare: treated as footnotes with no mark.
            } else if (name == "head") {
                Block b = make(BlockRole::heading, depth, el);
                inline_children(b, el, style_of(el, span_roman));
                finish(std::move(b));
            } else if (name == "opener") {
                for (auto child : el.children()) {
                    if (child.type() != pugi::node_element) continue;
                    const auto cn = local_name(child);
                    paragraph(child, depth, cn == "dateline" ? BlockRole::dateline : BlockRole::opener);
                }
            } else if (name == "dateline") {
                paragraph(el, depth, BlockRole::dateline);
            } else if (name == "p" || name == "ab") {
                // FRUS sets a line apart with rendition: "#right" (a title under a
                // signature), "#center".
                const std::string_view rendition = el.attribute("rendition").as_string();
                paragraph(el, depth,
                          rendition == "#right"    ? BlockRole::signer
                          : rendition == "#center" ? BlockRole::opener
                                                   : BlockRole::paragraph);
            } else if (name == "closer") {
                closer(el, depth);
            } else if (name == "quote") {
                if (el.child("p") || el.child("closer") || el.child("opener"))
                    blocks_of(el, depth + 1);
                else
                    paragraph(el, depth + 1, BlockRole::paragraph);
            } else if (name == "list" || name == "table") {
                blocks_of_container(el, depth);
            } else if (name == "pb") {
                pending_breaks.push_back({0, el.attribute("n").as_string()});
            } else {
                blocks_of(el, depth);  // div, postscript, frus:attachment, and other containers
            }
        }
    }
};

// <div type="exhibit-introduction|exhibit-afterword" xml:lang="…"> anywhere in the file
// (in <front> and <back> by convention); one with corresp="#ID" belongs only to the
// document of that xml:id.
void read_exhibit_texts(const pugi::xml_document& xml, Document& doc, Walker& walker) {
    for (auto hit :
         xml.select_nodes("//*[local-name()='div'][@type='exhibit-introduction' or @type='exhibit-afterword']")) {
        const pugi::xml_node div = hit.node();
        const std::string corresp = div.attribute("corresp").as_string();
        if (!corresp.empty() && corresp != "#" + doc.id) continue;
        ExhibitText t;
        t.kind = std::string_view(div.attribute("type").as_string()) == "exhibit-afterword"
                     ? ExhibitText::Kind::afterword
                     : ExhibitText::Kind::introduction;
        if (const char* lang = div.attribute("xml:lang").as_string(); *lang) t.language = lang;
        for (auto child : div.children()) {
            if (child.type() != pugi::node_element) continue;
            const auto name = local_name(child);
            if (name == "head") {
                Block b;
                walker.inline_children(b, child, span_roman);
                normalise_whitespace(b);
                t.heading = b.plain_text();
            } else if (name == "p") {
                // A paragraph that is only a <ref target="timeline:ID"> is the way to that event.
                const pugi::xml_node ref = child.child("ref");
                const std::string target = ref ? ref.attribute("target").as_string() : "";
                if (ref && target.rfind("timeline:", 0) == 0 &&
                    std::string(child.child_value()).find_first_not_of(" \n\t\r") == std::string::npos) {
                    t.event_id = target.substr(9);
                    Block b;
                    walker.inline_children(b, ref, span_roman);
                    normalise_whitespace(b);
                    t.event_label = b.plain_text();
                    continue;
                }
                std::vector<Block>* saved = walker.blocks;
                walker.blocks = &t.blocks;
                walker.paragraph(child, 0, BlockRole::paragraph);
                walker.blocks = saved;
            }
        }
        doc.exhibit_texts.push_back(std::move(t));
    }
}

Diagnostic error_at(const std::string& path, const std::string& text, std::ptrdiff_t offset, std::string message) {
    const auto lc = line_column_at(text, offset < 0 ? 0 : static_cast<std::size_t>(offset));
    return Diagnostic{path, lc.line, lc.column, std::move(message)};
}

}  // namespace

// ---- 4. entry points --------------------------------------------------------

namespace {

struct Parsed {
    pugi::xml_document xml;
    std::string error;
    std::ptrdiff_t offset = 0;
};

bool parse_xml(Parsed& p, const std::string& xml_text) {
    // XML 1.0 has no place for control characters: one in a file means damage.
    if (const std::size_t at = find_control_character(xml_text); at != std::string::npos) {
        p.error = "a control character (" + control_character_name(xml_text, at) + ") in the file: is it damaged?";
        p.offset = static_cast<std::ptrdiff_t>(at);
        return false;
    }
    const auto parsed = p.xml.load_buffer(xml_text.data(), xml_text.size(), pugi::parse_default | pugi::parse_ws_pcdata,
                                          pugi::encoding_utf8);
    if (!parsed) {
        p.error = std::string("malformed XML: ") + parsed.description();
        p.offset = parsed.offset;
        // A "<" or "&" typed in the text (5 < 6, "Smith & Co."): XML writes them as entities.
        const auto at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, parsed.offset));
        const std::size_t lt = at < xml_text.size() ? xml_text.rfind('<', at) : std::string::npos;
        const bool tag_start =
            parsed.status == pugi::status_bad_start_element || parsed.status == pugi::status_unrecognized_tag;
        if (tag_start && lt != std::string::npos && lt + 1 < xml_text.size() &&
            !std::isalpha(static_cast<unsigned char>(xml_text[lt + 1])) && xml_text[lt + 1] != '/' &&
            xml_text[lt + 1] != '!' && xml_text[lt + 1] != '?' && xml_text[lt + 1] != '_') {
            p.error =
                "a \"<\" in the text: XML reads it as the start of a tag; write it as &lt; (and a \"&\" as &amp;)";
            p.offset = static_cast<std::ptrdiff_t>(lt);
        } else if (parsed.status == pugi::status_bad_pcdata ||
                   (parsed.status == pugi::status_bad_start_element && lt == std::string::npos)) {
            p.error += "; a \"<\" in the text is written &lt;, a \"&\" as &amp;";
        }
        // A closing tag that does not match: name the element left open, at its own line.
        if (parsed.status == pugi::status_end_element_mismatch) {
            if (const auto open = find_unclosed_element(xml_text, static_cast<std::size_t>(parsed.offset))) {
                const int found_line = line_column_at(xml_text, static_cast<std::size_t>(parsed.offset)).line;
                p.error = "malformed XML: <" + open->name + "> opened here is never closed (" +
                          (open->found.empty()
                               ? std::string("the file ends first")
                               : "</" + open->found + "> on line " + std::to_string(found_line) + " comes first") +
                          "); add </" + open->name + "> where it ends";
                p.offset = static_cast<std::ptrdiff_t>(open->open_offset);
            }
        }
        return false;
    }
    // The walker below recurses once per level: measure the depth first, without
    // recursion (pugixml parses and frees without it).
    std::vector<std::pair<pugi::xml_node, int>> stack{{p.xml.document_element(), 1}};
    while (!stack.empty()) {
        const auto [node, depth] = stack.back();
        stack.pop_back();
        if (depth > limits::xml_depth) {
            p.error = "elements nest more than " + std::to_string(limits::xml_depth) +
                      " levels deep here; the kiosk reads at most that many";
            p.offset = node.offset_debug();
            return false;
        }
        for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling())
            if (c.type() == pugi::node_element) stack.push_back({c, depth + 1});
    }
    return true;
}

// A paragraph longer than the limit would hold the frame loop for seconds when set.
std::optional<Diagnostic> too_long(const std::vector<Block>& blocks, const std::string& path) {
    for (const auto& b : blocks) {
        const std::size_t n = b.plain_text().size();
        if (n > limits::paragraph_chars)
            return Diagnostic{path, b.line, 0,
                              "a paragraph of " + std::to_string(n) + " characters; the limit is " +
                                  std::to_string(limits::paragraph_chars) + " (split it into several <p>)"};
    }
    return std::nullopt;
}

std::string language_of(const pugi::xml_node& el, const std::string& fallback) {
    for (pugi::xml_node n = el; n; n = n.parent())
        if (const char* lang = n.attribute("xml:lang").as_string(); *lang) return lang;
    return fallback;
}

// FRUS's list of persons: <list type="participants"><item><persName xml:id="p_…">Name</persName>,
// description</item>. In a translation the persName points to the original's id.
void read_persons(const pugi::xml_document& xml, const std::string& xml_text, const std::string& default_language,
                  Document& into, Walker& walker) {
    for (auto hit : xml.select_nodes("//*[local-name()='list'][@type='participants']/*[local-name()='item']")) {
        const pugi::xml_node item = hit.node();
        pugi::xml_node name_el;
        for (auto d : item.select_nodes(".//*[local-name()='persName']"))
            if (!id_of(d.node()).empty()) {
                name_el = d.node();
                break;
            }
        if (!name_el) continue;
        Block name, all;
        walker.inline_children(name, name_el, span_roman);
        normalise_whitespace(name);
        walker.inline_children(all, item, span_roman);
        normalise_whitespace(all);
        std::string text = all.plain_text();
        const std::string n = name.plain_text();
        if (text.rfind(n, 0) == 0) text.erase(0, n.size());
        while (!text.empty() && (text[0] == ',' || text[0] == ' ')) text.erase(0, 1);
        Person& person = into.persons[id_of(name_el)];
        person.id = id_of(name_el);
        if (!person.line) person.line = line_column_at(xml_text, static_cast<std::size_t>(item.offset_debug())).line;
        person.notes[language_of(item, default_language)] = {n, text};
    }
}

// Translations of `path` made for the exhibit: FILE.<lang>.xml beside FILE.xml.
std::vector<std::pair<std::string, std::string>> translation_files(const std::string& path) {
    namespace fs = std::filesystem;
    std::vector<std::pair<std::string, std::string>> out;
    const fs::path p(path);
    if (p.extension() != ".xml") return out;
    const std::string stem = p.stem().string();
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(p.parent_path().empty() ? fs::path(".") : p.parent_path(), ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() <= stem.size() + 5 || name.rfind(stem + ".", 0) != 0 || entry.path().extension() != ".xml")
            continue;
        const std::string lang = name.substr(stem.size() + 1, name.size() - stem.size() - 5);
        if (lang.empty() || lang.size() > 3 ||
            lang.find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos)
            continue;
        out.push_back({lang, entry.path().string()});
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

namespace {

// A name that points to a person the list does not have is plain text: a link that does
// nothing would look tappable and disappoint. Kept for --check (check_document).
void unlink_unknown_persons(Document& doc, const Document& with_persons) {
    for (auto& b : doc.blocks)
        for (auto& span : b.spans)
            if (span.link.rfind("person:", 0) == 0 && !with_persons.persons.count(span.link.substr(7))) {
                doc.unlinked_names.push_back({b.line, span.text, span.link.substr(7)});
                span.link.clear();
            }
}

}  // namespace

Result<Document> parse_tei_document(const std::string& xml_text, const std::string& path,
                                    const std::string& document_id) {
    Parsed parsed;
    if (!parse_xml(parsed, xml_text)) return error_at(path, xml_text, parsed.offset, parsed.error);
    const pugi::xml_document& xml = parsed.xml;
    pugi::xml_node div;
    std::string available;
    for (auto hit : xml.select_nodes("//*[local-name()='div'][@type='document']")) {
        const auto node = hit.node();
        const std::string id = node.attribute("xml:id").as_string();
        if (!available.empty()) available += ", ";
        available += id.empty() ? "(no xml:id)" : id;
        if (!div && (document_id.empty() || id == document_id)) div = node;
    }
    if (!div) {
        if (available.empty()) {
            return error_at(path, xml_text, xml.document_element().offset_debug(),
                            "expected a <div type=\"document\"> holding the document's text, found none");
        }
        return Diagnostic{path, 0, 0, "no document with xml:id \"" + document_id + "\"; the file has: " + available};
    }
    Document doc;
    doc.source_path = path;
    doc.id = div.attribute("xml:id").as_string();
    doc.language = language_of(div, "en");
    Walker walker{doc, nullptr, {}, nullptr, {}};
    walker.xml_text = &xml_text;
    walker.blocks = &doc.blocks;
    walker.blocks_of(div, 0);
    read_exhibit_texts(xml, doc, walker);
    read_persons(xml, xml_text, doc.language, doc, walker);
    bool has_text = false;
    for (const auto& b : doc.blocks)
        if (b.role == BlockRole::paragraph) has_text = true;
    if (!has_text) {
        return error_at(path, xml_text, div.offset_debug(),
                        "the document has no <p> paragraphs: expected its text in <p> elements");
    }
    if (auto e = too_long(doc.blocks, path)) return *e;
    for (const auto& t : doc.exhibit_texts)
        if (auto e = too_long(t.blocks, path)) return *e;
    unlink_unknown_persons(doc, doc);
    return doc;
}

Result<Document> parse_tei_translation(const std::string& xml_text, const std::string& path, Document& original) {
    Parsed parsed;
    if (!parse_xml(parsed, xml_text)) return error_at(path, xml_text, parsed.offset, parsed.error);
    const pugi::xml_document& xml = parsed.xml;
    pugi::xml_node div;
    for (auto hit : xml.select_nodes("//*[local-name()='div'][@type='translation']")) {
        const std::string corresp = hit.node().attribute("corresp").as_string();
        if (corresp.empty() || corresp == "#" + original.id) {
            div = hit.node();
            break;
        }
    }
    if (!div)
        return error_at(path, xml_text, xml.document_element() ? xml.document_element().offset_debug() : 0,
                        "expected a <div type=\"translation\" corresp=\"#" + original.id +
                            "\"> holding the translation, found none");
    Document t;
    t.source_path = path;
    t.id = original.id;
    t.language = language_of(div, "");
    if (t.language.empty())
        return error_at(path, xml_text, div.offset_debug(), "the translation needs an xml:lang, like xml:lang=\"ru\"");
    Walker walker{t, nullptr, {}, nullptr, {}};
    walker.xml_text = &xml_text;
    walker.blocks = &t.blocks;
    walker.blocks_of(div, 0);
    if (t.blocks.empty()) return error_at(path, xml_text, div.offset_debug(), "the translation has no text");
    for (auto hit : xml.select_nodes("//*[local-name()='div'][@type='exhibit-notice']")) {
        Block b;
        walker.inline_children(b, hit.node(), span_roman);
        normalise_whitespace(b);
        t.notice = b.plain_text();
    }
    read_exhibit_texts(xml, t, walker);
    // Its notes on persons join the original's, in the translation's language.
    read_persons(xml, xml_text, t.language, original, walker);
    if (auto e = too_long(t.blocks, path)) return *e;
    unlink_unknown_persons(t, original);
    return t;
}

Result<Document> load_tei_document(const std::string& path, const std::string& document_id, Diagnostics* problems) {
    auto text = read_text_file(path, limits::document_bytes, "the document");
    if (!text) return text.error();
    if (const auto bad = invalid_utf8(text.value(), path); bad && problems) problems->push_back(*bad);
    auto doc = parse_tei_document(text.value(), path, document_id);
    if (!doc) return doc;
    Document& d = doc.value();
    for (const auto& [lang, file] : translation_files(path)) {
        auto t_text = read_text_file(file, limits::document_bytes, "the translation");
        if (!t_text) {
            if (problems) problems->push_back(t_text.error());
            continue;
        }
        if (const auto bad = invalid_utf8(t_text.value(), file); bad && problems) problems->push_back(*bad);
        auto t = parse_tei_translation(t_text.value(), file, d);
        if (!t) {
            if (problems) problems->push_back(t.error());
            continue;
        }
        const std::string language = t.value().language;  // read before the move below
        d.translations[language] = std::make_shared<const Document>(std::move(t).value());
    }
    return doc;
}

Diagnostics check_document(const Document& doc) {
    Diagnostics out;
    // Names that point to a person the list does not have: shown as plain text.
    auto check_links = [&](const Document& d) {
        for (const auto& u : d.unlinked_names)
            out.push_back(
                {d.source_path, u.line, 0,
                 "the name \"" + u.name + "\" points to #" + u.id +
                     ", which is not in the list of persons (<list type=\"participants\">); it is shown as plain text, "
                     "without a note (the name is in the paragraph that starts on this line)",
                 Diagnostic::Severity::warning});
    };
    check_links(doc);
    for (const auto& [id, person] : doc.persons)
        if (!person.notes.count(doc.language))
            out.push_back({doc.source_path, person.line, 0,
                           "#" + id +
                               " is in a translation's list of persons but not in this file's (<persName xml:id=\"" +
                               id + "\">)"});
    for (const auto& [lang, t] : doc.translations) {
        check_links(*t);
        // Every block of the original with text has its translation, matched by id.
        std::set<std::string> translated;
        for (const auto& b : t->blocks) translated.insert(b.id);
        for (const auto& b : doc.blocks) {
            if (b.id.empty())
                out.push_back({doc.source_path, b.line, 0,
                               std::string("this ") + role_name(b.role) + " has no xml:id, so " + t->source_path +
                                   " cannot point to it (give it one, like xml:id=\"" + doc.id + "-p1\")"});
            else if (!translated.count(b.id))
                out.push_back({t->source_path, 0, 0,
                               "no translation of the original's " + std::string(role_name(b.role)) + " \"" + b.id +
                                   "\" (" + doc.source_path + ":" + std::to_string(b.line) +
                                   "); add an element with corresp=\"#" + b.id + "\""});
        }
        for (const auto& [id, person] : doc.persons)
            if (!person.notes.count(lang))
                out.push_back(
                    {t->source_path, 0, 0,
                     "no note in \"" + lang + "\" on the person #" + id + " (the reader shows the English one)",
                     Diagnostic::Severity::warning});
    }
    return out;
}

}  // namespace kiosk
