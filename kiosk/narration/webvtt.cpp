#include "narration/webvtt.h"

#include <cmath>

#include "core/limits.h"
#include "core/text_file.h"
#include "narration/speech_text.h"

namespace kiosk {
namespace {

std::string format_ms(double ms) {
    char buf[32];
    const long long t = std::llround(ms);
    std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%03lld", t / 3600000, t / 60000 % 60, t / 1000 % 60, t % 1000);
    return buf;
}

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t to = text.find('\n', from);
        if (to == std::string_view::npos) to = text.size();
        std::string_view line = text.substr(from, to - from);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (to == text.size()) break;
        from = to + 1;
    }
    return lines;
}

std::string decode_entities(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '&') {
            static const std::pair<std::string_view, std::string_view> names[] = {
                {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&nbsp;", "\u00a0"}, {"&lrm;", ""}, {"&rlm;", ""}};
            bool done = false;
            for (const auto& [name, value] : names)
                if (s.substr(i, name.size()) == name) {
                    out += value;
                    i += name.size() - 1;
                    done = true;
                    break;
                }
            if (done) continue;
        }
        out += s[i];
    }
    return out;
}

// A stretch of cue text and the time it starts (the cue's start, or a timestamp tag's).
struct TimedRun {
    double start_ms = 0;
    std::string text;
    std::vector<std::pair<int, int>> positions;  // line and column of each byte of `text`
};

}  // namespace

bool VttLoad::ok() const {
    for (const auto& d : problems)
        if (d.severity == Diagnostic::Severity::error) return false;
    return true;
}

