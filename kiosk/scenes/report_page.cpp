// Six panels in two columns (three on a tall page: one column), each a title and a
// small chart made of rectangles and labels. Bars are scaled to the largest value of
// their own chart, and every bar carries its number, so nothing is read off an axis.
#include "scenes/report_page.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "scenes/chrome.h"
#include "text/text_engine.h"

namespace kiosk {
namespace {

Color mix(Color a, Color b, float t) {
    auto ch = [t](std::uint8_t x, std::uint8_t y) { return static_cast<std::uint8_t>(std::lround(x + (y - x) * t)); };
    return {ch(a.r, b.r), ch(a.g, b.g), ch(a.b, b.b)};
}

struct Page {
    TextEngine& text;
    const ThemeConfig& theme;
    SceneGeometry& g;
    float label_px = 16;

    // A label, shortened with an ellipsis to fit `max_w` (0: no limit); returns its width.
    float label(const std::string& s, float x, float y, float px, Color fg, FontRole role = FontRole::label,
                float max_w = 0, bool right_aligned = false) {
        const int face = text.face(role, px);
        std::string shown = s;
        TextStyle st;
        st.face_index = face;
        st.features = {"kern", "tnum"};
        if (max_w > 0)
            while (shown.size() > 1 && text.set_line(shown, st).width_px > max_w) {
                // Drop whole UTF-8 characters from the end, then add the ellipsis.
                std::string base = shown.size() >= 3 && shown.compare(shown.size() - 3, 3, "…") == 0
                                       ? shown.substr(0, shown.size() - 3)
                                       : shown;
                do base.pop_back();
                while (!base.empty() && (static_cast<unsigned char>(base.back()) & 0xC0) == 0x80);
                if (!base.empty()) base.pop_back();
                while (!base.empty() && base.back() == ' ') base.pop_back();
                shown = base + "…";
            }
        SceneLine l = make_label_line(text, shown, face, st.features, x, y, std::round(px * 1.35f), fg, theme.paper,
                                      "report", "", Layer::fixed, "en");
        if (right_aligned) {
            const float dx = l.box.w;
            l.box.x -= dx;
        }
        g.lines.push_back(l);
        return l.box.w;
    }
    void rect(const RectF& r, Color c, float radius = 0) { g.rects.push_back({r, c, Layer::fixed, radius}); }
};

// The comfort options as the Home buttons name them.
std::string comfort_name(const std::string& key) {
    if (key == "larger_text") return "Larger text";
    if (key == "high_contrast") return "High contrast";
    if (key == "reduced_motion") return "Less motion";
    return key;
}

// Horizontal bars: a name, a bar and its number, one row each.
void bars(Page& p, const RectF& area, const std::vector<std::pair<std::string, double>>& rows, const char* unit,
          std::size_t max_rows) {
    if (rows.empty()) {
        p.label("Nothing yet", area.x, area.y, p.label_px, p.theme.muted);
        return;
    }
    const std::size_t fit = static_cast<std::size_t>(std::max(1.0f, std::floor(area.h / (p.label_px * 1.4f))));
    const std::size_t n = std::min({rows.size(), max_rows, fit});
    const float row_h = std::min(area.h / static_cast<float>(n), p.label_px * 2.0f);
    const float name_w = std::round(area.w * 0.46f), number_w = p.label_px * 4.5f;
    double top = 0;
    for (std::size_t i = 0; i < n; ++i) top = std::max(top, rows[i].second);
    for (std::size_t i = 0; i < n; ++i) {
        const float y = area.y + static_cast<float>(i) * row_h;
        p.label(rows[i].first, area.x, y + (row_h - p.label_px * 1.35f) / 2, p.label_px, p.theme.ink, FontRole::label,
                name_w - 8);
        const float bar_x = area.x + name_w, bar_room = area.w - name_w - number_w;
        const float w = top > 0 ? std::max(2.0f, static_cast<float>(rows[i].second / top) * bar_room) : 2.0f;
        p.rect({bar_x, y + row_h * 0.2f, w, row_h * 0.6f}, p.theme.accent, 2);
        char num[32];
        std::snprintf(num, sizeof num, "%.0f%s", rows[i].second, unit);
        p.label(num, bar_x + w + 6, y + (row_h - p.label_px * 1.35f) / 2, p.label_px, p.theme.muted);
    }
}

}  // namespace

namespace {

// Sessions per day: a column a day.
void days_chart(Page& p, const RectF& a, const VisitorReport& r) {
    const ThemeConfig& theme = p.theme;
    const auto& days = r.sessions_per_day;
    if (days.empty())
        p.label("Nothing yet", a.x, a.y, p.label_px, theme.muted);
    else {
        long top = 1;
        for (const auto& d : days) top = std::max(top, d.second);
        // The busiest day's count over the chart, the first and last days under it.
        p.label("busiest day: " + std::to_string(top), a.x, a.y, p.label_px * 0.9f, theme.muted);
        const float chart_top = a.y + std::round(p.label_px * 1.5f);
        const float chart_h = a.bottom() - chart_top - p.label_px * 1.6f;
        const float step = a.w / static_cast<float>(days.size());
        for (std::size_t i = 0; i < days.size(); ++i) {
            const float h = std::max(days[i].second ? 2.0f : 0.0f,
                                     chart_h * static_cast<float>(days[i].second) / static_cast<float>(top));
            p.rect({a.x + static_cast<float>(i) * step + step * 0.12f, chart_top + chart_h - h,
                    std::max(1.0f, step * 0.76f), h},
                   theme.accent, 1);
        }
        p.rect({a.x, chart_top + chart_h, a.w, 1}, theme.muted);
        p.label(days.front().first, a.x, chart_top + chart_h + 2, p.label_px * 0.9f, theme.muted);
        if (days.size() > 1)
            p.label(days.back().first, a.right(), chart_top + chart_h + 2, p.label_px * 0.9f, theme.muted,
                    FontRole::label, 0, true);
    }
}

// Busiest hours of the week: a cell an hour, darker for more sessions.
void hours_grid(Page& p, const RectF& a, const VisitorReport& r) {
    const ThemeConfig& theme = p.theme;
    static const char* days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    long top = 0;
    for (const auto& d : r.sessions_by_hour)
        for (long n : d) top = std::max(top, n);
    const float name_w = p.label_px * 2.8f;
    const float cell_w = (a.w - name_w) / 24.0f, cell_h = std::min((a.h - p.label_px * 1.5f) / 7.0f, cell_w * 1.2f);
    for (int d = 0; d < 7; ++d) {
        const float cy = a.y + static_cast<float>(d) * cell_h;
        p.label(days[d], a.x, cy + (cell_h - p.label_px * 1.2f) / 2, p.label_px * 0.85f, theme.muted);
        for (int h = 0; h < 24; ++h) {
            const long n = r.sessions_by_hour[static_cast<std::size_t>(d)][static_cast<std::size_t>(h)];
            const float t = top > 0 ? static_cast<float>(n) / static_cast<float>(top) : 0.0f;
            p.rect({a.x + name_w + static_cast<float>(h) * cell_w + 1, cy + 1, cell_w - 2, cell_h - 2},
                   n ? mix(theme.bar, theme.accent, 0.15f + 0.85f * t) : theme.bar, 2);
        }
    }
    for (int h = 0; h < 24; h += 6)
        p.label(std::to_string(h) + ":00", a.x + name_w + static_cast<float>(h) * cell_w, a.y + 7 * cell_h + 2,
                p.label_px * 0.85f, theme.muted);
}

// Least opened: the events nobody opened, then the fewest.
void least_opened(Page& p, const RectF& a, const VisitorReport& r) {
    const ThemeConfig& theme = p.theme;
    if (!r.never_opened.empty()) {
        const float row_h = p.label_px * 1.5f;
        const std::size_t fit = static_cast<std::size_t>(std::max(1.0f, a.h / row_h));
        const std::size_t shown = std::min(r.never_opened.size(), fit);
        const bool more = shown < r.never_opened.size();
        for (std::size_t i = 0; i < shown; ++i) {
            const bool last_row = more && i + 1 == shown;
            const std::string s = last_row ? "and " + std::to_string(r.never_opened.size() - i) + " more (see --report)"
                                           : r.never_opened[i].headline;
            p.label(s, a.x, a.y + static_cast<float>(i) * row_h, p.label_px, last_row ? theme.muted : theme.ink,
                    FontRole::label, a.w);
        }
    } else {
        std::vector<std::pair<std::string, double>> rows_;
        // NOLINTNEXTLINE(modernize-loop-convert): clang-tidy 14 cannot read libstdc++ 12's reverse_view
        for (auto it = r.events_opened.rbegin(); it != r.events_opened.rend(); ++it)
            rows_.emplace_back(it->headline, static_cast<double>(it->opened));
        bars(p, a, rows_, "", 8);
    }
}

}  // namespace

SceneGeometry report_page(TextEngine& text, const Config& config, const ScreenMetrics& screen, const VisitorReport& r,
                          float top_px) {
    const ThemeConfig& theme = config.theme;
    SceneGeometry g = empty_geometry(screen.width_px, screen.height_px, theme.paper);
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    const float m = std::round(std::max(16.0f, std::min(W, H) * 0.035f));
    Page p{text, theme, g};
    p.label_px = std::round(std::clamp(std::min(W, H) / 62.0f, 12.0f, 22.0f));
    const float title_px = std::round(p.label_px * 2.1f);

    // The title, the range and the totals.
    float y = top_px + m * 0.6f;
    p.label("Visitors", m, y, title_px, theme.ink, FontRole::display_italic);
    std::string range = r.from_day.empty() && r.to_day.empty()
                            ? "all days counted"
                            : (r.from_day.empty() ? std::string("the start") : r.from_day) + " to " +
                                  (r.to_day.empty() ? std::string("today") : r.to_day);
    if (!r.sessions_per_day.empty() && r.from_day.empty() && r.to_day.empty())
        range = r.sessions_per_day.front().first + " to " + r.sessions_per_day.back().first;
    p.label(range, W - m, y + title_px * 0.35f, p.label_px, theme.muted, FontRole::label, 0, true);
    y += std::round(title_px * 1.4f);
    char summary[256];
    std::snprintf(summary, sizeof summary, "%ld sessions · median %.0f s · %zu kiosk%s", r.sessions, r.median_session_s,
                  r.kiosks.size(), r.kiosks.size() == 1 ? "" : "s");
    std::string line = summary;
    if (r.kiosks.size() > 1)
        for (const auto& k : r.kiosks) line += " · " + k.name + " " + std::to_string(k.sessions);
    p.label(line, m, y, p.label_px * 1.15f, theme.ink, FontRole::label_strong, W - 2 * m);
    y += std::round(p.label_px * 2.6f);
    p.rect({m, y - p.label_px * 0.8f, W - 2 * m, 1}, theme.muted);

    // Six panels: two columns on a wide page, one on a tall one.
    const int cols = W >= H * 0.9f ? 2 : 1;
    const int rows = cols == 2 ? 3 : 6;
    const float gap = m;
    const float panel_w = (W - 2 * m - gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    const float panel_h = (H - y - m - gap * static_cast<float>(rows - 1)) / static_cast<float>(rows);
    auto panel = [&](int i, const std::string& title) {
        const int c = cols == 2 ? i % 2 : 0, row = cols == 2 ? i / 2 : i;
        const float x = m + static_cast<float>(c) * (panel_w + gap),
                    top = y + static_cast<float>(row) * (panel_h + gap);
        p.label(title, x, top, p.label_px * 1.1f, theme.accent, FontRole::label_strong, panel_w);
        const float head = std::round(p.label_px * 1.9f);
        return RectF{x, top + head, panel_w, panel_h - head};
    };

    // 1. Sessions per day: a column a day.
    days_chart(p, panel(0, "Sessions per day"), r);
    // 2. Busiest hours of the week: a cell an hour, darker for more sessions.
    hours_grid(p, panel(1, "Busiest hours of the week"), r);
    // 3. Most opened events, by headline.
    {
        const RectF a = panel(2, "Most opened events");
        std::vector<std::pair<std::string, double>> rows_;
        for (const auto& e : r.events_opened) rows_.emplace_back(e.headline, static_cast<double>(e.opened));
        bars(p, a, rows_, "", 8);
    }
    // 4. Least opened: the events nobody opened, then the fewest.
    least_opened(p,
                 panel(3, r.never_opened.empty() ? "Least opened events"
                                                 : "Nobody opened (" + std::to_string(r.never_opened.size()) + ")"),
                 r);
    // 5. Time on each screen, in minutes.
    {
        const RectF a = panel(4, "Time on each screen (minutes)");
        std::vector<std::pair<std::string, double>> rows_;
        for (const auto& [screen_name, s] : r.seconds_per_screen) rows_.emplace_back(screen_name, std::round(s / 60.0));
        bars(p, a, rows_, "", 6);
    }
    // 6. Languages and comfort options chosen.
    {
        const RectF a = panel(5, "Languages and comfort options chosen");
        std::vector<std::pair<std::string, double>> rows_;
        for (const auto& [l, n] : r.languages) rows_.emplace_back("Language: " + l, static_cast<double>(n));
        for (const auto& [o, n] : r.comfort) rows_.emplace_back(comfort_name(o), static_cast<double>(n));
        bars(p, a, rows_, "", 8);
    }
    return g;
}

}  // namespace kiosk
