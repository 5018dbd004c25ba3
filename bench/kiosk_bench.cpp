// Prints how long the kiosk's work takes on this machine: loading fonts and content,
// shaping, laying out the telegram, a frame, a PNG; and how total-fit line breaking
// compares with greedy (browser-style) justification on the telegram's long paragraph.
// Figures, not assertions: run it on the target machine and compare.
#include <SDL.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "content/config.h"
#include "content/tei_document.h"
#include "content/timeline.h"
#include "input/gestures.h"
#include "narration/content_speech.h"
#include "narration/narration_player.h"
#include "platform/espeak_voice.h"
#include "render/sdl_renderer.h"
#include "scenes/reader_layout.h"
#include "scenes/scene.h"
#include "scenes/timeline_scene.h"
#include "text/knuth_plass.h"
#include "text/text_engine.h"

using namespace kiosk;
using Clock = std::chrono::steady_clock;

namespace {

double median_ms(int runs, const std::function<void()>& f) {
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        const auto a = Clock::now();
        f();
        t.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
    }
    std::sort(t.begin(), t.end());
    return t[t.size() / 2];
}

// Greedy first-fit justification, as a browser does: as many words as fit, then
// stretch the spaces. Returns the worst adjustment ratio over the non-final lines.
float greedy_worst_ratio(const std::vector<KpItem>& items, float measure) {
    float worst = 0, width = 0, stretch = 0, pending_w = 0, pending_s = 0;
    bool line_has_box = false;
    for (const auto& it : items) {
        if (it.type == KpItem::Type::box) {
            if (line_has_box && width + pending_w + it.width_px > measure) {
                if (stretch > 0) worst = std::max(worst, (measure - width) / stretch);
                width = it.width_px;
                stretch = 0;
            } else {
                width += pending_w + it.width_px;
                stretch += pending_s;
            }
            pending_w = pending_s = 0;
            line_has_box = true;
        } else if (it.type == KpItem::Type::glue && it.stretch_px < kp_fil_stretch) {
            pending_w = it.width_px;
            pending_s = it.stretch_px;
        }
    }
    return worst;
}

// Reading aloud: how fast eSpeak NG makes the telegram's speech (its share of a core
// while reading), and how far the lit word can be from the voice through a sound
// card's queue, in a model of the kiosk's loop.
void narration_figures(const Document& doc) {
    std::printf("\n  reading aloud\n");
    const auto paragraphs = document_speech(doc, "en");
    if (auto voice = EspeakVoice::open(150)) {
        const auto a = Clock::now();
        auto source = voice->speak(paragraphs, 0, true);
        std::vector<std::int16_t> buf(4096);
        std::size_t samples = 0;
        while (!source->ended()) samples += source->read(buf.data(), buf.size());
        const double synth_s = std::chrono::duration<double>(Clock::now() - a).count();
        const double audio_s = static_cast<double>(samples) / speech_rate_hz;
        std::printf(
            "  eSpeak NG, the whole telegram: %.0f s of speech made in %.2f s: %.1f%% of a core while reading\n",
            audio_s, synth_s, 100.0 * synth_s / audio_s);
    } else {
        std::printf("  eSpeak NG is not available in this build\n");
    }
    // The model: a card plays 1024-sample blocks at 22050 Hz; the loop wakes every 16 ms
    // (up to 8 ms late), tops the queue up to 120 ms and lights the word heard by its
    // estimate (queued samples plus half a block). A word "drifts" by the time between
    // its first sample reaching the speaker and its light.
    std::vector<std::int16_t> pcm(static_cast<std::size_t>(speech_rate_hz) * 60, 100);
    std::vector<TimedWord> words;
    for (double t = 0; t < 59000; t += 180 + std::fmod(t * 7.3, 260.0)) words.push_back({0, {0, 1}, t, "w"});
    NarrationPlayer player;
    player.start("model", std::make_unique<PcmSource>(pcm, words));
    const double block_ms = 1024.0 * 1000 / speech_rate_hz;
    double played_ms = 0, next_block_ms = 0, worst = 0, sum = 0;
    std::size_t queued = 0, measured = 0;
    int lit = -1;
    std::vector<std::int16_t> chunk(512);
    unsigned seed = 7;
    for (double now = 0; now < 58000 && player.active();
         now += 16.0 + (seed = seed * 1103515245 + 12345, (seed >> 16) % 9)) {
        while (next_block_ms <= now && queued > 0) {  // the card takes a block from the queue
            const std::size_t take = std::min<std::size_t>(queued, 1024);
            queued -= take;
            played_ms += take * 1000.0 / speech_rate_hz;
            next_block_ms += block_ms;
        }
        if (queued == 0) next_block_ms = std::max(next_block_ms, now);
        while (queued < static_cast<std::size_t>(0.120 * speech_rate_hz))
            queued += player.render(chunk.data(), chunk.size(), 1.0f);
        const double latency = queued * 1000.0 / speech_rate_hz + block_ms * 0.5;
        const int w = player.word_at_heard(latency);
        if (w != lit && w >= 0) {
            // Where the speaker is now: what it has played before this block, and how far
            // into this block it has come.
            // (played_ms counts the block being played in full.)
            const double heard_ms = played_ms - block_ms + std::min(block_ms, now - (next_block_ms - block_ms));
            const double d = std::abs(heard_ms - words[static_cast<std::size_t>(w)].start_ms);
            worst = std::max(worst, d);
            sum += d;
            ++measured;
            lit = w;
        }
    }
    std::printf(
        "  lit word against the voice (model of a 1024-sample card): mean %.0f ms, worst %.0f ms over %zu words\n",
        measured ? sum / measured : 0.0, worst, measured);
}

}  // namespace