bool parse_vtt_timestamp(std::string_view s, double& ms) {
    // [hh:]mm:ss.ttt, hours two digits or more.
    std::vector<std::string_view> parts;
    std::size_t from = 0;
    for (std::size_t i = 0; i <= s.size(); ++i)
        if (i == s.size() || s[i] == ':') {
            parts.push_back(s.substr(from, i - from));
            from = i + 1;
        }
    if (parts.size() < 2 || parts.size() > 3) return false;
    auto digits = [](std::string_view d, std::size_t min_n, std::size_t max_n, long long& v) {
        if (d.size() < min_n || d.size() > max_n) return false;
        v = 0;
        for (char c : d) {
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        return true;
    };
    const std::string_view sec = parts.back();
    const auto dot = sec.find('.');
    if (dot == std::string_view::npos) return false;
    long long h = 0, m = 0, sc = 0, frac = 0;
    if (parts.size() == 3 && !digits(parts[0], 2, 9, h)) return false;
    if (!digits(parts[parts.size() - 2], 2, 2, m) || m > 59) return false;
    if (!digits(sec.substr(0, dot), 2, 2, sc) || sc > 59) return false;
    if (!digits(sec.substr(dot + 1), 3, 3, frac)) return false;
    ms = static_cast<double>(((h * 60 + m) * 60 + sc) * 1000 + frac);
    return true;
}

namespace {

// One WebVTT file read block by block: the header, then cues (a NOTE, STYLE or REGION
// block is stepped over), each with its times, its payload's timed runs and its words.
class VttParser {
public:
    VttParser(std::string_view text, const std::string& path) : path_(path) {
        if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
        lines_ = split_lines(text);
    }

    VttLoad run() {
        if (lines_.empty() || lines_[0].substr(0, 6) != "WEBVTT" ||
            (lines_[0].size() > 6 && lines_[0][6] != ' ' && lines_[0][6] != '\t')) {
            error(1, 1, "expected \"WEBVTT\" on the first line (a WebVTT file)");
            return std::move(out_);
        }
        std::size_t i = 1;
        // The header runs to the first blank line.
        while (i < lines_.size() && !lines_[i].empty()) ++i;
        while (i < lines_.size()) {
            while (i < lines_.size() && lines_[i].empty()) ++i;
            if (i >= lines_.size()) break;
            std::size_t block_end = i;
            while (block_end < lines_.size() && !lines_[block_end].empty()) ++block_end;
            read_block(i, block_end);
            i = block_end;
        }
        return std::move(out_);
    }

private:
    void error(int line, int col, std::string msg) {
        out_.problems.push_back({path_, line, col, std::move(msg), Diagnostic::Severity::error});
    }

    void read_block(std::size_t block_start, std::size_t block_end) {
        const std::string_view first = lines_[block_start];
        if (first.substr(0, 4) == "NOTE" || first.substr(0, 5) == "STYLE" || first.substr(0, 6) == "REGION") return;
        std::size_t timing = block_start;
        if (first.find("-->") == std::string_view::npos) ++timing;  // a cue identifier
        if (timing >= block_end || lines_[timing].find("-->") == std::string_view::npos) {
            error(static_cast<int>(block_start + 1), 1, "expected a cue's times, like \"00:01.000 --> 00:04.500\"");
            return;
        }
        VttCue cue;
        cue.line = static_cast<int>(timing + 1);
        if (!read_times(lines_[timing], cue)) return;
        previous_start_ = std::max(previous_start_, cue.start_ms);
        time_words(cue, read_payload(cue, timing, block_end));
        out_.cues.push_back(std::move(cue));
    }

    // The timing line: false when a time cannot be read (the cue is left out).
    bool read_times(std::string_view tl, VttCue& cue) {
        const int line_no = cue.line;
        const auto arrow = tl.find("-->");
        auto trim = [](std::string_view s) {
            while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
            while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
            return s;
        };
        const std::string_view start_s = trim(tl.substr(0, arrow));
        std::string_view rest = trim(tl.substr(arrow + 3));
        const std::string_view end_s = rest.substr(0, rest.find_first_of(" \t"));  // cue settings may follow
        bool times_ok = true;
        if (!parse_vtt_timestamp(start_s, cue.start_ms)) {
            error(line_no, 1, "expected a start time like 00:01.000, found \"" + std::string(start_s) + "\"");
            times_ok = false;
        }
        if (!parse_vtt_timestamp(end_s, cue.end_ms)) {
            error(line_no, static_cast<int>(tl.find(end_s) + 1),
                  "expected an end time like 00:04.500, found \"" + std::string(end_s) + "\"");
            times_ok = false;
        }
        if (times_ok && cue.end_ms <= cue.start_ms)
            error(line_no, static_cast<int>(tl.find(end_s) + 1),
                  "the cue ends (" + format_ms(cue.end_ms) + ") before it starts (" + format_ms(cue.start_ms) + ")");
        if (times_ok && cue.start_ms < previous_start_)
            error(line_no, 1,
                  "the cue starts at " + format_ms(cue.start_ms) + ", before the cue above it (" +
                      format_ms(previous_start_) + "): cues must be in order");
        return times_ok;
    }

    // The payload: text, tags (a timestamp starts a new timed run; others are ignored),
    // character references.
    std::vector<TimedRun> read_payload(const VttCue& cue, std::size_t timing, std::size_t block_end) {
        std::vector<TimedRun> runs(1);
        runs[0].start_ms = cue.start_ms;
        double last_time = cue.start_ms;
        for (std::size_t l = timing + 1; l < block_end; ++l) {
            const std::string_view pl = lines_[l];
            if (l > timing + 1) {
                runs.back().text += ' ';
                runs.back().positions.push_back({static_cast<int>(l + 1), 1});
            }
            for (std::size_t c = 0; c < pl.size();) {
                if (pl[c] == '<') {
                    const auto close = pl.find('>', c);
                    if (close == std::string_view::npos) {
                        error(static_cast<int>(l + 1), static_cast<int>(c + 1),
                              "a tag opened with '<' is not closed with '>'");
                        break;
                    }
                    read_tag(pl.substr(c + 1, close - c - 1), static_cast<int>(l + 1), static_cast<int>(c + 2), cue,
                             last_time, runs);
                    c = close + 1;
                    continue;
                }
                c = read_text(pl, c, static_cast<int>(l + 1), runs.back());
            }
        }
        return runs;
    }

    // A tag: a timestamp within the cue and after the last starts a new timed run.
    void read_tag(std::string_view tag, int line, int col, const VttCue& cue, double& last_time,
                  std::vector<TimedRun>& runs) {
        double t = 0;
        if (tag.empty() || tag[0] < '0' || tag[0] > '9') return;
        if (!parse_vtt_timestamp(tag, t)) {
            error(line, col, "expected a timestamp like <00:01.250>, found <" + std::string(tag) + ">");
        } else if (t < cue.start_ms || t > cue.end_ms) {
            error(line, col,
                  "the word time " + format_ms(t) + " lies outside its cue (" + format_ms(cue.start_ms) + " --> " +
                      format_ms(cue.end_ms) + ")");
        } else if (t < last_time) {
            error(line, col,
                  "the word time " + format_ms(t) + " comes before the time above it (" + format_ms(last_time) + ")");
        } else {
            last_time = t;
            runs.push_back({t, {}, {}});
        }
    }

    // Text up to the next tag: entities decoded, remembering where each byte was.
    // Returns where the text stopped.
    static std::size_t read_text(std::string_view pl, std::size_t c, int line, TimedRun& run) {
        const auto next = pl.find('<', c);
        const std::size_t stop = next == std::string_view::npos ? pl.size() : next;
        for (std::size_t k = c; k < stop;) {
            std::size_t len = 1;
            if (pl[k] == '&') {
                const auto semi = pl.find(';', k);
                if (semi != std::string_view::npos && semi < stop && semi - k <= 6) len = semi - k + 1;
            }
            const std::string piece = len > 1 ? decode_entities(pl.substr(k, len)) : std::string(1, pl[k]);
            run.text += piece;
            for (std::size_t b = 0; b < piece.size(); ++b) run.positions.push_back({line, static_cast<int>(k + 1)});
            k += len;
        }
        return stop;
    }

    // Words of each run, timed from its start to the next run's (or the cue's end) in
    // proportion to where they stand in it.
    static void time_words(VttCue& cue, const std::vector<TimedRun>& runs) {
        for (std::size_t r = 0; r < runs.size(); ++r) {
            const auto& run = runs[r];
            const double t0 = run.start_ms;
            const double t1 = r + 1 < runs.size() ? runs[r + 1].start_ms : cue.end_ms;
            SpeechParagraph p{run.text, "en", {}};
            const auto words = words_of(p, 0);
            const double len = std::max<double>(1, static_cast<double>(run.text.size()));
            for (const auto& w : words) {
                VttWord vw;
                vw.text = run.text.substr(w.bytes.begin, w.bytes.end - w.bytes.begin);
                vw.start_ms = t0 + (t1 - t0) * static_cast<double>(w.bytes.begin) / len;
                if (w.bytes.begin < run.positions.size()) {
                    vw.line = run.positions[w.bytes.begin].first;
                    vw.column = run.positions[w.bytes.begin].second;
                }
                cue.words.push_back(std::move(vw));
            }
        }
    }

    const std::string& path_;
    std::vector<std::string_view> lines_;
    VttLoad out_;
    double previous_start_ = -1;
};

}  // namespace

VttLoad parse_webvtt(std::string_view text, const std::string& path) {
    return VttParser(text, path).run();
}

VttLoad load_webvtt(const std::string& path) {
    // Through the one door: a FIFO would block Listen, /dev/zero fill the memory, and a
    // script past limits::script_bytes freeze the kiosk while it is read.
    auto text = read_text_file(path, limits::script_bytes, "the narration's script");
    if (!text) {
        VttLoad out;
        out.problems.push_back(text.error());
        return out;
    }
    VttLoad load = parse_webvtt(text.value(), path);
    if (const auto bad = invalid_utf8(text.value(), path)) load.problems.push_back(*bad);
    return load;
}

void check_cues_within(const VttLoad& vtt, double audio_ms, const std::string& path, Diagnostics& out) {
    for (const auto& cue : vtt.cues)
        if (cue.end_ms > audio_ms + 50) {  // a few milliseconds of rounding are no error
            out.push_back({path, cue.line, 1,
                           "the cue ends at " + format_ms(cue.end_ms) + ", after the recording's end (" +
                               format_ms(audio_ms) + ")",
                           Diagnostic::Severity::error});
            return;  // the cues after it end later still: one message says it
        }
}

}  // namespace kiosk
