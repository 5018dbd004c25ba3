// TimelineJS3's JSON, read into the same rows as the sheet (timeline_rows.h), so the
// kiosk runs a museum's existing timeline unchanged and checks it by the same rules.
// nlohmann/json parses; a small scan of the text beforehand finds where each event
// starts (for messages a curator can follow) and refuses nesting deeper than any
// timeline needs before the parser sees it.
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "content/timeline.h"
#include "content/timeline_rows.h"
#include "core/limits.h"
#include "core/text_position.h"

namespace kiosk {
namespace {

// Where the root's "title" and the elements of its "events" and "eras" start.
struct JsonOutline {
    int title_line = 0;
    std::vector<int> event_lines, era_lines;
    int too_deep_line = 0;  // the first line nested deeper than the limit; 0: none
};

bool in_listed_array(const std::vector<char>& stack, const std::vector<std::string>& keys) {
    return stack.size() == 2 && stack[1] == '[' && (keys[1] == "events" || keys[1] == "eras");
}

JsonOutline outline_of(const std::string& text) {
    JsonOutline out;
    std::vector<char> stack;        // '{' or '['
    std::vector<std::string> keys;  // the key each open container was given in its parent
    std::string last_key;           // the last key read in the current object
    bool in_string = false, escape = false, key_next = false;
    std::string token;
    int line = 1;
    bool element_next = false;  // in the root's "events" or "eras" list, before an element
    for (const char c : text) {
        if (c == '\n') ++line;
        // Every element of the lists counts, objects or not, so the n-th line is the n-th element's.
        if (element_next && !in_string && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ']') {
            (keys[1] == "events" ? out.event_lines : out.era_lines).push_back(line);
            element_next = false;
        }
        if (in_string) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                in_string = false;
            else
                token += c;
            if (!in_string && !stack.empty() && stack.back() == '{' && key_next) last_key = token;
            continue;
        }
        switch (c) {
            case '"':
                in_string = true;
                token.clear();
                break;
            case ':':
                key_next = false;
                break;
            case ',':
                key_next = !stack.empty() && stack.back() == '{';
                element_next = in_listed_array(stack, keys);
                break;
            case '{':
            case '[': {
                const std::string key = !stack.empty() && stack.back() == '{' ? last_key : std::string{};
                if (c == '{' && stack.size() == 1 && key == "title") out.title_line = line;
                stack.push_back(c);
                keys.push_back(key);
                key_next = c == '{';
                element_next = in_listed_array(stack, keys);
                if (static_cast<int>(stack.size()) > limits::json_depth && !out.too_deep_line) out.too_deep_line = line;
                break;
            }
            case '}':
            case ']':
                if (!stack.empty()) {
                    stack.pop_back();
                    keys.pop_back();
                }
                key_next = false;
                element_next = false;
                break;
            default:
                break;
        }
    }
    return out;
}

using nlohmann::json;

// A value TimelineJS writes as text or as a number ("1921" or 1921); `why` is set when
// it is something else (an object, a list).
std::string scalar(const json& v, const std::string& name, std::string& why) {
    if (v.is_string()) return v.get<std::string>();
    if (v.is_number_integer()) return std::to_string(v.get<long long>());
    if (v.is_number_float()) {
        const double d = v.get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e9)
            return std::to_string(static_cast<long long>(d));
        return v.dump();
    }
    if (v.is_null() || v.is_boolean()) return {};
    if (why.empty())
        why = "\"" + name + "\" is " + (v.is_object() ? "an object" : "a list") + "; expected a number or a text";
    return {};
}

const json* member(const json& object, const char* key) {
    if (!object.is_object()) return nullptr;
    const auto it = object.find(key);
    return it == object.end() ? nullptr : &*it;
}

