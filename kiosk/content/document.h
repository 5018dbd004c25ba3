// The content model of a document the reader shows: blocks of styled spans, page
// breaks as markers (not text), footnotes apart from the text that refers to them.
// Built from TEI by tei_document.cpp; knows nothing of fonts or pixels.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kiosk {

// Bit flags: a span can be italic small capitals.
enum SpanStyle : std::uint8_t {
    span_roman = 0,
    span_italic = 1 << 0,
    span_small_caps = 1 << 1,
    span_bold = 1 << 2,
    span_note_ref = 1 << 3,  // a footnote reference mark, set as a superior figure
};

struct Span {
    std::string text;  // UTF-8, whitespace already collapsed
    std::uint8_t style = span_roman;
    std::string link;  // for note refs: the footnote's id
};

enum class BlockRole {
    source,     // file number line ("661.1115/279: Telegram")
    heading,    // <head>: from whom to whom
    opener,     // <opener><seg>: "[Telegram]"
    dateline,   // <dateline>
    paragraph,  // <p>
    signer,     // <closer> holding only a title (<roleName>)
    signature,  // <closer>/<signed>
    list_item,  // <list>/<item>
    table_row,  // <table>/<row>, cells separated
};

const char* role_name(BlockRole role);

struct PageBreak {
    std::size_t byte_offset = 0;  // into the block's concatenated text
    std::string page;             // the n attribute: "764"
};

struct Block {
    BlockRole role = BlockRole::paragraph;
    std::vector<Span> spans;
    std::vector<PageBreak> page_breaks;
    int quote_depth = 0;  // nesting inside <quote rend="blockquote">
    std::string plain_text() const;
};

struct Footnote {
    std::string id;      // link target, e.g. "fn1"
    std::string number;  // "1"
    std::vector<Span> spans;
};

// The exhibit's own words about a document, kept in the same TEI file but outside
// the document: an introduction (<front>) and what happened next (<back>), one per
// language. Never mixed with the document's text.
struct ExhibitText {
    enum class Kind { introduction, afterword };
    Kind kind = Kind::introduction;
    std::string language = "en";
    std::string heading;            // "About this telegram"
    std::vector<Block> blocks;      // paragraphs
    std::string event_id;           // <ref target="timeline:ID">: a way to that event
    std::string event_label;        // the ref's text
};

struct Document {
    std::string source_path;
    std::string id;  // xml:id of the document div
    std::vector<Block> blocks;
    std::vector<Footnote> footnotes;
    std::vector<ExhibitText> exhibit_texts;
    // The exhibit text of this kind in `language`, else in English, else any; or null.
    const ExhibitText* exhibit_text(ExhibitText::Kind kind, const std::string& language) const;
};

}  // namespace kiosk
