#include "scenes/curator_scene.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

#include "core/route.h"
#include "scenes/chrome.h"
#include "scenes/report_page.h"
#include "text/text_engine.h"

namespace kiosk {

namespace {

// Curator screens are dark: unmistakably not the exhibit.
ThemeConfig curator_theme(const ThemeConfig& exhibit) {
    ThemeConfig dark = exhibit;
    dark.paper = {0x33, 0x33, 0x38};
    dark.ink = {0xf0, 0xf0, 0xf0};
    dark.muted = {0x88, 0x88, 0x90};
    return dark;
}
}  // namespace

void CuratorScene::layout(const SceneContext& ctx) {
    ctx_ = ctx;
    build();
}

void CuratorScene::build() {
    if (mode_ == Mode::pin && pad_ && pad_().unlocked) mode_ = Mode::panel;
    // A dark screen: unmistakably not the exhibit.
    SceneGeometry g = empty_geometry(ctx_.screen.width_px, ctx_.screen.height_px, Color{0x22, 0x22, 0x26});
    switch (mode_) {
        case Mode::pin:
            build_pin(g);
            break;
        case Mode::panel:
            build_panel(g);
            break;
        case Mode::touch_test:
            build_touch_test(g);
            break;
        case Mode::visitors:
            build_visitors(g);
            break;
    }
    geometry_ = std::move(g);
    changed_ = true;
}

void CuratorScene::build_pin(SceneGeometry& g) {
    TextEngine& text = *ctx_.text;
    const auto& screen = ctx_.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    const ChromeStyle chrome = chrome_style(screen, 1.0f);
    const ThemeConfig dark = curator_theme(ctx_.config->theme);
    // Keys of 20 mm: typed standing, perhaps with gloves on.
    const float key = std::min({std::max(screen.min_target_px * 1.6f, screen.mm(20)), H / 7.5f, W / 6.0f});
    const float key_w = key * 1.5f;
    const float gap = key * 0.18f;
    const float pad_w = 3 * key_w + 2 * gap;
    const float top = std::max(H * 0.08f, (H - (4 * key + 3 * gap) - key * 2.2f) / 2);
    const float label_px = chrome.label_px;
    const Color fg{0xf0, 0xf0, 0xf0};
    const PinPadView pad = pad_ ? pad_() : PinPadView{};
    std::string title = "Curator PIN";
    if (pad.no_pin)
        title = "No PIN is set: run  kiosk --set-pin";
    else if (pad.locked_for_ms > 0)
        title = "Locked for " + std::to_string(static_cast<int>(pad.locked_for_ms / 1000) + 1) + " s";
    else if (pad.error)
        title = "That PIN is not right";
    SceneLine t = make_label_line(text, title, text.face(FontRole::label_strong, label_px * 1.2f), {"kern"}, 0, top,
                                  key * 0.6f, pad.error ? Color{0xff, 0x8a, 0x7a} : fg, g.background, "label",
                                  "pin-title", Layer::fixed, "en");
    t.box.x = std::round((W - t.box.w) / 2);
    g.lines.push_back(t);
    // The PIN is never shown: one dot per digit typed.
    const float dot = key * 0.16f;
    const float dots_y = top + key * 0.75f;
    const float dots_w = static_cast<float>(pad.digits_entered) * dot * 2;
    for (std::size_t i = 0; i < pad.digits_entered; ++i)
        g.rects.push_back({{W / 2 - dots_w / 2 + static_cast<float>(i) * dot * 2 + dot / 2, dots_y, dot, dot},
                           fg,
                           Layer::fixed,
                           dot / 2});
    const float grid_top = top + key * 1.3f;
    const char* labels[12] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "Cancel", "0", "Delete"};
    const char* ids[12] = {"pin:1", "pin:2", "pin:3", "pin:4",      "pin:5", "pin:6",
                           "pin:7", "pin:8", "pin:9", "pin:cancel", "pin:0", "pin:back"};
    ChromeStyle big = chrome;
    big.button_h_px = key;
    for (int i = 0; i < 12; ++i) {
        const int row = i / 3, column = i % 3;  // a telephone's keypad: three keys a row
        const float x = (W - pad_w) / 2 + static_cast<float>(column) * (key_w + gap);
        const float y = grid_top + static_cast<float>(row) * (key + gap);
        big.label_px = (i == 9 || i == 11) ? label_px * 0.9f : label_px * 1.5f;
        add_button(g, text, dark, big, {ids[i], labels[i], false}, {x, y, key_w, key}, "en");
    }
    const float ok_y = grid_top + 4 * (key + gap);
    ChromeStyle okst = chrome;
    okst.button_h_px = key * 0.8f;
    add_button(g, text, dark, okst, {"pin:ok", "Open", true}, {(W - pad_w) / 2, ok_y, pad_w, key * 0.8f}, "en");
}

