// Files a careless curator or an attacker could put where the kiosk reads (issue 27):
// a folder where a font should be, the kernel's own files, a pipe, /dev/zero, a file far
// past its limit, numbers that are not numbers, a damaged lock-out file. Each is refused
// with its path and reason, quickly, and the kiosk starts all the same.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "app/gate_lock_file.h"
#include "app/health_metrics.h"
#include "content/config.h"
#include "core/image_header.h"
#include "core/limits.h"
#include "core/replace_file.h"
#include "core/text_file.h"
#include "narration/webvtt.h"
#include "platform/analytics_store.h"
#include "platform/image_file.h"
#include "platform/recorded_voice.h"
#include "test_support.h"
#include "text/font_face.h"
#include "text/hyphenator.h"

namespace kiosk {
namespace {

namespace fs = std::filesystem;

// A named pipe with no writer: a reader that opens it waits for ever.
std::string fifo_in(const std::string& dir, const std::string& name) {
    const std::string path = dir + "/" + name;
    EXPECT_EQ(::mkfifo(path.c_str(), 0600), 0) << path;
    return path;
}

void set_key(const std::string& config, const std::string& key, const std::string& value) {
    test::run("sed -i 's|^" + key + " = .*|" + key + " = " + value + "|' '" + config + "'");
    ASSERT_NE(test::read_file(config).find(key + " = " + value), std::string::npos) << key;
}

// ---- fonts: a folder, the kernel's files, /dev/zero and a pipe, at --check and at a start

class HostileFont : public ::testing::TestWithParam<const char*> {};

TEST_P(HostileFont, GivenItAsTheBodyFontThenCheckNamesItAndTheKioskStillStarts) {
    const std::string dir = test::data_copy("hostile-font");
    std::string font = GetParam();
    if (font == "fifo") font = fifo_in(dir, "font.otf");
    const std::string config = dir + "/config/kiosk.toml";
    set_key(config, "font_body", "\"" + font + "\"");
    // `timeout`: a read that never ends fails the test instead of hanging it.
    const auto check = test::run("timeout 60 " + test::kiosk_binary() + " --check --config " + config);
    EXPECT_LT(check.exit_code, 2) << "no crash, no hang (124), no abort (134): " << check.output;
    EXPECT_NE(check.output.find("the font"), std::string::npos) << check.output;
    const std::string png = dir + "/start.png";
    const auto start = test::run("timeout 60 " + test::kiosk_binary() + " --headless --size 800x480 --config " +
                                 config + " --screenshot " + png);
    EXPECT_EQ(start.exit_code, 0) << start.output;
    EXPECT_TRUE(fs::exists(png)) << "the start screen, in the kiosk's own font";
}

INSTANTIATE_TEST_SUITE_P(Files, HostileFont, ::testing::Values("fonts/", "/proc/self/mem", "/dev/zero", "fifo"),
                         [](const auto& info) {
                             const std::string s = info.param;
                             return s == "fonts/"           ? std::string("Folder")
                                    : s == "/proc/self/mem" ? std::string("ProcSelfMem")
                                    : s == "/dev/zero"      ? std::string("DevZero")
                                                            : std::string("Fifo");
                         });

TEST(FileDoor, GivenAFontFileThatIsAPipeThenOpeningItSaysSoAtOnce) {
    const std::string dir = test::temp_dir("hostile-fontfile");
    auto library = FontLibrary::create();
    ASSERT_TRUE(library);
    for (const std::string& path : {fifo_in(dir, "f.otf"), std::string("/dev/zero"), dir}) {
        const auto file = FontFile::open(library.value(), path);
        ASSERT_FALSE(file) << path;
        EXPECT_EQ(file.error().file, path);
    }
}

// ---- hyphenation dictionaries

TEST(FileDoor, GivenADictionaryThatIsAPipeOrDevZeroThenItIsRefusedWithItsReason) {
    const std::string dir = test::temp_dir("hostile-dict");
    const auto pipe = Hyphenator::load(fifo_in(dir, "hyph_ru_RU.dic"));
    ASSERT_FALSE(pipe);
    EXPECT_NE(pipe.error().message.find("not a regular file"), std::string::npos) << pipe.error().message;
    const auto zero = Hyphenator::load("/dev/zero");
    ASSERT_FALSE(zero);
    EXPECT_NE(zero.error().message.find("dictionary"), std::string::npos) << zero.error().message;
}

// ---- narration: the script and the recording

TEST(FileDoor, GivenANarrationScriptThatIsAPipeDevZeroOrTooLargeThenItIsRefused) {
    const std::string dir = test::temp_dir("hostile-vtt");
    const std::string big = dir + "/big.vtt";
    {
        std::ofstream out(big, std::ios::binary);
        out << "WEBVTT\n\n";
        // One line past the limit: read whole, it froze the kiosk for seconds.
        out << std::string(limits::script_bytes + 1, 'a');
    }
    for (const std::string& path : {fifo_in(dir, "p.vtt"), std::string("/dev/zero"), big}) {
        const VttLoad load = load_webvtt(path);
        ASSERT_FALSE(load.problems.empty()) << path;
        EXPECT_EQ(load.problems.front().file, path);
        EXPECT_TRUE(load.cues.empty());
    }
    EXPECT_NE(load_webvtt(big).problems.front().message.find("the limit"), std::string::npos);
}

TEST(FileDoor, GivenARecordingThatIsAPipeOrDevZeroThenItIsRefusedAtOnce) {
    const std::string dir = test::temp_dir("hostile-ogg");
    for (const std::string& path : {fifo_in(dir, "telegram.en.ogg"), std::string("/dev/zero")}) {
        const auto opened = open_recording(path, {}, 0);
        ASSERT_FALSE(opened) << path;
        EXPECT_FALSE(recording_length_ms(path)) << path;
    }
}

// ---- numbers that are not numbers

class NotANumber : public ::testing::TestWithParam<std::pair<const char*, const char*>> {};

TEST_P(NotANumber, GivenItInATypographySettingThenItIsRefusedLikeAnOutOfRangeOne) {
    const auto [key, value] = GetParam();
    const std::string dir = test::data_copy("nan-setting");
    const std::string config = dir + "/config/kiosk.toml";
    set_key(config, key, value);
    const ConfigLoad load = load_config(config);
    ASSERT_FALSE(load.problems.empty()) << key << " = " << value << " passed";
    EXPECT_NE(load.problems.front().message.find(key), std::string::npos) << load.problems.front().to_string();
    const TypographyConfig& t = load.config.typography;
    EXPECT_TRUE(std::isfinite(t.body_size_pt) && std::isfinite(t.leading) && std::isfinite(t.reference_distance_mm))
        << "the default stays";
    const auto check = test::run(test::kiosk_binary() + " --check --config " + config);
    EXPECT_EQ(check.exit_code, 1) << check.output;
    EXPECT_EQ(check.output.find("All is well"), std::string::npos) << check.output;
}

INSTANTIATE_TEST_SUITE_P(Settings, NotANumber,
                         ::testing::Values(std::pair{"body_size_pt", "nan"}, std::pair{"leading", "nan"},
                                           std::pair{"reference_distance_mm", "nan"}, std::pair{"leading", "inf"},
                                           std::pair{"body_size_pt", "-inf"}));

// ---- the PIN pad's lock-out file (before, {"wrong_in_row": null} aborted every start)

TEST(FileDoor, GivenALockFileWithANullFieldThenThePadStartsLockedAndTheFileIsSetAside) {
    const std::string dir = test::temp_dir("hostile-lock");
    for (const std::string& damage :
         {std::string(R"({"wrong_in_row": null})"), std::string(R"({"lockouts": "3"})"),
          std::string(R"({"locked_until_unix_ms": [1]})"), std::string("{\"wrong"), std::string("[]")}) {
        const std::string path = dir + "/curator-lock.json";
        std::ofstream(path) << damage;
        const auto lock = load_gate_lock(path);
        ASSERT_TRUE(lock) << damage;
        EXPECT_GT(lock->remaining_ms, 0) << damage << ": a damaged file keeps the pad locked";
        EXPECT_FALSE(fs::exists(path)) << damage;
        EXPECT_TRUE(fs::exists(path + ".damaged")) << damage;
        fs::remove(path + ".damaged");
    }
}

TEST(FileDoor, GivenADamagedLockFileReadByAPreviewThenThePadIsLockedAndTheFileLeftWhereItIs) {
    const std::string dir = test::temp_dir("preview-lock");
    const std::string path = dir + "/curator-lock.json";
    std::ofstream(path) << R"({"wrong_in_row": null})";
    const auto lock = load_gate_lock(path, LockFileUse::look_only);
    ASSERT_TRUE(lock);
    EXPECT_GT(lock->remaining_ms, 0);
    EXPECT_TRUE(fs::exists(path)) << "the running kiosk's file, not the preview's to move";
    EXPECT_FALSE(fs::exists(path + ".damaged"));
}

TEST(FileDoor, GivenASoundLockFileThenItsFiguresAreRead) {
    const std::string dir = test::temp_dir("sound-lock");
    const std::string path = dir + "/curator-lock.json";
    std::ofstream(path) << R"({"wrong_in_row": 2, "lockouts": 1, "locked_until_unix_ms": 0})";
    const auto lock = load_gate_lock(path);
    ASSERT_TRUE(lock);
    EXPECT_EQ(lock->wrong_in_row, 2);
    EXPECT_EQ(lock->lockouts, 1);
    EXPECT_EQ(lock->remaining_ms, 0);
    EXPECT_TRUE(fs::exists(path)) << "a sound file stays where it is";
}

TEST(FileDoor, GivenALockFileWithANullFieldThenTheKioskStarts) {
    const std::string dir = test::data_copy("hostile-lock-start");
    const std::string state = dir + "/state";
    fs::create_directories(state);
    std::ofstream(state + "/curator-lock.json") << R"({"wrong_in_row": null})";
    const std::string config = dir + "/config/kiosk.toml";
    const auto r = test::run("STATE_DIRECTORY=" + state + " timeout 60 " + test::kiosk_binary() +
                             " --headless --size 800x480 --config " + config + " --screenshot " + dir + "/start.png");
    EXPECT_EQ(r.exit_code, 0) << r.output;
}

// ---- pictures whose size fields lie to the decoder

std::string little16(int v) {
    return {static_cast<char>(v & 0xFF), static_cast<char>((v >> 8) & 0xFF)};
}

// 10×10 on its screen, 20000×20000 in its one image block: SDL_image allocated the block
// (2 GB and 30 s; at 65535², 21 GB).
std::string lying_gif() {
    std::string g = "GIF89a" + little16(10) + little16(10) + std::string("\0\0\0", 3);
    g += "\x2C" + little16(0) + little16(0) + little16(20000) + little16(20000) + std::string("\0", 1);
    g += std::string("\x02\x02\x44\x01\0", 5) + "\x3B";
    return g;
}

// A progressive JPEG's frame and one scan repeated: 2,000 scans took 15 s to decode,
// 20,000 never finished.
std::string scan_bomb_jpeg(int scans) {
    std::string j = "\xFF\xD8";
    j += std::string("\xFF\xC2\x00\x0B\x08\x00\x10\x00\x10\x01\x01\x11\x00", 13);  // SOF2: 16×16, one component
    for (int i = 0; i < scans; ++i) j += std::string("\xFF\xDA\x00\x08\x01\x01\x00\x00\x00\x00\x2A", 11);
    return j + "\xFF\xD9";
}

TEST(FileDoor, GivenAGifWhoseImageBlockIsLargerThanItsScreenThenTheBlockIsMeasured) {
    const std::string dir = test::temp_dir("lying-gif");
    const std::string gif = dir + "/small.gif";
    std::ofstream(gif, std::ios::binary) << lying_gif();
    std::string why;
    EXPECT_FALSE(image_file_size(gif, why)) << "the 20000×20000 block passed as 10×10";
    EXPECT_NE(why.find("20000"), std::string::npos) << why;
    const auto header = read_image_header(lying_gif());
    ASSERT_TRUE(header);
    EXPECT_EQ(header->width_px, 20000);
}

TEST(FileDoor, GivenAJpegOfTwoThousandScansThenItIsRefusedBeforeDecoding) {
    const std::string dir = test::temp_dir("scan-bomb");
    const std::string jpeg = dir + "/bomb.jpg";
    std::ofstream(jpeg, std::ios::binary) << scan_bomb_jpeg(2000);
    std::string why;
    EXPECT_FALSE(image_file_size(jpeg, why));
    EXPECT_NE(why.find("2000 scans"), std::string::npos) << why;
    // Ten scans, as a real progressive JPEG has, pass.
    std::ofstream(jpeg, std::ios::binary) << scan_bomb_jpeg(10);
    const auto header = read_image_header(scan_bomb_jpeg(10));
    ASSERT_TRUE(header);
    EXPECT_EQ(header->scans, 10);
    EXPECT_EQ(header->width_px, 16);
}

// Real pictures of every format (fuzz/corpus/image, made from a map with Pillow): the
// header measures each, a progressive JPEG's scans are counted, and a GIF is refused.
TEST(FileDoor, GivenRealPicturesOfEachFormatThenTheirHeadersAreMeasuredAndOnlyGifIsRefused) {
    for (const char* name : {"map.png", "map.jpg", "map-progressive.jpg", "map.bmp", "map.webp", "map-lossless.webp"}) {
        const std::string path = test::source_path(std::string("fuzz/corpus/image/") + name);
        std::string why;
        const auto size = image_file_size(path, why);
        ASSERT_TRUE(size) << name << ": " << why;
        EXPECT_EQ(size->first, 96) << name;
    }
    const auto baseline = read_image_header(test::read_file(test::source_path("fuzz/corpus/image/map.jpg")));
    const auto progressive =
        read_image_header(test::read_file(test::source_path("fuzz/corpus/image/map-progressive.jpg")));
    ASSERT_TRUE(baseline && progressive);
    EXPECT_EQ(baseline->scans, 1);
    EXPECT_GT(progressive->scans, 1);
    EXPECT_LT(progressive->scans, 20);
    std::string why;
    EXPECT_FALSE(image_file_size(test::source_path("fuzz/corpus/image/map-two-frames.gif"), why));
    EXPECT_NE(why.find("GIF"), std::string::npos) << why;
}

// A picture within the old limit of 24 million pixels took 213 MB at its peak; the limit
// is 12 million now (a 4000×3000 photograph).
TEST(FileDoor, GivenAPictureOfMoreThanTwelveMillionPixelsThenItIsRefusedBeforeDecoding) {
    EXPECT_EQ(image_refusal(ImageHeader{"JPEG", 4000, 3000, 1}), "");
    const std::string why = image_refusal(ImageHeader{"JPEG", 6000, 4000, 1});
    EXPECT_NE(why.find("6000×4000"), std::string::npos) << why;
    EXPECT_NE(why.find("12 million"), std::string::npos) << why;
}

// ---- the kiosk's own state files: the health file, the log, the analytics database

TEST(FileDoor, GivenTheHealthFilePointedAtTheDatabaseThenTheDatabaseIsLeftAlone) {
    const std::string dir = test::temp_dir("metrics-over-db");
    const std::string db = dir + "/analytics.sqlite";
    {
        auto store = AnalyticsStore::open(db);
        ASSERT_TRUE(store);
        store.value()->record(1000, 1, "session_start", "");
    }
    const std::string before = test::read_file(db);
    MetricsFile metrics;
    metrics.configure(db, 5, {db, db + "-wal", dir + "/kiosk.log"});
    metrics.write(0, KioskHealth{});
    EXPECT_EQ(test::read_file(db), before) << "the health file replaced the database";
    auto reopened = AnalyticsStore::open(db, true);
    ASSERT_TRUE(reopened) << reopened.error().to_string();
    EXPECT_NE(reopened.value()->summary().find("1 sessions"), std::string::npos);
}

TEST(FileDoor, GivenTheHealthFileIsALinkOrAPipeThenNothingIsWrittenThrough) {
    const std::string dir = test::temp_dir("metrics-link");
    const std::string target = dir + "/elsewhere.txt", link = dir + "/kiosk.prom";
    std::ofstream(target) << "someone else's file\n";
    fs::create_symlink(target, link);
    MetricsFile metrics;
    metrics.configure(link, 5);
    metrics.write(0, KioskHealth{});
    EXPECT_TRUE(fs::is_symlink(link)) << "a rename over the link (as over /dev/full, as root)";
    EXPECT_EQ(test::read_file(target), "someone else's file\n");
    const std::string pipe = fifo_in(dir, "pipe.prom");
    metrics.configure(pipe, 5);
    metrics.write(0, KioskHealth{});
    EXPECT_TRUE(fs::is_fifo(pipe)) << "a device or a pipe is never replaced";
    EXPECT_EQ(not_own_state_file(dir + "/new.prom", {dir + "/analytics.sqlite"}), "") << "a new file is fine";
}

TEST(FileDoor, GivenAReportOnAFileThatIsNoDatabaseThenItSaysSoAndExitsOne) {
    const std::string dir = test::data_copy("report-notadb");
    const std::string notes = dir + "/notes.txt";
    std::ofstream(notes) << "These are a curator's notes, not a database.\n";
    const auto r =
        test::run(test::kiosk_binary() + " --config " + dir + "/config/kiosk.toml --report --analytics " + notes);
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("is not an analytics database"), std::string::npos) << r.output;
    EXPECT_EQ(r.output.find("Sessions: 0"), std::string::npos) << r.output;
    EXPECT_EQ(test::read_file(notes), "These are a curator's notes, not a database.\n") << "a report never touches it";
}

TEST(FileDoor, GivenADamagedDatabaseAtTheStartThenItIsSetAsideAndANewOneCounts) {
    const std::string dir = test::temp_dir("db-set-aside");
    const std::string db = dir + "/analytics.sqlite";
    std::ofstream(db) << std::string(4096, 'x');
    auto store = AnalyticsStore::open(db);
    ASSERT_TRUE(store) << store.error().to_string();
    ASSERT_FALSE(store.value()->set_aside().empty());
    EXPECT_EQ(test::read_file(store.value()->set_aside()), std::string(4096, 'x')) << "kept for a look";
    store.value()->record(1000, 1, "session_start", "");
    EXPECT_NE(store.value()->summary().find("1 sessions"), std::string::npos);
    EXPECT_NE(prometheus_text(KioskHealth{.analytics_set_aside = true}).find("kiosk_analytics_set_aside 1"),
              std::string::npos);
}

// ---- text that is not UTF-8 (before: "⁇" on screen, not a word from --check, and the
// dumps aborted with nlohmann's type_error.316)

TEST(FileDoor, GivenInvalidUtf8InTheTelegramThenCheckNamesItsLineAndTheDumpsAreWritten) {
    const std::string dir = test::data_copy("bad-utf8");
    const std::string tei = dir + "/assets/telegram-661.1115-279.xml";
    std::string text = test::read_file(tei);
    const auto at = text.find("the Soviet state");
    ASSERT_NE(at, std::string::npos);
    text.replace(at + 4, 1, "\xFF");  // "the \xFFoviet state": a byte no UTF-8 text holds
    std::ofstream(tei, std::ios::binary) << text;
    const int line = test::line_of(tei, "oviet state");
    const std::string config = dir + "/config/kiosk.toml";
    const auto check = test::run(test::kiosk_binary() + " --check --config " + config);
    EXPECT_NE(check.output.find(tei + ":" + std::to_string(line) + ":"), std::string::npos) << check.output;
    EXPECT_NE(check.output.find("not valid UTF-8"), std::string::npos) << check.output;
    for (const char* scene : {"telegram", "home"}) {
        const std::string layout = dir + "/layout-" + scene + ".json", state = dir + "/state-" + scene + ".json";
        const auto r = test::run("timeout 60 " + test::kiosk_binary() + " --headless --size 800x480 --config " +
                                 config + " --scene " + scene + " --dump-layout " + layout + " --dump-state " + state);
        EXPECT_EQ(r.exit_code, 0) << scene << ": " << r.output;
        EXPECT_NO_THROW((void)test::read_json(layout)) << scene;
        EXPECT_NO_THROW((void)test::read_json(state)) << scene;
    }
}

TEST(FileDoor, GivenInvalidUtf8InTheTimelineThenItIsReportedAtItsLine) {
    const std::string dir = test::data_copy("bad-utf8-timeline");
    const std::string csv = dir + "/assets/timeline.csv";
    std::string text = test::read_file(csv);
    const auto at = text.find("Hughes turns the offer down");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 1, "\xC3");  // the first byte of a two-byte sequence, cut short
    std::ofstream(csv, std::ios::binary) << text;
    const auto check = test::run(test::kiosk_binary() + " --check --config " + dir + "/config/kiosk.toml");
    EXPECT_NE(check.output.find(csv + ":" + std::to_string(test::line_of(csv, "ughes turns the offer down")) + ":"),
              std::string::npos)
        << check.output;
}

TEST(FileDoor, GivenUtf8TheValidatorTellsSoundFromDamaged) {
    EXPECT_FALSE(invalid_utf8("Телеграмма — 1921 ✓ 𝄞", "x"));
    for (const std::string& bad : {std::string("\xC0\xAF"), std::string("\xED\xA0\x80"),
                                   std::string("\xF4\x90\x80\x80"), std::string("a\xE2\x82"), std::string("\x80")})
        EXPECT_TRUE(invalid_utf8("ok " + bad, "x")) << "overlong, surrogate, past U+10FFFF, cut short, stray";
    const auto at = invalid_utf8("one\ntwo \xFF", "f.txt");
    ASSERT_TRUE(at);
    EXPECT_EQ(at->line, 2);
    EXPECT_EQ(at->column, 5);
}

}  // namespace
}  // namespace kiosk
