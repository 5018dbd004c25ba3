// The attract loop's compositions: each fills the screen above the invitation in its own
// way, so that a passer-by sees the picture change every few seconds (issue 23):
//   title     the exhibit's name, a sentence of the telegram, the timeline's years drifting
//   event     an event's map or picture, panning slowly, beside its year and headline
//   telegram  the telegram itself, typeset on a sheet, rising slowly
//   question  the question the telegram asked America, which the visitor can answer
// Every composition has one main line read from three metres (capitals of 20 mm where the
// height allows it) in an upright face. Laid out once, when the screen, the language or
// the content changes; the scene only moves and fades what is laid out here.
#pragma once

#include <string>
#include <vector>

#include "scenes/scene.h"

namespace kiosk {

struct AttractSlide {
    std::string kind;      // title, event, telegram, question
    std::string language;  // its main line's
    std::string subject;   // what it shows: an event's id, the quotation's first words
    std::vector<SceneRect> rects;
    std::vector<SceneImage> images;
    std::vector<SceneLine> lines;
    // What moves while it is shown: these lines and pictures travel at `velocity_px_s`,
    // seen through `window` (pictures clipped to it; lines outside it left out, and
    // faded over `fade_px` inside its edges along the way they travel).
    std::vector<SceneLine> moving_lines;
    std::vector<SceneImage> moving_images;
    RectF window;
    float fade_px = 0;
    float velocity_x_px_s = 0, velocity_y_px_s = 0;
};

// What every composition shares, decided by the scene.
struct AttractFrame {
    RectF area;            // where a composition draws: the screen above the invitation
    float main_px = 0;     // the main line's type size
    float body_px = 0;     // the screen's reading size
    float duration_s = 9;  // how long each composition is shown
    bool drifting_years = true;
    std::vector<std::string> languages;  // the compositions' languages, in turn
    std::vector<std::string> greeting;   // every language the kiosk offers, the default first
};

// The compositions in the order they are shown, one full round of the loop: every event
// with a picture once, the telegram's sentences in turn, languages alternating.
std::vector<AttractSlide> build_attract_slides(const SceneContext& ctx, const AttractFrame& frame);

}  // namespace kiosk
