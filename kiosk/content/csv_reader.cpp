#include "content/csv_reader.h"

#include <csv.h>

#include <algorithm>
#include <memory>

namespace kiosk {
namespace {

struct CsvParserDeleter {
    void operator()(csv_parser* p) const {
        csv_free(p);
        delete p;
    }
};
using CsvParserPtr = std::unique_ptr<csv_parser, CsvParserDeleter>;

CsvParserPtr make_parser(unsigned char options, char separator) {
    CsvParserPtr parser(new csv_parser);
    if (csv_init(parser.get(), options | CSV_APPEND_NULL) != 0) return nullptr;
    csv_set_delim(parser.get(), static_cast<unsigned char>(separator));
    return parser;
}

struct Collector {
    std::vector<CsvRecord> records;
    std::vector<int> last_lines;  // the line each record ends on
    CsvRecord current;
    int line = 1;  // line being fed
    bool in_record = false;
};

void on_field(void* data, std::size_t len, void* user) {
    auto* c = static_cast<Collector*>(user);
    if (!c->in_record) {
        c->in_record = true;
        c->current.line = c->line;
    }
    c->current.fields.emplace_back(data ? static_cast<const char*>(data) : "", data ? len : 0);
}

void on_record(int, void* user) {
    auto* c = static_cast<Collector*>(user);
    if (!c->in_record) return;
    c->records.push_back(std::move(c->current));
    c->last_lines.push_back(c->line);
    c->current = CsvRecord{};
    c->in_record = false;
}

// Where each line starts in `text` (line 1 at `from`), and one past the end.
std::vector<std::size_t> line_starts(const std::string& text, std::size_t from) {
    std::vector<std::size_t> starts{0, from};  // index 0 unused: lines are 1-based
    for (std::size_t i = from; i < text.size(); ++i)
        if (text[i] == '\n' && i + 1 < text.size()) starts.push_back(i + 1);
    starts.push_back(text.size());
    return starts;
}

// Whether `slice` reads as CSV without any guess (quotes only around whole fields,
// doubled inside them).
bool strict_ok(const std::string& slice, char separator) {
    auto parser = make_parser(CSV_STRICT | CSV_STRICT_FINI, separator);
    if (!parser) return true;
    Collector ignore;
    if (csv_parse(parser.get(), slice.data(), slice.size(), on_field, on_record, &ignore) != slice.size()) return false;
    return csv_fini(parser.get(), on_field, on_record, &ignore) == 0;
}

}  // namespace

char guess_separator(const std::string& header_line) {
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const char ch : header_line) {
        if (ch == '"') quoted = !quoted;
        if (quoted) continue;
        comma += ch == ',';
        semicolon += ch == ';';
        tab += ch == '\t';
    }
    if (semicolon > comma && semicolon >= tab) return ';';
    if (tab > comma && tab > semicolon) return '\t';
    return ',';
}

