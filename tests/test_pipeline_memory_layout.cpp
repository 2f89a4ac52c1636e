// The memory layout of the convolutions is measured, not assumed, and the measurement is kept:
// a second load on the same machine reads it from the cache file instead of timing again; a
// corrupt or hostile cache file is measured over and replaced; an explicit choice measures nothing.
// (That channels-last changes no value beyond diffusers' tolerances: test_pipeline_cases
// channels_last; bf16 in both layouts against fp32: test_pipeline_variants.)
#include "common/error.h"
#include "io/json_file.h"
#include "pipeline/memory_layout.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <iterator>

using namespace stipple;

namespace {

// Small enough to time in a few milliseconds, shaped like a real block (32 groups).
LayoutProbe small_probe(const std::string& component = "unet") { return {component, at::kFloat, 64, 16, 2}; }

std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
}

}  // namespace

class MemoryLayoutTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theFasterLayoutWinsOnlyByAMargin() {
        QCOMPARE(faster_layout({100.0, 90.0}), MemoryLayout::ChannelsLast);
        QCOMPARE(faster_layout({100.0, 96.0}), MemoryLayout::ChannelsLast);
        // A tie (within 3 %) keeps NCHW, the layout the parity references were made in.
        QCOMPARE(faster_layout({100.0, 98.0}), MemoryLayout::NCHW);
        QCOMPARE(faster_layout({100.0, 120.0}), MemoryLayout::NCHW);
    }

    void aMeasurementTimesBothLayouts() {
        for (const char* component : {"unet", "vae"}) {
            const LayoutTiming t = time_layouts(small_probe(component));
            QVERIFY2(t.nchw_ms > 0 && t.channels_last_ms > 0, component);
            const LayoutDecision d = decide_layout(small_probe(component), MemoryLayout::Auto, "");
            QCOMPARE(d.how, std::string("measured now"));
            QCOMPARE(d.layout, faster_layout(d.timing));
        }
    }

    void theSecondLoadReadsTheCache() {
        QTemporaryDir dir;
        const std::string cache = dir.filePath("sub/memory-layout.json").toStdString();  // folder made on demand
        const LayoutDecision first = decide_layout(small_probe(), MemoryLayout::Auto, cache);
        QCOMPARE(first.how, std::string("measured now"));
        QVERIFY(std::filesystem::is_regular_file(cache));
        const nlohmann::json written = parse_json(read_text(cache));
        QCOMPARE(written.size(), size_t{1});

        const LayoutDecision second = decide_layout(small_probe(), MemoryLayout::Auto, cache);
        QCOMPARE(second.how, std::string("cached"));
        QCOMPARE(second.layout, first.layout);
        QCOMPARE(second.timing.nchw_ms, first.timing.nchw_ms);
        QCOMPARE(second.timing.channels_last_ms, first.timing.channels_last_ms);

        // Another dtype or component is another entry; the first stays.
        LayoutProbe bf16 = small_probe();
        bf16.dtype = at::kBFloat16;
        QCOMPARE(decide_layout(bf16, MemoryLayout::Auto, cache).how, std::string("measured now"));
        QCOMPARE(decide_layout(small_probe("vae"), MemoryLayout::Auto, cache).how, std::string("measured now"));
        QCOMPARE(parse_json(read_text(cache)).size(), size_t{3});
        QCOMPARE(decide_layout(small_probe(), MemoryLayout::Auto, cache).how, std::string("cached"));
    }

    void aCachedEntryDecidesTheLayout() {
        // The cache is what decides on the next load: an entry saying channels-last was twice as
        // fast gives channels-last, whatever this machine would measure now.
        QTemporaryDir dir;
        const std::string cache = dir.filePath("memory-layout.json").toStdString();
        decide_layout(small_probe(), MemoryLayout::Auto, cache);
        nlohmann::json j = parse_json(read_text(cache));
        const std::string key = j.begin().key();
        j[key] = {{"nchw_ms", 10.0}, {"channels_last_ms", 5.0}};
        write_text(cache, j.dump());
        QCOMPARE(decide_layout(small_probe(), MemoryLayout::Auto, cache).layout, MemoryLayout::ChannelsLast);
        j[key] = {{"nchw_ms", 5.0}, {"channels_last_ms", 10.0}};
        write_text(cache, j.dump());
        QCOMPARE(decide_layout(small_probe(), MemoryLayout::Auto, cache).layout, MemoryLayout::NCHW);
    }

    void aBadCacheIsMeasuredOverAndReplaced_data() {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("not json") << QByteArray("\x89PNG garbage {{{");
        QTest::newRow("an array") << QByteArray("[1, 2, 3]");
        QTest::newRow("nested deep") << QByteArray(100000, '[');
        QTest::newRow("over 1 MB") << (QByteArray("{\"x\": \"") + QByteArray(2 << 20, 'a') + "\"}");
        QTest::newRow("empty") << QByteArray();
    }
    void aBadCacheIsMeasuredOverAndReplaced() {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const std::string cache = dir.filePath("memory-layout.json").toStdString();
        write_text(cache, content.toStdString());
        QCOMPARE(decide_layout(small_probe(), MemoryLayout::Auto, cache).how, std::string("measured now"));
        const nlohmann::json replaced = parse_json(read_text(cache));
        QVERIFY(replaced.is_object());
        QCOMPARE(replaced.size(), size_t{1});
        QCOMPARE(decide_layout(small_probe(), MemoryLayout::Auto, cache).how, std::string("cached"));
    }

    void hostileEntriesAreIgnored_data() {
        QTest::addColumn<QString>("entry");
        QTest::newRow("strings") << R"({"nchw_ms": "fast", "channels_last_ms": "slow"})";
        QTest::newRow("negative") << R"({"nchw_ms": -1, "channels_last_ms": 5})";
        QTest::newRow("zero") << R"({"nchw_ms": 0, "channels_last_ms": 0})";
        QTest::newRow("absurd") << R"({"nchw_ms": 1e300, "channels_last_ms": 1})";
        QTest::newRow("missing") << R"({"nchw_ms": 3})";
        QTest::newRow("not an object") << R"(42)";
    }
    void hostileEntriesAreIgnored() {
        QFETCH(QString, entry);
        QTemporaryDir dir;
        const std::string cache = dir.filePath("memory-layout.json").toStdString();
        decide_layout(small_probe(), MemoryLayout::Auto, cache);
        nlohmann::json j = parse_json(read_text(cache));
        j[j.begin().key()] = parse_json(entry.toStdString());
        write_text(cache, j.dump());
        const LayoutDecision d = decide_layout(small_probe(), MemoryLayout::Auto, cache);
        QCOMPARE(d.how, std::string("measured now"));
        QVERIFY(d.timing.nchw_ms > 0 && d.timing.nchw_ms < 1e6);
    }

    void anUnwritableCacheOnlyCostsTheMeasurement() {
        QTemporaryDir dir;
        const QString blocker = dir.filePath("a-file");
        write_text(blocker.toStdString(), "x");
        const std::string cache = (blocker + "/memory-layout.json").toStdString();  // under a file: cannot exist
        const LayoutDecision d = decide_layout(small_probe(), MemoryLayout::Auto, cache);
        QCOMPARE(d.how, std::string("measured now"));
        QCOMPARE(d.layout, faster_layout(d.timing));
    }

    void anExplicitChoiceMeasuresNothing() {
        QTemporaryDir dir;
        const std::string cache = dir.filePath("memory-layout.json").toStdString();
        for (MemoryLayout asked : {MemoryLayout::NCHW, MemoryLayout::ChannelsLast}) {
            const LayoutDecision d = decide_layout(small_probe(), asked, cache);
            QCOMPARE(d.layout, asked);
            QCOMPARE(d.how, std::string("asked"));
            QCOMPARE(d.timing.nchw_ms, 0.0);
        }
        QVERIFY(!std::filesystem::exists(cache));
    }

    void layoutNamesRoundTrip() {
        for (MemoryLayout l : {MemoryLayout::Auto, MemoryLayout::NCHW, MemoryLayout::ChannelsLast})
            QCOMPARE(parse_layout(layout_name(l)), l);
        QVERIFY_THROWS_EXCEPTION(Error, parse_layout("nhwc"));
        QCOMPARE(memory_format_of(MemoryLayout::ChannelsLast), at::MemoryFormat::ChannelsLast);
        QCOMPARE(memory_format_of(MemoryLayout::NCHW), at::MemoryFormat::Contiguous);
    }

    void theCacheLivesUnderXdgCacheHome() {
        const QByteArray saved = qgetenv("XDG_CACHE_HOME");
        qputenv("XDG_CACHE_HOME", "/tmp/somewhere");
        QCOMPARE(layout_cache_file(), std::string("/tmp/somewhere/stipple/memory-layout.json"));
        qputenv("XDG_CACHE_HOME", "relative/is/ignored");
        QVERIFY(layout_cache_file() != "relative/is/ignored/stipple/memory-layout.json");
        if (saved.isNull()) qunsetenv("XDG_CACHE_HOME");
        else qputenv("XDG_CACHE_HOME", saved);
    }
};

QTEST_GUILESS_MAIN(MemoryLayoutTest)
#include "test_pipeline_memory_layout.moc"
