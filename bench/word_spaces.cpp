// kiosk_word_spaces: how even the word spaces of justified text are, measured from
// screenshots alone (scripts/measure_word_spaces.sh takes them: every screen of the
// page, top to bottom). In each screenshot the ink is found (pixels darker than the
// middle grey); a text line is a band of rows with ink; in a band, a word space is a run
// of ink-free columns wider than a fifth of the band's height (letters never stand that
// far apart; a space is wider). Only justified lines count: those whose ink reaches the
// text column's right edge (lines whose right edge is within 1% of the most common right
// edge), which leaves out last lines, headings and notes in the margin; and only the
// spaces right of the column's left edge (the gap to a margin note beside a line is no
// word space). A line seen on
// two screens is counted once (by its place on the page: its band's top plus the
// screen's scroll). Printed: lines, spaces, the median space, the loosest line's mean
// space over that median, and the coefficient of variation of the lines' mean spaces.
//
//   kiosk_word_spaces [--list] --top PX shot0.png:SCROLL0 shot1.png:SCROLL1 ...
// --list prints the eight loosest lines: their place on the page and their spaces.
#include <SDL.h>
#include <SDL_image.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

namespace {

struct Line {
    int top = 0, bottom = 0, left = 0, right = 0;
    std::vector<int> spaces;
    std::vector<int> space_x;  // where each space starts
};

std::vector<Line> lines_in(const std::string& path, int top_px) {
    std::vector<Line> out;
    SDL_Surface* raw = IMG_Load(path.c_str());
    if (!raw) {
        std::fprintf(stderr, "%s: %s\n", path.c_str(), IMG_GetError());
        return out;
    }
    SDL_Surface* s = SDL_ConvertSurfaceFormat(raw, SDL_PIXELFORMAT_ARGB8888, 0);
    SDL_FreeSurface(raw);
    const int w = s->w, h = s->h;
    std::vector<std::uint8_t> ink(static_cast<std::size_t>(w) * h);
    for (int y = 0; y < h; ++y) {
        const auto* row =
            reinterpret_cast<const std::uint32_t*>(static_cast<const std::uint8_t*>(s->pixels) + y * s->pitch);
        for (int x = 0; x < w; ++x) {
            const std::uint32_t p = row[x];
            const int r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
            ink[static_cast<std::size_t>(y) * w + x] = (r * 299 + g * 587 + b * 114) / 1000 < 128;
        }
    }
    SDL_FreeSurface(s);
    auto ink_in_row = [&](int y) {
        int n = 0;
        for (int x = 0; x < w; ++x) n += ink[static_cast<std::size_t>(y) * w + x];
        return n;
    };
    // Bands of rows with ink. Bands cut by the top bar or the screen's bottom edge are
    // not whole lines.
    std::vector<std::pair<int, int>> bands;
    for (int y = std::max(0, top_px); y < h;) {
        if (ink_in_row(y) == 0) {
            ++y;
            continue;
        }
        const int top = y;
        while (y < h && ink_in_row(y) > 0) ++y;
        if (top <= top_px + 1 || y >= h - 1) continue;
        bands.push_back({top, y});
    }
    // Two lines whose descenders and accents touch (Cyrillic's д, у, й) make one band
    // twice as tall, whose only "spaces" are the columns both lines leave empty: such a
    // band is cut at its emptiest row near the middle. A band under half a line's height
    // is left out.
    std::vector<int> heights;
    for (const auto& [a, b] : bands) heights.push_back(b - a);
    std::sort(heights.begin(), heights.end());
    const int usual = heights.empty() ? 0 : heights[heights.size() / 2];
    std::vector<std::pair<int, int>> split;
    for (const auto& [a, b] : bands) {
        // Less than half a line's height is no line of text (a rule, a stray descender).
        if (b - a < usual * 2 / 5) continue;
        if (usual > 0 && b - a > usual * 8 / 5) {
            int cut = a + (b - a) / 2, least = w + 1;
            for (int y = a + (b - a) / 4; y < b - (b - a) / 4; ++y)
                if (const int n = ink_in_row(y); n < least) {
                    least = n;
                    cut = y;
                }
            split.push_back({a, cut});
            split.push_back({cut + 1, b});
        } else {
            split.push_back({a, b});
        }
    }
    for (const auto& [band_top, band_bottom] : split) {
        Line l;
        l.top = band_top;
        l.bottom = band_bottom;
        std::vector<bool> col(static_cast<std::size_t>(w), false);
        for (int yy = l.top; yy < l.bottom; ++yy)
            for (int x = 0; x < w; ++x)
                col[static_cast<std::size_t>(x)] =
                    col[static_cast<std::size_t>(x)] || ink[static_cast<std::size_t>(yy) * w + x];
        l.left = -1;
        for (int x = 0; x < w; ++x)
            if (col[static_cast<std::size_t>(x)]) {
                if (l.left < 0) l.left = x;
                l.right = x;
            }
        const int min_space = std::max(3, (l.bottom - l.top) / 5);
        int run = 0;
        for (int x = l.left; x <= l.right; ++x) {
            if (!col[static_cast<std::size_t>(x)])
                ++run;
            else {
                if (run >= min_space) {
                    l.spaces.push_back(run);
                    l.space_x.push_back(x - run);
                }
                run = 0;
            }
        }
        out.push_back(std::move(l));
    }
    return out;
}

// The most common of the lines' `edge`, to 4 px.
int most_common_edge(const std::map<int, Line>& page, int Line::*edge) {
    std::map<int, int> count;
    for (const auto& [at, l] : page) ++count[l.*edge / 4];
    int best = 0, most = 0;
    for (const auto& [x, n] : count)
        if (n > most) {
            most = n;
            best = x * 4;
        }
    return best;
}

}  // namespace

