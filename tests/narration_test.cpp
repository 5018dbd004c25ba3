// Reading aloud, in the core: the WebVTT script of a recording, the words a listener
// hears, a script matched to its text, the player's clock, and where a word is lit.
#include <gtest/gtest.h>

#include "narration/narration_player.h"
#include "narration/speech_text.h"
#include "narration/timed_words.h"
#include "narration/webvtt.h"
#include "scenes/word_boxes.h"

namespace kiosk {
namespace {

std::string slice(const SpeechParagraph& p, const SpeechWord& w) {
    return p.text.substr(w.bytes.begin, w.bytes.end - w.bytes.begin);
}

// ---- the words of a paragraph -------------------------------------------------------------

TEST(SpeechWords, GivenEnglishWithPunctuationThenWordsAreLettersAndInnerApostrophesStay) {
    const SpeechParagraph p{"“March 20th. Washington’s answer — at once,” he said.", "en", {}};
    std::vector<std::string> got;
    for (const auto& w : words_of(p, 3)) {
        EXPECT_EQ(w.paragraph, 3);
        got.push_back(slice(p, w));
    }
    EXPECT_EQ(got, (std::vector<std::string>{"March", "20th", "Washington’s", "answer", "at", "once", "he", "said"}));
}

TEST(SpeechWords, GivenRussianThenCyrillicWordsAreFoundAsUnicodeSplitsThem) {
    const SpeechParagraph p{"Правительство по-прежнему выражало надежду; ёлка.", "ru", {}};
    std::vector<std::string> got;
    for (const auto& w : words_of(p, 0)) got.push_back(slice(p, w));
    // UAX #29 breaks at a hyphen: "по-прежнему" is two words, lit one after the other.
    EXPECT_EQ(got, (std::vector<std::string>{"Правительство", "по", "прежнему", "выражало", "надежду", "ёлка"}));
}

TEST(SpeechWords, GivenASilentFootnoteNumberThenItIsNeitherAWordNorSpoken) {
    // "Harding1": the 1 is the footnote's mark, seen and not heard.
    const SpeechParagraph p{"President Harding1 replied", "en", {{17, 18}}};
    std::vector<std::string> got;
    for (const auto& w : words_of(p, 0)) got.push_back(slice(p, w));
    EXPECT_EQ(got, (std::vector<std::string>{"President", "Harding", "replied"}));
    const SpokenString s = spoken_string(p);
    EXPECT_EQ(s.text, "President Harding replied");
    ASSERT_EQ(s.byte_of_char.size(), s.text.size() + 1);
    EXPECT_EQ(s.byte_of_char[18], 19u);  // the "r" of "replied", past the skipped mark
}

TEST(SpeechWords, GivenCyrillicThenSpokenCharactersMapBackToTheirBytes) {
    const SpeechParagraph p{"Мы\nждём", "ru", {}};
    const SpokenString s = spoken_string(p);
    EXPECT_EQ(s.text, "Мы ждём");  // a line break is a space to the voice
    EXPECT_EQ(s.byte_of_char, (std::vector<std::size_t>{0, 2, 4, 5, 7, 9, 11, 13}));
}

TEST(SpeechWords, GivenWordsThatDifferInCaseAndPunctuationThenTheirKeysMatch) {
    EXPECT_EQ(word_key("Washington’s,"), "washingtons");
    EXPECT_EQ(word_key("«Ёлка»"), "ёлка");
    EXPECT_EQ(word_key("20th."), "20th");
    EXPECT_NE(word_key("trade"), word_key("trades"));
}

// ---- WebVTT --------------------------------------------------------------------------------

TEST(WebVtt, GivenTimestampsWithAndWithoutHoursThenTheyAreMilliseconds) {
    double ms = 0;
    EXPECT_TRUE(parse_vtt_timestamp("00:01.250", ms));
    EXPECT_DOUBLE_EQ(ms, 1250);
    EXPECT_TRUE(parse_vtt_timestamp("01:02:03.004", ms));
    EXPECT_DOUBLE_EQ(ms, 3723004);
    for (const char* bad : {"1:02.000", "00:60.000", "00:01.25", "00:01", "aa:01.000", "00:01.2500"})
        EXPECT_FALSE(parse_vtt_timestamp(bad, ms)) << bad;
}

TEST(WebVtt, GivenWordTagsThenEachWordHasItsTimeAndPlaceInTheFile) {
    const auto v = parse_webvtt(
        "WEBVTT\n\n1\n00:00.500 --> 00:02.000 align:start\n<00:00.500>Have <00:00.800>the <v "
        "Narrator><00:01.100>honor</v>\n",
        "n.vtt");
    ASSERT_TRUE(v.ok());
    ASSERT_EQ(v.cues.size(), 1u);
    const auto& w = v.cues[0].words;
    ASSERT_EQ(w.size(), 3u);
    EXPECT_EQ(w[0].text, "Have");
    EXPECT_DOUBLE_EQ(w[0].start_ms, 500);
    EXPECT_DOUBLE_EQ(w[1].start_ms, 800);
    EXPECT_EQ(w[2].text, "honor");
    EXPECT_DOUBLE_EQ(w[2].start_ms, 1100);
    EXPECT_EQ(w[2].line, 5);
    EXPECT_EQ(w[2].column, 55);  // after "<v Narrator><00:01.100>"
}

TEST(WebVtt, GivenAPhraseWithoutWordTagsThenItsWordsShareTheCueByTheirPlaceInIt) {
    // Forty characters over four seconds: a word's time follows where it starts.
    const auto v =
        parse_webvtt("WEBVTT\n\n00:10.000 --> 00:14.000\naaaaaaaaa bbbbbbbbb ccccccccc ddddddddd\n", "p.vtt");
    ASSERT_TRUE(v.ok());
    const auto& w = v.cues.at(0).words;
    ASSERT_EQ(w.size(), 4u);
    EXPECT_DOUBLE_EQ(w[0].start_ms, 10000);
    EXPECT_NEAR(w[1].start_ms, 11025, 1);  // byte 10 of 39
    EXPECT_NEAR(w[3].start_ms, 13077, 1);  // byte 30 of 39
}

TEST(WebVtt, GivenEntitiesNotesAndCrLfThenTheTextIsRead) {
    const auto v = parse_webvtt(
        "\xEF\xBB\xBFWEBVTT - a narration\r\n\r\nNOTE made by hand\r\n\r\n00:00.000 --> 00:01.000\r\nBread &amp; "
        "peace\r\n",
        "e.vtt");
    ASSERT_TRUE(v.ok());
    ASSERT_EQ(v.cues.at(0).words.size(), 2u);
    EXPECT_EQ(v.cues[0].words[1].text, "peace");
}

TEST(WebVtt, GivenBrokenScriptsThenEachProblemIsAtItsLineAndColumn) {
    auto first = [](const VttLoad& v) { return v.problems.empty() ? std::string("none") : v.problems[0].to_string(); };
    EXPECT_EQ(first(parse_webvtt("WEBTT\n", "a.vtt")),
              "a.vtt:1:1: expected \"WEBVTT\" on the first line (a WebVTT file)");
    EXPECT_EQ(
        first(parse_webvtt("WEBVTT\n\n00:01.000 --> 00:02.000\nx\n\n00:00.500 --> 00:03.000\ny\n", "b.vtt")),
        "b.vtt:6:1: the cue starts at 00:00:00.500, before the cue above it (00:00:01.000): cues must be in order");
    EXPECT_EQ(first(parse_webvtt("WEBVTT\n\n00:02.000 --> 00:01.000\nx\n", "c.vtt")),
              "c.vtt:3:15: the cue ends (00:00:01.000) before it starts (00:00:02.000)");
    EXPECT_EQ(first(parse_webvtt("WEBVTT\n\n00:00.000 --> 00:01.000\n<00:00.000>a <00:01.500>b\n", "d.vtt")),
              "d.vtt:4:15: the word time 00:00:01.500 lies outside its cue (00:00:00.000 --> 00:00:01.000)");
    EXPECT_EQ(first(parse_webvtt("WEBVTT\n\n00:00.000 --> 00:02.000\n<00:00.900>a <00:00.400>b\n", "e.vtt")),
              "e.vtt:4:15: the word time 00:00:00.400 comes before the time above it (00:00:00.900)");
    EXPECT_EQ(first(parse_webvtt("WEBVTT\n\n0:00.000 --> 00:02.000\nx\n", "f.vtt")),
              "f.vtt:3:1: expected a start time like 00:01.000, found \"0:00.000\"");
    EXPECT_EQ(first(parse_webvtt("WEBVTT\n\njust text\nmore\n", "g.vtt")),
              "g.vtt:3:1: expected a cue's times, like \"00:01.000 --> 00:04.500\"");
}

TEST(WebVtt, GivenACueBeyondTheRecordingThenItIsNamed) {
    const auto v = parse_webvtt("WEBVTT\n\n00:00.000 --> 00:02.000\na\n\n00:02.000 --> 00:09.000\nb\n", "r.vtt");
    Diagnostics out;
    check_cues_within(v, 5000, "r.vtt", out);
    ASSERT_EQ(out.size(), 1u);
    EXPECT_EQ(out[0].to_string(), "r.vtt:6:1: the cue ends at 00:00:09.000, after the recording's end (00:00:05.000)");
    out.clear();
    check_cues_within(v, 9000, "r.vtt", out);
    EXPECT_TRUE(out.empty());
}

// ---- a script matched to its text ------------------------------------------------------------

std::vector<SpeechParagraph> hughes() {
    return {{"Hughes turns the offer down", "en", {}},
            {"Secretary of State Charles Evans Hughes answers publicly five days later.", "en", {}}};
}

TEST(ScriptAlignment, GivenAScriptOfTheTextThenEachWordGetsItsTimeAndPlace) {
    const auto v = parse_webvtt(
        "WEBVTT\n\n00:01.000 --> 00:03.000\n<00:01.000>Hughes <00:01.400>turns <00:01.900>the <00:02.100>offer "
        "<00:02.500>down.\n\n00:03.000 --> 00:05.000\n<00:03.000>Secretary <00:03.700>of <00:03.900>State\n",
        "h.vtt");
    const auto a = align_script(v.cues, hughes(), "h.vtt");
    EXPECT_TRUE(a.problems.empty()) << a.problems[0].to_string();
    ASSERT_EQ(a.words.size(), 8u);
    EXPECT_EQ(a.words[5].paragraph, 1);
    EXPECT_EQ(a.words[5].text, "Secretary");
    EXPECT_EQ(a.words[5].bytes, (ByteRange{0, 9}));
    EXPECT_DOUBLE_EQ(a.words[5].start_ms, 3000);
    EXPECT_EQ(word_at(a.words, 3800), 6);   // "of"
    EXPECT_EQ(word_at(a.words, 500), -1);   // before the voice
    EXPECT_EQ(word_at(a.words, 99999), 7);  // the last word stays lit to the end
}

TEST(ScriptAlignment, GivenARecordingOfOnlyTheSecondParagraphThenItStartsThere) {
    const auto v = parse_webvtt("WEBVTT\n\n00:00.000 --> 00:02.000\nSecretary of State Charles Evans\n", "s.vtt");
    const auto a = align_script(v.cues, hughes(), "s.vtt");
    EXPECT_TRUE(a.problems.empty());
    ASSERT_EQ(a.words.size(), 5u);
    EXPECT_EQ(a.words[0].paragraph, 1);
}

TEST(ScriptAlignment, GivenAWrongWordThenItIsReportedAndTheRestStillMatches) {
    const auto v = parse_webvtt("WEBVTT\n\n00:00.000 --> 00:04.000\nHughes turns the proposal down\n", "w.vtt");
    const auto a = align_script(v.cues, hughes(), "w.vtt");
    ASSERT_EQ(a.problems.size(), 1u);
    EXPECT_EQ(a.problems[0].to_string(), "w.vtt:4:18: the script says \"proposal\" where the text has \"offer\"");
    ASSERT_EQ(a.words.size(), 4u);  // "down" found again after the slip
    EXPECT_EQ(a.words.back().text, "down");
}

TEST(ScriptAlignment, GivenAScriptOfAnotherTextThenItSaysSo) {
    const auto v = parse_webvtt("WEBVTT\n\n00:00.000 --> 00:04.000\nBread and peace for all\n", "x.vtt");
    const auto a = align_script(v.cues, hughes(), "x.vtt");
    ASSERT_EQ(a.problems.size(), 1u);
    EXPECT_EQ(a.problems[0].to_string(),
              "x.vtt:4:1: the script's first words (\"Bread…\") are not found in the text it narrates");
    EXPECT_TRUE(a.words.empty());
}

// ---- the player's clock ------------------------------------------------------------------------

std::unique_ptr<SpeechSource> one_second_voice() {
    // A second of tone; words at 0, 250, 500 and 750 ms.
    std::vector<std::int16_t> samples(speech_rate_hz, 1000);
    std::vector<TimedWord> words;
    for (int i = 0; i < 4; ++i)
        words.push_back({0, {std::size_t(i * 5), std::size_t(i * 5 + 4)}, i * 250.0, "w" + std::to_string(i)});
    return std::make_unique<PcmSource>(std::move(samples), std::move(words));
}

TEST(NarrationPlayer, GivenAVoiceThenTheWordHeardFollowsTheSamplesRendered) {
    NarrationPlayer p;
    p.start("t", one_second_voice());
    std::vector<std::int16_t> buf(speech_rate_hz / 10);  // 100 ms
    EXPECT_EQ(p.word_at_heard(0), -1);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(p.render(buf.data(), buf.size(), 1.0f), buf.size());
    EXPECT_EQ(p.word_at_heard(0), 1);   // 300 ms rendered
    EXPECT_EQ(p.word_at_heard(80), 0);  // a speaker 80 ms behind is still in the first word
    EXPECT_EQ(buf[0], 1000);
    p.render(buf.data(), buf.size(), 0.5f);
    EXPECT_EQ(buf[0], 500);  // volume is a gain
}

TEST(NarrationPlayer, GivenAPauseThenSilenceAndTheWordStaysUntilResumed) {
    NarrationPlayer p;
    p.start("t", one_second_voice());
    std::vector<std::int16_t> buf(speech_rate_hz / 10);
    for (int i = 0; i < 6; ++i) p.render(buf.data(), buf.size(), 1.0f);
    p.pause();
    const int word = p.word_at_heard(0);
    EXPECT_EQ(p.render(buf.data(), buf.size(), 1.0f), 0u);
    EXPECT_EQ(buf[0], 0);
    EXPECT_EQ(p.word_at_heard(0), word);
    p.resume();
    EXPECT_EQ(p.render(buf.data(), buf.size(), 1.0f), buf.size());
    EXPECT_EQ(p.word_at_heard(0), 2);  // 700 ms
}

TEST(NarrationPlayer, GivenQueuedSamplesDroppedOnPauseThenTheyArePlayedAgainAndTheClockGoesBack) {
    NarrationPlayer p;
    p.start("t", one_second_voice());
    std::vector<std::int16_t> buf(speech_rate_hz / 10);
    for (int i = 0; i < 6; ++i) p.render(buf.data(), buf.size(), 1.0f);
    p.unrender(speech_rate_hz / 5);  // 200 ms never reached the ears
    EXPECT_NEAR(p.rendered_ms(), 400, 0.1);
    EXPECT_EQ(p.word_at_heard(0), 1);
    std::size_t total = 0;
    while (p.active()) total += p.render(buf.data(), buf.size(), 1.0f);
    EXPECT_EQ(total, static_cast<std::size_t>(speech_rate_hz) * 6 / 10);  // the rest of the second, nothing lost
}

TEST(NarrationPlayer, GivenTheEndOfTheVoiceThenThePlayerStopsAndNothingIsLit) {
    NarrationPlayer p;
    p.start("t", one_second_voice());
    std::vector<std::int16_t> buf(speech_rate_hz / 2);
    for (int i = 0; i < 2; ++i) p.render(buf.data(), buf.size(), 1.0f);
    EXPECT_TRUE(p.active());
    EXPECT_EQ(p.render(buf.data(), buf.size(), 1.0f), 0u);
    EXPECT_FALSE(p.active());
    EXPECT_EQ(p.word_at_heard(0), -1);
    EXPECT_TRUE(p.text_id().empty());
}

// ---- where the word is lit -----------------------------------------------------------------------

SceneLine line_of(int speech, std::size_t b0, std::size_t b1, float y,
                  std::vector<std::pair<std::uint32_t, float>> glyphs) {
    SceneLine l;
    l.speech = speech;
    l.byte_begin = b0;
    l.byte_end = b1;
    l.box = {100, y, 500, 40};
    l.layer = Layer::content;
    for (const auto& [byte, x] : glyphs) {
        GlyphPlacement g;
        g.byte = byte;
        g.x_px = x;
        g.advance_px = 10;
        l.glyphs.push_back(g);
    }
    return l;
}

TEST(WordBoxes, GivenAWordOnALineThenItsBoxSpansItsGlyphs) {
    SceneGeometry g;
    // "to open" : t o _ o p e n at bytes 0..6, x = 10 per byte.
    g.lines.push_back(line_of(0, 0, 7, 200, {{0, 0}, {1, 10}, {3, 30}, {4, 40}, {5, 50}, {6, 60}}));
    const auto boxes = word_boxes(g, 0, {3, 7});
    ASSERT_EQ(boxes.size(), 1u);
    EXPECT_LE(boxes[0].box.x, 130);
    EXPECT_GE(boxes[0].box.right(), 170);
    EXPECT_LT(boxes[0].box.right(), 180);
    EXPECT_GE(boxes[0].box.y, 200);
    EXPECT_LE(boxes[0].box.bottom(), 240);
    EXPECT_FALSE(boxes[0].on_top);
    EXPECT_TRUE(word_boxes(g, 1, {3, 7}).empty()) << "another paragraph's word is not on this line";
}

TEST(WordBoxes, GivenAWordHyphenatedAcrossTwoLinesThenBothPartsAreLit) {
    SceneGeometry g;
    // "delega-" ends the first line (bytes 10..16), "tion" begins the second (16..20).
    g.lines.push_back(line_of(2, 0, 16, 0, {{10, 300}, {12, 320}, {15, 350}}));
    g.top_lines.push_back(line_of(2, 16, 30, 40, {{16, 0}, {18, 20}, {19, 30}, {21, 50}}));
    const auto boxes = word_boxes(g, 2, {10, 20});
    ASSERT_EQ(boxes.size(), 2u);
    EXPECT_FALSE(boxes[0].on_top);
    EXPECT_TRUE(boxes[1].on_top);
    EXPECT_LT(boxes[1].box.right(), 150) << "only \"tion\", not the next word";
}

}  // namespace
}  // namespace kiosk