int main() {
    ConfigLoad load = load_config(KIOSK_SOURCE_ROOT "/config/kiosk.toml");
    const Config& cfg = load.config;
    std::printf("kiosk benchmark (median of repeated runs)\n");

    std::unique_ptr<TextEngine> engine;
    const double t_fonts = median_ms(5, [&] {
        Diagnostics problems;
        auto e = TextEngine::create(cfg, problems);
        engine = std::move(e).value();
    });
    std::printf("  load fonts and hyphenation patterns      %8.2f ms\n", t_fonts);

    Document doc;
    const double t_doc = median_ms(20, [&] { doc = load_tei_document(cfg.resolve(cfg.content.document)).value(); });
    std::printf("  parse the telegram (TEI, pugixml)        %8.2f ms\n", t_doc);

    std::string all;
    for (const auto& b : doc.blocks) all += b.plain_text() + "\n";
    const int face = engine->face(FontRole::body, 37.25f);
    std::size_t glyphs = 0;
    const double t_shape = median_ms(50, [&] {
        glyphs = engine->shaper().shape(engine->fonts().face(face), all, {"kern", "liga", "onum"}).size();
    });
    std::printf("  shape the whole telegram (%zu glyphs)  %8.3f ms\n", glyphs, t_shape);

    for (const auto& [w, h] : std::vector<std::pair<int, int>>{{1920, 1080}, {1080, 1920}, {3840, 2160}, {800, 480}}) {
        ReaderLayoutInput in;
        in.document = &doc;
        in.config = &cfg;
        in.screen = screen_metrics(cfg.display, w, h);
        ReaderLayout layout;
        const double t_layout = median_ms(20, [&] { layout = layout_reader(*engine, in); });
        std::printf("  lay out the telegram at %4dx%-4d         %8.2f ms  (%zu lines)\n", w, h, t_layout,
                    layout.geometry.lines.size());
    }

    // A frame and a PNG at 1920x1080, software renderer.
    ReaderLayoutInput in;
    in.document = &doc;
    in.config = &cfg;
    in.screen = screen_metrics(cfg.display, 1920, 1080);
    ReaderLayout layout = layout_reader(*engine, in);
    const double t_atlas = median_ms(1, [&] { prepare_glyphs(layout.geometry, engine->atlas()); });
    std::printf("  rasterise the glyph atlas (%zu glyphs)   %8.2f ms (once per layout)\n",
                engine->atlas().glyph_count(), t_atlas);
    auto renderer = SdlRenderer::create_headless(1920, 1080, 0, true);
    auto banded = SdlRenderer::create_headless(1920, 1080);
    if (renderer && banded) {
        auto& r = *renderer.value();
        r.draw(layout.geometry, 0, &engine->atlas(), {});  // uploads the atlas once
        const double t_frame = median_ms(30, [&] { r.draw(layout.geometry, 300, &engine->atlas(), {}); });
        std::printf("  draw one frame, software renderer        %8.2f ms\n", t_frame);
        // Timed, not checked: a failed write would show as a fast figure.
        const double t_png = median_ms(5, [&] { (void)r.save_png("/tmp/kiosk-bench.png", [] {}); });
        std::printf("  write the frame as PNG                   %8.2f ms\n", t_png);
        auto& b = *banded.value();
        const double t_bands = median_ms(5, [&] {
            (void)b.save_png("/tmp/kiosk-bench.png", [&] { b.draw(layout.geometry, 300, &engine->atlas(), {}); });
        });
        std::printf("  draw and write it in bands (previews)    %8.2f ms\n", t_bands);
    }

    // The timeline: laid out once (labels shaped), then placed again on every frame
    // of a pan (positions only, from the prepared label runs).
    {
        TimelineLoad tl = load_timeline(cfg.resolve(cfg.content.timeline));
        SceneContext ctx;
        ctx.text = engine.get();
        ctx.config = &cfg;
        ctx.document = &doc;
        ctx.timeline = &tl.timeline;
        ctx.has_timeline = true;
        ctx.screen = screen_metrics(cfg.display, 1920, 1080);
        TimelineScene scene(TimelineScene::Opening::overview, "");
        const double t_tl = median_ms(10, [&] { scene.layout(ctx); });
        std::printf("  lay out the timeline (%zu events)         %8.2f ms (once per content/size change)\n",
                    tl.timeline.events.size(), t_tl);
        SceneRequest req;
        scene.on_key(Key::escape, 0, req);  // the title slide closed: the plot is free to drag
        Gesture g;
        g.kind = Gesture::Kind::drag_begin;
        g.x_px = 960;
        g.y_px = 500;
        scene.on_gesture(g, 0, req);
        g.kind = Gesture::Kind::drag;
        g.dx_px = -3;
        const double t_pan = median_ms(200, [&] { scene.on_gesture(g, 0, req); });
        std::printf("  place the timeline for one pan frame      %8.3f ms\n", t_pan);

        // Dragging the overview strip's window: the view follows, placed again each step.
        RectF strip;
        for (const auto& t : scene.geometry().targets)
            if (t.id == "timeline:overview") strip = t.box;
        g = Gesture{};
        g.kind = Gesture::Kind::drag_begin;
        g.x_px = strip.x + strip.w / 2;
        g.y_px = strip.y + strip.h / 2;
        scene.on_gesture(g, 0, req);
        g.kind = Gesture::Kind::drag;
        float x = g.x_px;
        const double t_strip = median_ms(200, [&] {
            x += (x > strip.right() - 20) ? -strip.w / 2 : 3;
            g.x_px = x;
            g.dx_px = 3;
            scene.on_gesture(g, 0, req);
        });
        std::printf("  one frame of dragging the overview window %8.3f ms\n", t_strip);

        // From card to card (next, Right): each frame of the glide underneath places the
        // view again, with the card over it.
        TimelineScene story(TimelineScene::Opening::card, "telegram-1921");
        story.layout(ctx);
        double now = 0;
        std::vector<double> frames;
        for (int step = 0; step < 12; ++step) {
            story.on_key(step % 2 ? Key::left : Key::right, now, req);
            for (int f = 0; f < 18; ++f) {
                now += 1000.0 / 60.0;
                const auto a = Clock::now();
                story.update(now);
                frames.push_back(std::chrono::duration<double, std::milli>(Clock::now() - a).count());
            }
        }
        std::sort(frames.begin(), frames.end());
        std::printf("  one frame of the card-to-card glide       %8.3f ms (median of %zu frames)\n",
                    frames[frames.size() / 2], frames.size());
    }

    narration_figures(doc);

    // Total fit against greedy on the long paragraph of the message.
    const Block* longest = nullptr;
    for (const auto& b : doc.blocks)
        if (!longest || b.plain_text().size() > longest->plain_text().size()) longest = &b;
    std::printf("\n  the longest paragraph (%zu characters), worst adjustment ratio:\n", longest->plain_text().size());
    std::printf("  %10s %12s %12s %10s\n", "measure", "greedy", "total-fit", "KP time");
    const float body = 30.0f;
    const int f = engine->face(FontRole::body, body);
    for (float ems : {19.0f, 22.0f, 25.0f, 28.0f, 32.0f}) {
        ParagraphSpec spec;
        spec.styles.push_back({f, {"kern", "liga", "onum"}, 0, 0});
        spec.runs.push_back({longest->plain_text(), 0, {}});
        spec.measure_px = ems * body;
        spec.kp.emergency_stretch_px = body * 1.5f;
        TypesetParagraph tp;
        auto setter = engine->setter("en");
        const double t = median_ms(10, [&] { tp = setter.set(spec); });
        float worst = 0;
        for (std::size_t i = 0; i + 1 < tp.lines.size(); ++i) worst = std::max(worst, tp.lines[i].ratio);
        // The same words and glue, broken greedily (no hyphenation, as browsers by default).
        std::vector<KpItem> items;
        std::string word;
        const float space = engine->shaper().width_px(engine->fonts().face(f), " ", {});
        std::string text = longest->plain_text() + " ";
        for (char c : text) {
            if (c == ' ') {
                if (!word.empty()) {
                    items.push_back(
                        KpItem::box(engine->shaper().width_px(engine->fonts().face(f), word, {"kern", "liga"})));
                    items.push_back(KpItem::glue(space, space * spec.space_stretch, space * spec.space_shrink));
                }
                word.clear();
            } else {
                word += c;
            }
        }
        std::printf("  %7.0f em %12.2f %12.2f %7.3f ms\n", ems, greedy_worst_ratio(items, spec.measure_px), worst, t);
    }
    return 0;
}