namespace {

// The panel's lines, one under another at `y`; a long one wraps at spaces and after
// slashes (a path) and is read whole.
struct PanelLines {
    TextEngine& text;
    SceneGeometry& g;
    float x0, width, y;

    void line(const std::string& s, int f, Color c, float h) {
        SceneLine l = make_label_line(text, s, f, {"kern", "tnum"}, x0, y, h, c, g.background, "diagnostic", "",
                                      Layer::fixed, "en");
        if (l.box.right() <= width - x0) {
            g.lines.push_back(std::move(l));
            y += h;
            return;
        }
        // A long message wraps, at spaces and after slashes (a path), and is read whole.
        ParagraphSpec spec;
        spec.styles.push_back({f, {"kern", "tnum"}, 0, 0});
        std::string breakable;
        for (const char ch : s) {
            breakable += ch;
            if (ch == '/') breakable += "\u200B";  // a break opportunity, no space
        }
        spec.runs.push_back({breakable, 0, {}});
        spec.measure_px = width - 2 * x0;
        spec.align = Alignment::left;
        spec.hyphenation = Hyphenation::off;
        spec.language = "en";
        const TypesetParagraph tp = text.setter("en").set(spec);
        const std::size_t first = g.lines.size();
        y = append_paragraph_lines(g.lines, text, tp, f, x0, y, h,
                                   {"diagnostic", "", c, g.background, c, Layer::fixed, width - 2 * x0});
        for (std::size_t k = first; k < g.lines.size(); ++k)
            for (auto at = g.lines[k].text.find("\u200B"); at != std::string::npos; at = g.lines[k].text.find("\u200B"))
                g.lines[k].text.erase(at, 3);
    }
};

// The panel's buttons in rows that fit the width, with each button's width.
std::vector<std::vector<std::pair<ButtonSpec, float>>> button_rows(TextEngine& text, const ChromeStyle& chrome,
                                                                   const std::vector<ButtonSpec>& buttons,
                                                                   float width) {
    std::vector<std::vector<std::pair<ButtonSpec, float>>> rows(1);
    float row_w = 0;
    for (const auto& b : buttons) {
        const float w = button_width(text, chrome, b.label, "en");
        if (row_w > 0 && row_w + w > width) {
            rows.emplace_back();
            row_w = 0;
        }
        rows.back().push_back({b, w});
        row_w += w + chrome.pad_px;
    }
    return rows;
}

}  // namespace

void CuratorScene::build_panel(SceneGeometry& g) {
    TextEngine& text = *ctx_.text;
    const auto& screen = ctx_.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    const ChromeStyle chrome = chrome_style(screen, 1.0f);
    const ThemeConfig dark = curator_theme(ctx_.config->theme);
    const CuratorInfo info = info_ ? info_() : CuratorInfo{};
    const float px = std::max(15.0f, chrome.label_px * 0.95f);
    const float lh = std::round(px * 1.55f);
    const float x0 = std::max(16.0f, W * 0.05f);
    const float y = std::max(16.0f, H * 0.05f);
    const int face = text.face(FontRole::label, px), strong = text.face(FontRole::label_strong, px * 1.3f);
    const Color fg{0xf0, 0xf0, 0xf0}, muted{0xb0, 0xb0, 0xb8}, bad{0xff, 0x8a, 0x7a};
    PanelLines panel{text, g, x0, W, y};
    auto line = [&](const std::string& s, int f, Color c, float h) { panel.line(s, f, c, h); };
    char buf[160];
    line("Curator mode", strong, fg, lh * 1.4f);
    std::snprintf(buf, sizeof buf, "Version %s   ·   up %.0f min   ·   %s", info.version.c_str(), info.uptime_s / 60,
                  info.screen.c_str());
    line(buf, face, muted, lh);
    if (info.frames_per_s > 0)
        std::snprintf(buf, sizeof buf, "Frame rate %.0f per second   ·   memory %.1f MB", info.frames_per_s,
                      info.memory_mb);
    else
        std::snprintf(buf, sizeof buf, "Frame rate not measured (headless)   ·   memory %.1f MB", info.memory_mb);
    line(buf, face, muted, lh);
    std::snprintf(buf, sizeof buf, "Content version %d   ·   last edit %s", info.content_version,
                  !info.last_reload_ok ? "REJECTED, the previous content is shown"
                  : info.last_reload_problem.empty()
                      ? "accepted"
                      : "accepted WITHOUT the rows below (each skipped, the rest shown)");
    line(buf, face, info.last_reload_ok ? muted : bad, lh);
    if (!info.last_reload_problem.empty()) line(info.last_reload_problem, face, bad, lh);
    if (!info.analytics.empty()) line(info.analytics, face, muted, lh);
    if (!info.sound.empty()) line("Sound: " + info.sound, face, muted, lh);
    if (!info.frames.empty()) line(info.frames, face, muted, lh);
    panel.y += lh * 0.4f;
    line(info.problems.empty() ? "No problems with the configuration and content."
                               : std::to_string(info.problems.size()) + " problem(s) when the content was loaded:",
         face, fg, lh);
    // Buttons along the bottom, wrapped onto a second row on narrow screens.
    std::vector<ButtonSpec> buttons{{"curator:reload", "Reload content", false},
                                    {"curator:touch", "Touch test", false},
                                    {"curator:quit", "Quit the kiosk", false},
                                    {"curator:close", "Back to the exhibit", true}};
    if (visitors_) buttons.insert(buttons.begin() + 2, {"curator:visitors", "Visitors", false});
    const auto rows = button_rows(text, chrome, buttons, W - 2 * x0);
    const float bottom = H - std::max(16.0f, H * 0.05f);
    const float buttons_y =
        bottom - static_cast<float>(rows.size()) * (chrome.button_h_px + chrome.pad_px) + chrome.pad_px;
    for (const auto& p : info.problems) {
        if (panel.y + lh > buttons_y - lh * 0.5f) break;
        line(p, face, bad, lh);
    }
    // A wrapped message that would reach the buttons stops above them.
    g.lines.erase(std::remove_if(g.lines.begin(), g.lines.end(),
                                 [&](const SceneLine& l) {
                                     return l.role == "diagnostic" && l.box.bottom() > buttons_y - lh * 0.3f;
                                 }),
                  g.lines.end());
    float by = buttons_y;
    for (const auto& row : rows) {
        float bx = x0;
        for (const auto& [b, w] : row) {
            add_button(g, text, dark, chrome, b, {bx, by, w, chrome.button_h_px}, "en");
            bx += w + chrome.pad_px;
        }
        by += chrome.button_h_px + chrome.pad_px;
    }
}

