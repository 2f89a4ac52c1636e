// Stipple Shapes scenes: renderer determinism and jitter, caption <-> attributes round trips, parser
// errors, and the OpenCV checker reading ground-truth renders back.
#include "common/error.h"
#include "scenes/scene_caption.h"
#include "scenes/scene_checker.h"
#include "scenes/scene_render.h"
#include "support/fixtures.h"

#include <QtTest>

#include <regex>

using namespace stipple::scenes;

namespace {

bool same_spec(const SceneSpec& a, const SceneSpec& b) {
    if (a.background != b.background || a.relation != b.relation || a.objects.size() != b.objects.size()) return false;
    for (size_t i = 0; i < a.objects.size(); ++i) {
        const auto &x = a.objects[i], &y = b.objects[i];
        if (x.color != y.color || x.shape != y.shape || x.size != y.size || x.position != y.position) return false;
    }
    return true;
}

}  // namespace

class ScenesRender : public QObject {
    Q_OBJECT
    SceneVocab vocab;

private Q_SLOTS:
    void initTestCase() {
        vocab = SceneVocab::load(stipple::test::source_path("resources/models/stipple-shapes/scenes.json"));
        QVERIFY(vocab.colors.size() >= 10);
        QVERIFY(vocab.shapes.size() >= 6);
        QCOMPARE(vocab.positions.size(), size_t(9));
    }

    void sameSeedSamePixels() {
        const SceneSpec spec = parse_caption("a large red circle in the top left on a blue background", vocab);
        std::mt19937_64 r1(42), r2(42), r3(43);
        const cv::Mat a = render_scene(sample_scene(spec, vocab, r1), vocab);
        const cv::Mat b = render_scene(sample_scene(spec, vocab, r2), vocab);
        const cv::Mat c = render_scene(sample_scene(spec, vocab, r3), vocab);
        QCOMPARE(a.cols, 64);
        QCOMPARE(a.type(), CV_8UC3);
        QCOMPARE(cv::norm(a, b, cv::NORM_INF), 0.0);
        QVERIFY2(cv::norm(a, c, cv::NORM_INF) > 0, "different seeds must jitter the scene");
        // The background is the named blue; the top-left quadrant holds red.
        const cv::Vec3b corner = a.at<cv::Vec3b>(63, 63);
        QCOMPARE(int(corner[2]), vocab.colors[vocab.color_index("blue")].rgb[2]);
        const cv::Vec3b centre = a.at<cv::Vec3b>(16, 16);
        QCOMPARE(int(centre[0]), vocab.colors[vocab.color_index("red")].rgb[0]);
    }

