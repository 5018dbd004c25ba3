#include "content/csv_reader.h"

#include <csv.h>

#include <memory>

namespace kiosk {
namespace {

struct CsvParserDeleter {
    void operator()(csv_parser* p) const {
        csv_free(p);
        delete p;
    }
};

struct Collector {
    std::vector<CsvRecord> records;
    CsvRecord current;
    int line = 1;          // line being fed
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
    c->current = CsvRecord{};
    c->in_record = false;
}

}  // namespace

Result<std::vector<CsvRecord>> parse_csv(const std::string& text, const std::string& path) {
    std::unique_ptr<csv_parser, CsvParserDeleter> parser(new csv_parser);
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
        return Diagnostic{path, 0, 0, "cannot start the CSV parser"};
    Collector c;
    std::size_t pos = 0;
    // Spreadsheets often start a UTF-8 export with a byte-order mark.
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;
    // Fed a physical line at a time, so a record knows the line it began on even when
    // a quoted field spans several lines.
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        end = end == std::string::npos ? text.size() : end + 1;
        const std::size_t n = end - pos;
        if (csv_parse(parser.get(), text.data() + pos, n, on_field, on_record, &c) != n) {
            return Diagnostic{path, c.line, 0,
                              std::string("malformed CSV: ") + csv_strerror(csv_error(parser.get())) +
                                  " (a quote inside a quoted field must be doubled: \"\")"};
        }
        pos = end;
        ++c.line;
    }
    if (csv_fini(parser.get(), on_field, on_record, &c) != 0) {
        const int start = c.in_record ? c.current.line : c.line;
        return Diagnostic{path, start, 0, "malformed CSV: a quoted field that starts here is never closed"};
    }
    return std::move(c.records);
}

}  // namespace kiosk
