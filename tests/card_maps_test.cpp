// Maps a visitor can read (issue 22): every event whose picture is a map shows it in the
// visitor's language (map-NAME.ru.png for Russian, drawn by tools/make_maps.sh with its
// place names lettered in Russian), and at 1920x1080 the card shows it at least at the
// size that keeps its smallest names 14 px tall (they are set at 9.5 pt in a 110 dpi
// picture: 14.5 px at full size).
#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <nlohmann/json.hpp>

#include "shipped_timeline.h"

namespace kiosk {
namespace {

using nlohmann::json;

// A PNG's width from its header (IHDR), or 0.
int png_width(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    unsigned char h[24] = {};
    if (!f.read(reinterpret_cast<char*>(h), 24)) return 0;
    return (h[16] << 24) | (h[17] << 16) | (h[18] << 8) | h[19];
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

TEST(CardMaps, GivenEveryMapCardInBothLanguagesThenItsOwnLetteringShowsLargeEnoughToRead) {
    int maps = 0;
    for (const auto& ev : test::shipped_timeline().events) {
        if (ev.media.find("map-") == std::string::npos) continue;
        ++maps;
        for (const std::string lang : {"en", "ru"}) {
            const std::string dir = test::temp_dir("maps");
            const auto r = test::run(test::kiosk_binary() + " --headless --size 1920x1080 --lang " + lang +
                                     " --scene event:" + ev.id + " --dump-layout " + dir + "/l.json");
            ASSERT_EQ(r.exit_code, 0) << r.output;
            const json l = test::read_json(dir + "/l.json");
            ASSERT_EQ(l["images"].size(), 1u) << ev.id << " " << lang;
            const json& im = l["images"][0];
            const std::string path = im["path"];
            EXPECT_TRUE(im["visible"].get<bool>()) << ev.id;
            EXPECT_EQ(ends_with(path, ".ru.png"), lang == "ru") << ev.id << " " << lang << " shows " << path;
            const int native = png_width(path);
            ASSERT_GT(native, 0) << path;
            EXPECT_GE(double(im["w"]), native * 14.0 / 14.5 - 0.5)
                << ev.id << " " << lang << ": the map is shown " << double(im["w"]) << " px wide, its names need "
                << native * 14.0 / 14.5;
        }
    }
    EXPECT_GE(maps, 15);
}

}  // namespace
}  // namespace kiosk