int main(int argc, char** argv) {
    int top_px = 0;
    bool list = false;
    std::vector<std::pair<std::string, int>> shots;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--top" && i + 1 < argc)
            top_px = std::atoi(argv[++i]);
        else if (a == "--list")
            list = true;
        else {
            const auto colon = a.rfind(':');
            shots.push_back({a.substr(0, colon), colon == std::string::npos ? 0 : std::atoi(a.c_str() + colon + 1)});
        }
    }
    if (shots.empty()) {
        std::fprintf(stderr, "usage: kiosk_word_spaces --top PX shot.png:SCROLL_PX ...\n");
        return 2;
    }
    // Every line once, by its place on the page.
    std::map<int, Line> page;
    for (const auto& [path, scroll] : shots)
        for (auto& l : lines_in(path, top_px)) {
            const int at = (l.top + scroll) / 3;  // a few pixels of rounding
            if (!page.count(at) && !page.count(at - 1) && !page.count(at + 1)) page[at] = std::move(l);
        }
    // The text column's right edge: the most common right edge among the lines. And its
    // left edge: a note in the margin beside a line (where a printed page begins) stands
    // apart from the text, and the gap to it is no word space.
    const int column_right = most_common_edge(page, &Line::right) + 2;
    const int column_left = most_common_edge(page, &Line::left);
    for (auto& [at, l] : page) {
        std::vector<int> kept;
        for (std::size_t i = 0; i < l.spaces.size(); ++i)
            if (l.space_x[i] >= column_left) kept.push_back(l.spaces[i]);
        l.spaces = std::move(kept);
    }
    std::vector<double> all, means;
    std::vector<std::pair<double, std::string>> listed;  // --list: the loosest lines, where they are
    int lines = 0;
    for (const auto& [at, l] : page) {
        if (l.spaces.size() < 2 || std::abs(l.right - column_right) > column_right * 0.01) continue;
        double sum = 0;
        std::string spaces;
        for (int s : l.spaces) {
            all.push_back(s);
            sum += s;
            spaces += " " + std::to_string(s);
        }
        means.push_back(sum / static_cast<double>(l.spaces.size()));
        listed.push_back({means.back(), "page y " + std::to_string(at * 3) + " (" + std::to_string(l.bottom - l.top) +
                                            " px tall, x " + std::to_string(l.left) + "-" + std::to_string(l.right) +
                                            "): spaces" + spaces});
        ++lines;
    }
    if (all.empty()) {
        std::printf("no justified lines found\n");
        return 1;
    }
    std::sort(all.begin(), all.end());
    const double median = all[all.size() / 2];
    const double loosest = *std::max_element(means.begin(), means.end());
    double mean = 0, var = 0;
    for (double m : means) mean += m;
    mean /= static_cast<double>(means.size());
    for (double m : means) var += (m - mean) * (m - mean);
    const double cv = std::sqrt(var / static_cast<double>(means.size())) / mean;
    std::printf(
        "justified lines %d, word spaces %zu, median space %.1f px, loosest line %.2fx the median, CV of line means "
        "%.3f\n",
        lines, all.size(), median, loosest / median, cv);
    if (list) {
        std::sort(listed.rbegin(), listed.rend());
        for (std::size_t i = 0; i < std::min<std::size_t>(8, listed.size()); ++i)
            std::printf("  %.2fx  %s\n", listed[i].first / median, listed[i].second.c_str());
    }
    return 0;
}