void CuratorScene::build_touch_test(SceneGeometry& g) {
    TextEngine& text = *ctx_.text;
    const auto& screen = ctx_.screen;
    const float W = static_cast<float>(screen.width_px), H = static_cast<float>(screen.height_px);
    const ChromeStyle chrome = chrome_style(screen, 1.0f);
    // A 10 mm grid: straight lines show a panel's calibration at a glance.
    // Counted in whole lines: a float counter would drift, and a step of nothing would
    // never end.
    const float step = std::max(4.0f, screen.mm(10));
    for (int k = 0; static_cast<float>(k) * step < W; ++k)
        g.rects.push_back(
            {{std::round(static_cast<float>(k) * step), 0, 1, H}, Color{0x40, 0x40, 0x48}, Layer::fixed, 0});
    for (int k = 0; static_cast<float>(k) * step < H; ++k)
        g.rects.push_back(
            {{0, std::round(static_cast<float>(k) * step), W, 1}, Color{0x40, 0x40, 0x48}, Layer::fixed, 0});
    const Color colours[] = {
        {0xff, 0x8a, 0x7a}, {0x7a, 0xc8, 0xff}, {0x9a, 0xe6, 0x8a}, {0xf5, 0xd0, 0x6a}, {0xd0, 0x9a, 0xff}};
    for (const auto& [id, pts] : traces_) {
        const Color c = colours[static_cast<std::size_t>(std::abs(id)) % 5];
        for (const auto& [x, y] : pts) g.rects.push_back({{x - 2, y - 2, 4, 4}, c, Layer::fixed, 2});
    }
    const float r = screen.mm(6);
    for (const auto& [id, p] : fingers_) {
        const Color c = colours[static_cast<std::size_t>(std::abs(id)) % 5];
        g.rects.push_back({{p.first - r, p.second - r, 2 * r, 2 * r}, c, Layer::fixed, r});
        char buf[64];
        std::snprintf(buf, sizeof buf, "%d: %.0f, %.0f", id, p.first, p.second);
        SceneLine l = make_label_line(text, buf, text.face(FontRole::label, chrome.label_px), {"tnum"},
                                      p.first + r * 1.2f, p.second - r, 2 * r, Color{0xf0, 0xf0, 0xf0}, g.background,
                                      "diagnostic", "", Layer::fixed, "en");
        g.lines.push_back(std::move(l));
    }
    SceneLine hint = make_label_line(
        text, "Touch test: every finger leaves a trace. " + std::to_string(fingers_.size()) + " touching.",
        text.face(FontRole::label, chrome.label_px), {"kern"}, 16, 12, chrome.button_h_px, Color{0xf0, 0xf0, 0xf0},
        g.background, "diagnostic", "", Layer::fixed, "en");
    g.lines.push_back(std::move(hint));
    const ThemeConfig dark = curator_theme(ctx_.config->theme);
    const float w = button_width(text, chrome, "Done", "en");
    add_button(g, text, dark, chrome, {"curator:panel", "Done", true}, {W - w - 16, 12, w, chrome.button_h_px}, "en");
}