// One slide (an event, an era or the title) as a sheet row.
TimelineRow row_of(const json& slide, const std::string& type, int line, std::string& why) {
    TimelineRow row;
    row.line = line;
    if (!type.empty()) row.set("Type", type);
    auto take = [&](const json& obj, const char* key, const std::string& column, const std::string& path) {
        if (const json* v = member(obj, key)) row.set(column, scalar(*v, path, why), path);
    };
    auto date = [&](const char* key, const std::string& prefix) {
        const json* d = member(slide, key);
        if (!d) return;
        if (!d->is_object()) {
            why = std::string("\"") + key + "\" is not an object; expected {\"year\": …, \"month\": …, \"day\": …}";
            return;
        }
        const std::string k = key;
        take(*d, "year", prefix + "Year", k + ".year");
        take(*d, "month", prefix + "Month", k + ".month");
        take(*d, "day", prefix + "Day", k + ".day");
        std::string hour;
        if (const json* h = member(*d, "hour")) hour = scalar(*h, k + ".hour", why);
        if (!hour.empty()) row.set(prefix + "Time", hour, k + ".hour");
        if (prefix.empty()) take(*d, "display_date", "Display Date", k + ".display_date");
    };
    date("start_date", "");
    date("end_date", "End ");
    take(slide, "display_date", "Display Date", "display_date");
    if (const json* t = member(slide, "text")) {
        take(*t, "headline", "Headline", "text.headline");
        take(*t, "text", "Text", "text.text");
    }
    if (const json* m = member(slide, "media")) {
        take(*m, "url", "Media", "media.url");
        take(*m, "caption", "Media Caption", "media.caption");
        take(*m, "credit", "Media Credit", "media.credit");
    }
    take(slide, "group", "Group", "group");
    take(slide, "unique_id", "Id", "unique_id");
    take(slide, "source", "Source", "source");  // the kiosk's own: where the facts come from
    if (const json* b = member(slide, "background")) {
        if (const json* c = member(*b, "color"))
            row.set("Background", scalar(*c, "background.color", why), "background.color");
        else if (const json* u = member(*b, "url"))
            row.set("Background", scalar(*u, "background.url", why), "background.url");
    }
    return row;
}

}  // namespace

TimelineLoad parse_timeline_json(const std::string& text, const std::string& path) {
    TimelineLoad load;
    load.timeline.source_path = path;
    auto refuse = [&](int line, const std::string& why) {
        load.problems.push_back({path, line, 0, why});
        load.file_ok = false;
        return load;
    };
    const JsonOutline outline = outline_of(text);
    if (outline.too_deep_line)
        return refuse(outline.too_deep_line, "the JSON is nested more than " + std::to_string(limits::json_depth) +
                                                 " levels deep here; a TimelineJS timeline needs four");
    json root;
    try {
        root = json::parse(text);
    } catch (const json::parse_error& e) {
        const LineColumn at = line_column_at(text, e.byte > 0 ? e.byte - 1 : 0);
        std::string what = e.what();
        if (const auto colon = what.rfind(": "); colon != std::string::npos) what = what.substr(colon + 2);
        const bool cut = e.byte >= text.size();
        return refuse(at.line,
                      cut ? "the JSON ends before it is complete: was the file cut short? The whole file is refused"
                          : "not valid JSON: " + what + " (a missing comma or quote?)");
    }
    if (!root.is_object())
        return refuse(1, "expected a TimelineJS timeline: an object {\"title\": …, \"events\": […]}");
    const json* events = member(root, "events");
    if (!events || !events->is_array())
        return refuse(
            1, "no \"events\" list; expected a TimelineJS timeline: {\"title\": …, \"events\": […], \"eras\": […]}");
    const json* eras = member(root, "eras");
    const std::size_t count = events->size() + (eras && eras->is_array() ? eras->size() : 0);
    if (count > limits::timeline_rows)
        return refuse(1, "the timeline has " + std::to_string(count) + " events and eras; the limit is " +
                             std::to_string(limits::timeline_rows));

    std::vector<TimelineRow> rows;
    auto add = [&](const json& slide, const std::string& type, int line) {
        std::string why;
        if (!slide.is_object()) why = "expected an object {\"start_date\": …, \"text\": …}";
        TimelineRow row = why.empty() ? row_of(slide, type, line, why) : TimelineRow{};
        if (!why.empty()) {
            load.problems.push_back({path, line, 0, why + "; the row is skipped"});
            return;
        }
        rows.push_back(std::move(row));
    };
    auto line_at = [](const std::vector<int>& lines, std::size_t i) { return i < lines.size() ? lines[i] : 0; };
    if (const json* title = member(root, "title"); title && !title->is_null()) add(*title, "title", outline.title_line);
    for (std::size_t i = 0; i < events->size(); ++i) add((*events)[i], "", line_at(outline.event_lines, i));
    if (eras && eras->is_array())
        for (std::size_t i = 0; i < eras->size(); ++i) add((*eras)[i], "era", line_at(outline.era_lines, i));
    timeline_from_rows(rows, path, load);
    return load;
}

}  // namespace kiosk