namespace {

// Reads the records, a physical line at a time; a quote never closed loses only its own
// row, and reading starts again on the next line. The last line of each record is in
// the collector's last_lines.
Collector read_records(const std::string& text, const std::string& path, const std::vector<std::size_t>& starts,
                       CsvTable& table) {
    const int last_line = static_cast<int>(starts.size()) - 2;
    Collector c;
    int from_line = 1;
    while (from_line <= last_line) {
        // Not strict: a quote inside a field is kept as a quote, as a spreadsheet user
        // means it.
        auto parser = make_parser(0, table.separator);
        if (!parser) {
            table.notes.push_back({path, 0, 0, "cannot start the CSV parser"});
            return c;
        }
        c.line = from_line;
        c.in_record = false;
        c.current = CsvRecord{};
        // Fed a physical line at a time, so a record knows the line it began on even when
        // a quoted field spans several lines.
        for (int line = from_line; line <= last_line; ++line) {
            const std::size_t a = starts[static_cast<std::size_t>(line)],
                              b = starts[static_cast<std::size_t>(line) + 1];
            csv_parse(parser.get(), text.data() + a, b - a, on_field, on_record, &c);
            ++c.line;
        }
        // libcsv reports an open quote at the end only in strict mode, which would refuse
        // quotes inside fields; its state says it plainly (2: in a field, and quoted).
        const bool open_quote = parser->pstate == 2 && parser->quoted;
        if (!open_quote) {
            csv_fini(parser.get(), on_field, on_record, &c);
            break;
        }
        // A quote opened and never closed: it took every line after it. Only its own row
        // is lost; reading starts again on the next line.
        const int open_line = c.in_record ? c.current.line : last_line;
        const bool at_end = open_line == last_line;
        table.ends_inside_quote = at_end && !text.empty() && text.back() != '\n' && text.back() != '\r';
        table.notes.push_back(
            {path, open_line, 0,
             "a quote (\") opened in this row is never closed, so the row is skipped; close the field with a "
             "second quote, or write a quote inside a field as two (\"\")"});
        from_line = open_line + 1;
    }
    return c;
}

// Rows read with a guess: say so, and how to write them so that no guess is needed.
void note_guessed_rows(const std::string& text, const std::string& path, const std::vector<std::size_t>& starts,
                       const std::vector<int>& last_lines, CsvTable& table) {
    const std::size_t columns = table.records.empty() ? 0 : table.records[0].fields.size();
    for (std::size_t i = 0; i < table.records.size(); ++i) {
        auto& rec = table.records[i];
        const std::size_t a = starts[static_cast<std::size_t>(rec.line)];
        const std::size_t b = starts[std::min(static_cast<std::size_t>(last_lines[i]) + 1, starts.size() - 1)];
        const std::string slice = text.substr(a, b - a);
        if (slice.find('"') == std::string::npos || strict_ok(slice, table.separator)) continue;
        // Fields that ran into one: two separators in a row (empty cells) or a separator
        // and a quote (the next quoted cell) inside a single field, in a row short of
        // columns. Words with commas in a quoted cell have neither.
        const std::string two{table.separator, table.separator}, next_quoted{table.separator, '"'};
        const bool swallowed = i > 0 && rec.fields.size() < columns &&
                               std::any_of(rec.fields.begin(), rec.fields.end(), [&](const std::string& f) {
                                   return f.find(two) != std::string::npos || f.find(next_quoted) != std::string::npos;
                               });
        if (swallowed) {
            rec.broken = true;
            rec.raw = slice;
            std::vector<std::string> parts{""};
            for (const char ch : slice.substr(0, slice.find_last_not_of("\r\n") + 1)) {
                if (ch == table.separator)
                    parts.emplace_back();
                else if (ch != '"')
                    parts.back() += ch;
            }
            if (parts.size() == columns) rec.plain_split = std::move(parts);
            table.notes.push_back(
                {path, rec.line, 0,
                 "a quoted field in this row has no closing quote before the next field, so it took in " +
                     std::to_string(columns - rec.fields.size()) +
                     " fields after it; the row is skipped: close the field with a quote (\") right after its text"});
            continue;
        }
        table.notes.push_back(
            {path, rec.line, 0,
             "a quote inside a field was read as a quote; to be sure of it, put the whole field in quotes and "
             "double the quotes inside (\"Relief \"\"trains\"\" reach Kazan\")",
             Diagnostic::Severity::warning});
    }
}

}  // namespace

CsvTable parse_csv(const std::string& text, const std::string& path) {
    CsvTable table;
    // Spreadsheets often start a UTF-8 export with a byte-order mark.
    const std::size_t begin = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    const std::size_t header_end = text.find('\n', begin);
    table.separator =
        guess_separator(text.substr(begin, header_end == std::string::npos ? std::string::npos : header_end - begin));
    const auto starts = line_starts(text, begin);
    Collector c = read_records(text, path, starts, table);
    table.records = std::move(c.records);
    note_guessed_rows(text, path, starts, c.last_lines, table);
    return table;
}

}  // namespace kiosk