    void antiAliasedEdges() {
        std::mt19937_64 rng(1);
        const cv::Mat img = render_scene(sample_scene(parse_caption("a large white circle on a black background", vocab), vocab, rng), vocab);
        int partial = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x) {
                const int v = img.at<cv::Vec3b>(y, x)[0];
                if (v > 40 && v < 230) ++partial;
            }
        QVERIFY2(partial > 20, "edges should blend (anti-aliasing)");
    }

    void captionRoundTrip() {
        std::mt19937_64 rng(7);
        for (int i = 0; i < 3000; ++i) {
            const Scene scene = random_scene(vocab, rng);
            SceneSpec said;
            const std::string caption = training_caption(scene, vocab, rng, &said);
            const SceneSpec parsed = parse_caption(caption, vocab);
            QVERIFY2(same_spec(parsed, said), (caption + " -> " + spec_summary(parsed, vocab) + " vs " +
                                               spec_summary(said, vocab)).c_str());
            // What the caption says can be drawn again.
            std::mt19937_64 again(static_cast<uint64_t>(i));
            const Scene redraw = sample_scene(parsed, vocab, again);
            for (size_t k = 0; k < parsed.objects.size(); ++k)
                if (parsed.objects[k].shape) QCOMPARE(redraw.objects[k].shape, *parsed.objects[k].shape);
        }
    }

    // The position first ("in the top left a red star ...", and "in the top left a red star and at
    // the bottom a blue ring ...") is read by the parser as the same scene, and is among the
    // training captions (since the fourth run), so a prompt said that way is not read as two objects.
    void positionFirstOrderIsTrained() {
        std::mt19937_64 rng(11);
        for (int i = 0; i < 300; ++i) {
            SceneSpec want;
            want.objects.resize(1 + i % 2);
            SceneSpec spec = full_spec(sample_scene(want, vocab, rng), vocab);
            const std::string caption = describe(spec, vocab, rng, WordOrder::PositionFirst);
            QVERIFY2(same_spec(parse_caption(caption, vocab), spec), caption.c_str());
            const auto& shape_aliases = vocab.shapes[*spec.objects[0].shape].aliases;
            size_t shape_at = std::string::npos;
            for (const auto& a : shape_aliases) shape_at = std::min(shape_at, caption.find(a));
            const auto& phrases = vocab.positions[*spec.objects[0].position].phrases;
            bool position_first = false;
            for (const auto& p : phrases) position_first = position_first || caption.rfind(p, 0) == 0;
            QVERIFY2(position_first && shape_at != std::string::npos, caption.c_str());
        }
        int one = 0, one_first = 0, two_first = 0;
        for (int i = 0; i < 4000; ++i) {
            const Scene scene = random_scene(vocab, rng);
            SceneSpec said;
            const std::string caption = training_caption(scene, vocab, rng, &said);
            if (!said.objects[0].position) continue;
            bool starts_with_position = false;
            for (const auto& p : vocab.positions[*said.objects[0].position].phrases)
                starts_with_position = starts_with_position || caption.rfind(p + " ", 0) == 0;
            if (said.objects.size() == 1) ++one, one_first += starts_with_position ? 1 : 0;
            else two_first += starts_with_position ? 1 : 0;
        }
        // 15 % of the captions are asked for position first (when a position is said).
        QVERIFY2(one_first > one / 12 && one_first < one / 4, qPrintable(QString("%1 of %2").arg(one_first).arg(one)));
        QVERIFY2(two_first > 0, "no two-object caption says a position first");
    }

    // eval-builtin --unseen-order: phrasings no training caption uses ("on a blue background, a red
    // star in the top left", "a red star in the top left, blue background", "... in the top left of a
    // blue background"), read by the parser as the same scene.
    void unseenPhrasingsAreHeldOutOfTraining() {
        std::mt19937_64 rng(12);
        int with_of = 0, leading = 0, trailing = 0;
        for (int i = 0; i < 400; ++i) {
            SceneSpec want;
            want.objects.resize(1 + i % 2);
            SceneSpec spec = full_spec(sample_scene(want, vocab, rng), vocab);
            if (i % 4 == 1) {  // some two-object prompts with a relation
                for (int r = 0; r < static_cast<int>(vocab.relations.size()); ++r)
                    if (relation_holds(vocab, r, vocab.positions[*spec.objects[0].position],
                                       vocab.positions[*spec.objects[1].position])) {
                        spec.relation = r;
                        for (auto& o : spec.objects) o.position.reset();
                        break;
                    }
            }
            const std::string caption = describe(spec, vocab, rng, WordOrder::Unseen);
            QVERIFY2(same_spec(parse_caption(caption, vocab), spec), caption.c_str());
            with_of += caption.find(" background") != std::string::npos && caption.find(" of a") != std::string::npos &&
                       caption.rfind(" of a") > caption.size() - 24;
            leading += caption.rfind("on a", 0) == 0 || caption.rfind("on an", 0) == 0;
            trailing += caption.find(", ") != std::string::npos && caption.rfind("on a", 0) != 0;
        }
        QVERIFY2(with_of > 20 && leading > 60 && trailing > 60,
                 qPrintable(QString("of %1, leading %2, trailing %3").arg(with_of).arg(leading).arg(trailing)));
        const std::regex of_background(R"( of an? \w+ background$)"), tag_after_sentence(R"(^an? .*, \w+ background$)");
        for (int i = 0; i < 5000; ++i) {
            const std::string caption = training_caption(random_scene(vocab, rng), vocab, rng);
            QVERIFY2(!std::regex_search(caption, of_background), caption.c_str());
            QVERIFY2(!std::regex_search(caption, tag_after_sentence), caption.c_str());
            QVERIFY2(caption.rfind("on a", 0) != 0, caption.c_str());
        }
    }

    // A1111-style tags ("red star, top left, blue background") and "a picture of ..." are among the
    // training captions (about 15 % and 10 %), and eval-builtin --tags says every prompt so.
    void tagStyleAndPicturePrefixesAreTrained() {
        std::mt19937_64 rng(13);
        int tags = 0, prefixed = 0;
        const int n = 4000;
        for (int i = 0; i < n; ++i) {
            const std::string caption = training_caption(random_scene(vocab, rng), vocab, rng);
            if (caption.find(',') != std::string::npos && caption.rfind("a ", 0) != 0 && caption.rfind("an ", 0) != 0 &&
                caption.find("background,") == std::string::npos)
                ++tags;
            for (const auto& p : vocab.picture_prefixes) prefixed += caption.rfind(p + " ", 0) == 0 ? 1 : 0;
        }
        QVERIFY2(tags > n / 10 && tags < n / 5, qPrintable(QString::number(tags)));
        QVERIFY2(prefixed > n / 20 && prefixed < n / 7, qPrintable(QString::number(prefixed)));
        for (int i = 0; i < 300; ++i) {
            SceneSpec want;
            want.objects.resize(1 + i % 2);
            SceneSpec spec = full_spec(sample_scene(want, vocab, rng), vocab);
            const std::string caption = describe(spec, vocab, rng, WordOrder::Tags);
            QVERIFY2(caption.find(" in the ") == std::string::npos && caption.rfind("a ", 0) != 0, caption.c_str());
            QVERIFY2(same_spec(parse_caption(caption, vocab), spec), caption.c_str());
        }
        const SceneSpec tagged = parse_caption("small red star, top left, blue background", vocab);
        QVERIFY(same_spec(tagged, parse_caption("a small red star in the top left on a blue background", vocab)));
    }

    void paraphrases() {
        const SceneSpec a = parse_caption("a large red circle in the top left on a blue background", vocab);
        const SceneSpec b = parse_caption("A blue background with a big red circle in the upper-left corner.", vocab);
        QVERIFY(same_spec(a, b));
        const SceneSpec two = parse_caption("a green star to the left of a yellow square on a black background", vocab);
        QCOMPARE(two.objects.size(), size_t(2));
        QVERIFY(two.relation.has_value());
        QCOMPARE(vocab.relations[*two.relation].name, std::string("left of"));
        const SceneSpec plain = parse_caption("a green star and a yellow square on a black background", vocab);
        QVERIFY(!plain.relation.has_value());
        QCOMPARE(*plain.objects[1].shape, vocab.shape_index("square"));
    }

    void parserErrorsNameTheWord() {
        try {
            parse_caption("a red hexagon on a blue background", vocab);
            QFAIL("hexagon is not in the vocabulary");
        } catch (const stipple::Error& e) {
            QVERIFY2(std::string(e.what()).find("'hexagon'") != std::string::npos, e.what());
        }
        QVERIFY_THROWS_EXCEPTION(stipple::Error, parse_caption("a red on a blue background", vocab));
        QVERIFY_THROWS_EXCEPTION(stipple::Error, parse_caption("a red circle, a blue star and a green ring", vocab));
        QVERIFY_THROWS_EXCEPTION(stipple::Error, parse_caption("", vocab));
    }

    void checkerReadsGroundTruth() {
        std::mt19937_64 rng(99);
        int one = 0, one_ok = 0, two = 0, two_ok = 0;
        for (int i = 0; i < 300; ++i) {
            const Scene scene = random_scene(vocab, rng, 0.4);
            SceneSpec spec = full_spec(scene, vocab);
            if (spec.objects.size() == 2) {
                for (auto& o : spec.objects) o.size.reset();
            }
            const SceneVerdict v = check_image(render_scene(scene, vocab), spec, vocab);
            if (spec.objects.size() == 1) ++one, one_ok += v.all;
            else ++two, two_ok += v.all;
            if (!v.all) qInfo("checker miss: %s (%s)", spec_summary(spec, vocab).c_str(), v.problems.c_str());
        }
        qInfo("checker on ground truth: one object %d/%d, two objects %d/%d", one_ok, one, two_ok, two);
        QVERIFY(one_ok >= one * 97 / 100);
        QVERIFY(two_ok >= two * 95 / 100);
    }

    void badVocabularyFile() {
        QVERIFY_THROWS_EXCEPTION(stipple::Error, SceneVocab::load("/nonexistent/scenes.json"));
    }
};

QTEST_GUILESS_MAIN(ScenesRender)
#include "test_scenes_render.moc"