void CuratorScene::build_visitors(SceneGeometry& g) {
    // The page --report-png draws, for this kiosk, in the exhibit's own colours; a bar
    // with Done above it.
    TextEngine& text = *ctx_.text;
    const ChromeStyle chrome = chrome_style(ctx_.screen, 1.0f);
    const float bar_h = chrome.button_h_px + 24;
    g = report_page(text, *ctx_.config, ctx_.screen, report_ ? *report_ : VisitorReport{}, bar_h);
    const ThemeConfig dark = curator_theme(ctx_.config->theme);
    g.rects.push_back(
        {{0, 0, static_cast<float>(ctx_.screen.width_px), bar_h}, Color{0x22, 0x22, 0x26}, Layer::fixed, 0});
    g.lines.push_back(make_label_line(text, "Visitors at this kiosk", text.face(FontRole::label, chrome.label_px),
                                      {"kern"}, 16, 12, chrome.button_h_px, Color{0xf0, 0xf0, 0xf0},
                                      Color{0x22, 0x22, 0x26}, "diagnostic", "", Layer::fixed, "en"));
    const float w = button_width(text, chrome, "Done", "en");
    add_button(g, text, dark, chrome, {"curator:panel", "Done", true},
               {static_cast<float>(ctx_.screen.width_px) - w - 16, 12, w, chrome.button_h_px}, "en");
}

void CuratorScene::on_pointer(const PointerEvent& e) {
    if (mode_ != Mode::touch_test) return;
    if (e.kind == PointerEvent::Kind::up || e.kind == PointerEvent::Kind::cancel)
        fingers_.erase(e.id);
    else {
        fingers_[e.id] = {e.x_px, e.y_px};
        auto& trace = traces_[e.id];
        trace.push_back({e.x_px, e.y_px});
        if (trace.size() > 400) trace.erase(trace.begin());
    }
    build();
}

void CuratorScene::on_key(Key key, double /*now_ms*/, SceneRequest& req) {
    if (mode_ != Mode::pin) return;
    if (const int d = digit_of(key); d >= 0)
        req.setting = "pin:" + std::to_string(d);
    else if (key == Key::backspace)
        req.setting = "pin:back";
    else if (key == Key::enter)
        req.setting = "pin:ok";
    else if (key == Key::escape)
        req.setting = "pin:cancel";
}

void CuratorScene::on_gesture(const Gesture& g, double, SceneRequest& req) {
    if (g.kind != Gesture::Kind::tap) return;
    const std::string id = target_at(geometry_, 0, g.x_px, g.y_px);
    if (mode_ == Mode::pin) {
        if (parse_route(id).is(Route::Kind::pin)) req.setting = id;  // the app's gate answers, then lays us out again
        return;
    }
    if (id == "curator:close")
        req.navigate_to = "curator:close";
    else if (id == "curator:reload")
        req.setting = "reload";
    else if (id == "curator:quit")
        req.setting = "quit";
    else if (id == "curator:touch") {
        mode_ = Mode::touch_test;
        traces_.clear();
        build();
    } else if (id == "curator:visitors" && visitors_) {
        report_ = visitors_();
        mode_ = Mode::visitors;
        build();
    } else if (id == "curator:panel") {
        mode_ = Mode::panel;
        report_.reset();
        build();
    }
}

bool CuratorScene::update(double now_ms) {
    // Uptime and the lockout countdown change by the second.
    if (now_ms - last_refresh_ms_ >= 1000 && mode_ != Mode::touch_test && mode_ != Mode::visitors) {
        last_refresh_ms_ = now_ms;
        build();
    }
    return false;
}

bool CuratorScene::take_geometry_changed() {
    const bool c = changed_;
    changed_ = false;
    return c;
}

void CuratorScene::dump_state(nlohmann::json& state) const {
    const PinPadView pad = pad_ ? pad_() : PinPadView{};
    const char* modes[] = {"pin", "panel", "touch_test", "visitors"};
    state["curator"] = {{"mode", modes[static_cast<int>(mode_)]}, {"pin_error", pad.error},
                        {"digits_entered", pad.digits_entered},   {"locked", pad.locked_for_ms > 0},
                        {"locked_for_ms", pad.locked_for_ms},     {"no_pin", pad.no_pin}};
}

}  // namespace kiosk
