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

struct Document {
    std::string source_path;
    std::string id;  // xml:id of the document div
    std::vector<Block> blocks;
    std::vector<Footnote> footnotes;
};

}  // namespace kiosk
