// The content model of a document the reader shows: blocks of styled spans, page
// breaks as markers (not text), footnotes apart from the text that refers to them.
// Built from TEI by tei_document.cpp; knows nothing of fonts or pixels.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
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
// A span's link: a footnote's id ("fn1"), or "person:ID" for a name with a note.

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
    // The element's xml:id in an original; in a translation, the id of the original it
    // translates (its corresp). Empty where the markup gives none.
    std::string id;
    int line = 0;  // in the file, for messages
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
    enum class Kind { introduction, afterword, notice };  // notice: a translation's words on itself
    Kind kind = Kind::introduction;
    std::string language = "en";
    std::string heading;        // "About this telegram"
    std::vector<Block> blocks;  // paragraphs
    std::string event_id;       // <ref target="timeline:ID">: a way to that event
    std::string event_label;    // the ref's text
};

// A person the document names (FRUS's list of persons: <persName xml:id> in
// <list type="participants">), with a short note in each language the files give.
struct PersonNote {
    std::string name;  // as the list writes it: "Litvinov, Maxim Maximovich"
    std::string text;  // dates, role, a sentence or two
};
struct Person {
    std::string id;
    std::map<std::string, PersonNote> notes;  // by language
    int line = 0;
    // The note in `language`, else in English, else any; null if none.
    const PersonNote* note(const std::string& language) const;
};

struct Document {
    std::string source_path;
    std::string id;               // xml:id of the document div
    std::string language = "en";  // xml:lang of the document (or an ancestor); FRUS is English
    std::vector<Block> blocks;
    std::vector<Footnote> footnotes;
    std::vector<ExhibitText> exhibit_texts;
    // The exhibit text of this kind in `language`, else in English, else any; or null.
    const ExhibitText* exhibit_text(ExhibitText::Kind kind, const std::string& language) const;
    std::map<std::string, Person> persons;  // by xml:id
    // Translations made for the exhibit (beside the file, FILE.<lang>.xml), by language;
    // a translation's blocks carry the ids of the originals they translate.
    std::map<std::string, std::shared_ptr<const Document>> translations;
    std::string notice;  // a translation's own words on what it is ("a modern translation…")
    // Names whose persName pointed at a person the list does not hold (a list outside
    // the excerpt): shown as plain text, not as a link that does nothing; --check warns.
    struct UnlinkedName {
        int line = 0;
        std::string name, id;
    };
    std::vector<UnlinkedName> unlinked_names;
    const Document* translation(const std::string& language) const;
    // A name for it where the curator gave none: its heading (from whom to whom), else
    // its file number line, else its id.
    std::string display_title() const;
};

}  // namespace kiosk
