// The gallery as a library: search by prompt words, model, sampler, seed and date, paged lazily;
// ratings set with the keyboard are stored and survive a reopen; a database of the previous
// schema keeps its rows; a folder of PNGs from A1111, ComfyUI and InvokeAI is imported with its
// parameters (bad files listed, a second import adds nothing); "Reuse all parameters" on an
// imported A1111 image fills the request exactly as dropping that PNG does.
#include "gallery_model.h"
#include "gallery_view.h"
#include "history_recorder.h"
#include "history_search.h"
#include "history_store.h"
#include "image/infotext.h"
#include "image/png_text.h"
#include "image/request_infotext.h"
#include "main_window.h"
#include "parameters_panel.h"
#include "png_import.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace stipple::ui;

namespace {

// A1111 1.10 writes exactly this (the last line's key order is processing.py's).
const char* const kA1111Text =
    "masterpiece, best quality, a red fox sitting in fresh snow, (soft light:1.2), detailed fur\n"
    "Negative prompt: lowres, bad anatomy, blurry, watermark\n"
    "Steps: 28, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 6.5, Seed: 3141592653, Size: 512x768, "
    "Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Clip skip: 2, Version: v1.10.1";
const char* const kA1111Second =
    "a castle on a hill at night, stars\n"
    "Steps: 20, Sampler: Euler a, Schedule type: Automatic, CFG scale: 7, Seed: 42, Size: 512x512, "
    "Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Version: v1.10.1";

// ComfyUI's API graph as its SaveImage node writes it into "prompt": a LoRA between the checkpoint
// and the sampler, a hires second pass (node 11) that must not be taken for the first.
const char* const kComfyPrompt = R"({
 "3": {"inputs": {"seed": 156680208700286, "steps": 20, "cfg": 8, "sampler_name": "euler_ancestral",
       "scheduler": "karras", "denoise": 1, "model": ["10", 0], "positive": ["6", 0], "negative": ["7", 0],
       "latent_image": ["5", 0]}, "class_type": "KSampler", "_meta": {"title": "KSampler"}},
 "4": {"inputs": {"ckpt_name": "sd15/dreamshaper_8.safetensors"}, "class_type": "CheckpointLoaderSimple"},
 "5": {"inputs": {"width": 512, "height": 640, "batch_size": 1}, "class_type": "EmptyLatentImage"},
 "6": {"inputs": {"text": "a lighthouse on a cliff at dusk, dramatic clouds", "clip": ["10", 1]}, "class_type": "CLIPTextEncode"},
 "7": {"inputs": {"text": "text, watermark", "clip": ["10", 1]}, "class_type": "CLIPTextEncode"},
 "8": {"inputs": {"samples": ["11", 0], "vae": ["4", 2]}, "class_type": "VAEDecode"},
 "9": {"inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}, "class_type": "SaveImage"},
 "10": {"inputs": {"lora_name": "detail.safetensors", "strength_model": 1, "strength_clip": 1, "model": ["4", 0],
        "clip": ["4", 1]}, "class_type": "LoraLoader"},
 "11": {"inputs": {"seed": 999, "steps": 10, "cfg": 8, "sampler_name": "euler", "scheduler": "normal", "denoise": 0.5,
        "model": ["10", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["12", 0]}, "class_type": "KSampler"},
 "12": {"inputs": {"upscale_method": "nearest-exact", "scale_by": 1.5, "samples": ["3", 0]}, "class_type": "LatentUpscaleBy"}
})";

const char* const kInvokeMetadata = R"({"generation_mode": "txt2img", "positive_prompt": "portrait of an old sailor, oil painting",
 "negative_prompt": "blurry", "width": 768, "height": 1024, "seed": 2746110985, "rand_device": "cpu", "cfg_scale": 7.5,
 "cfg_rescale_multiplier": 0, "steps": 30, "scheduler": "dpmpp_2m_k",
 "model": {"key": "a1b2c3", "hash": "blake3:00ff", "name": "Juggernaut XL v9", "base": "sdxl", "type": "main"},
 "app_version": "4.2.4"})";

stipple::Image smallImage(uint8_t shade) {
    stipple::Image img;
    img.width = 24;
    img.height = 16;
    img.rgb.assign(static_cast<size_t>(img.width) * img.height * 3, shade);
    return img;
}

void writePng(const QString& path, const std::vector<std::pair<std::string, std::string>>& text, uint8_t shade = 90) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    stipple::write_png_with_text(path.toStdString(), smallImage(shade), text);
}

void writeBytes(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

HistoryRecord record(const QString& parameters, quint64 seed, const QDateTime& created, const QString& path = {}) {
    HistoryRecord r;
    r.parameters = parameters;
    r.seed = seed;
    r.created = created;
    r.path = path.isEmpty() ? QStringLiteral("/images/%1.png").arg(seed) : path;
    r.thumbnail = QImage(8, 8, QImage::Format_RGB32);
    r.thumbnail.fill(Qt::gray);
    return r;
}

QString infotext(const std::string& prompt, const std::string& sampler, quint64 seed, const std::string& model) {
    stipple::Infotext t;
    t.prompt = prompt;
    t.set("Steps", "20");
    const auto f = stipple::sampler_fields_from_label(sampler);
    t.set("Sampler", f.sampler);
    t.set("Schedule type", f.schedule_type);
    t.set("CFG scale", "7");
    t.set("Seed", std::to_string(seed));
    t.set("Size", "512x512");
    t.set("Model", model);
    return QString::fromStdString(stipple::format_infotext(t));
}

QList<quint64> seeds(const QList<HistoryRecord>& records) {
    QList<quint64> out;
    for (const auto& r : records) out << r.seed;
    return out;
}

QString field(const QString& text, const char* key) {
    return QString::fromStdString(stipple::parse_infotext(text.toStdString()).get(key).value_or("<none>"));
}

// Everything a request holds, as the infotext it would write.
QString requestText(ParametersPanel* p) {
    QString problem;
    const auto r = p->buildRequest(&problem, false);
    if (!r) return QStringLiteral("no request: ") + problem;
    return QString::fromStdString(stipple::format_infotext(
        stipple::infotext_for_image(*r, r->seeds.empty() ? 0 : r->seeds.front(), r->width, r->height, {})));
}

}  // namespace

class UiLibraryTest : public QObject {
    Q_OBJECT
    QTemporaryDir settings_;

private Q_SLOTS:
    void initTestCase() { qputenv("STIPPLE_DATA_DIR", settings_.path().toUtf8()); }

    void searchFindsWordsModelSamplerSeedDate() {
        QTemporaryDir dir;
        HistoryStore store(dir.path());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QDateTime may(QDate(2024, 5, 17), QTime(10, 0));
        const QDateTime june(QDate(2024, 6, 2), QTime(23, 59, 59));
        QList<HistoryRecord> rs = {
            record(infotext("a red fox in the snow, (soft light:1.2)", "DPM++ 2M Karras", 101, "dreamshaper_8"), 101, may),
            record(infotext("a red car on a street", "Euler a", 102, "v1-5-pruned-emaonly"), 102, may),
            record(infotext("Fox cub sleeping", "Euler", 103, "DreamShaper_8"), 103, june),
            record(infotext("a castle at night", "DPM++ 2M Karras", 6421725739674010ull, "sdxl_base"), 6421725739674010ull, june),
        };
        QVERIFY(store.add(rs));
        auto find = [&](const QString& text) { return seeds(store.page(parseHistorySearch(text), nullptr, 100)); };
        QCOMPARE(find("fox"), (QList<quint64>{103, 101}));            // case-insensitive, newest first
        QCOMPARE(find("red fox"), (QList<quint64>{101}));             // every word
        QCOMPARE(find("fo"), (QList<quint64>{103, 101}));             // a word's beginning while typing
        QCOMPARE(find("soft light"), (QList<quint64>{101}));          // inside attention brackets
        QCOMPARE(find("sampler:\"dpm++ 2m karras\""), (QList<quint64>{6421725739674010ull, 101}));
        QCOMPARE(find("sampler:euler"), (QList<quint64>{103}));       // the label, not a prefix of "Euler a"
        QCOMPARE(find("model:dreamshaper"), (QList<quint64>{103, 101}));
        QCOMPARE(find("seed:102"), (QList<quint64>{102}));
        QCOMPARE(find("6421725739674010"), (QList<quint64>{6421725739674010ull}));  // a bare long number is a seed
        QCOMPARE(find("date:2024-05-17"), (QList<quint64>{102, 101}));
        QCOMPARE(find("date:2024-06"), (QList<quint64>{6421725739674010ull, 103}));
        QCOMPARE(find("date:2024-05-18..2024-06-02"), (QList<quint64>{6421725739674010ull, 103}));
        QCOMPARE(find("fox date:2024-06"), (QList<quint64>{103}));
        QCOMPARE(find("zebra"), QList<quint64>{});
        QCOMPARE(store.count(parseHistorySearch("red")), 2);
        HistoryQuery oldest = parseHistorySearch("fox");
        oldest.sort = HistoryQuery::Sort::Oldest;
        QCOMPARE(seeds(store.page(oldest, nullptr, 100)), (QList<quint64>{101, 103}));
        // Hostile text is a search like any other.
        QCOMPARE(find("\" ' % _ \\ ( ) * : NEAR AND OR"), QList<quint64>{});

        // The gallery keeps paging while a search is on: 96 rows at first, the rest as it scrolls.
        QList<HistoryRecord> many;
        for (int i = 0; i < 250; ++i)
            many << record(infotext(i % 2 ? "a blue lake" : "a green forest", "Euler", 1000 + i, "m"), 1000 + i, june);
        QVERIFY(store.add(many));
        GalleryModel model;
        model.setStore(&store);
        QCOMPARE(model.rowCount(), GalleryModel::kPageSize);
        QCOMPARE(model.totalCount(), 254);
        HistoryQuery lake = parseHistorySearch("lake");
        model.setQuery(lake);
        QCOMPARE(model.totalCount(), 125);
        QCOMPARE(model.rowCount(), GalleryModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 125);
        QVERIFY(!model.canFetchMore({}));
        QSet<qint64> ids;
        for (int i = 0; i < model.rowCount(); ++i) {
            QVERIFY(model.index(i).data(GalleryModel::ParametersRole).toString().contains("lake"));
            ids.insert(model.index(i).data(GalleryModel::IdRole).toLongLong());
        }
        QCOMPARE(ids.size(), 125);  // no row twice across pages

        // The search field filters once typing pauses.
        GalleryView view(&model);
        view.searchEdit()->setText("seed:1003");
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(GalleryModel::SeedRole).toString(), QString("1003"));
        view.searchEdit()->clear();
        QTRY_COMPARE(model.totalCount(), 254);
    }

    void ratingKeysAreStoredAndSurviveReopen() {
        QTemporaryDir dir;
        qint64 second = 0, third = 0;
        {
            HistoryStore store(dir.path());
            QList<HistoryRecord> rs;
            for (int i = 0; i < 5; ++i) rs << record(infotext("a tree", "Euler", 10 + i, "m"), 10 + i, QDateTime::currentDateTime());
            QVERIFY(store.add(rs));
            GalleryModel model;
            model.setStore(&store);
            GalleryView view(&model);
            view.resize(900, 300);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            QListView* list = view.listView();
            list->setFocus();
            list->setCurrentIndex(model.index(1));
            second = model.index(1).data(GalleryModel::IdRole).toLongLong();
            third = model.index(2).data(GalleryModel::IdRole).toLongLong();
            QTest::keyClick(list, Qt::Key_4);
            QCOMPARE(store.rating(second), 4);
            QCOMPARE(model.index(1).data(GalleryModel::RatingRole).toInt(), 4);
            QTest::keyClick(list, Qt::Key_X);
            QCOMPARE(store.rating(second), kRejected);
            QTest::keyClick(list, Qt::Key_X);  // X again takes the rejection back
            QCOMPARE(store.rating(second), 0);
            QTest::keyClick(list, Qt::Key_X);
            QTest::keyClick(list, Qt::Key_Right);  // arrows move
            QCOMPARE(list->currentIndex().row(), 2);
            QTest::keyClick(list, Qt::Key_5);
            QCOMPARE(store.rating(third), 5);
            QCOMPARE(store.rating(second), kRejected);
            QTest::keyClick(list, Qt::Key_Left);
            QTest::keyClick(list, Qt::Key_Left);
            QTest::keyClick(list, Qt::Key_2, Qt::KeypadModifier);  // the keypad's digits too
            QCOMPARE(store.rating(model.index(0).data(GalleryModel::IdRole).toLongLong()), 2);
            QTest::keyClick(list, Qt::Key_0);
            QCOMPARE(store.rating(model.index(0).data(GalleryModel::IdRole).toLongLong()), 0);
            view.grab();  // paints stars and the rejected mark
        }
        HistoryStore reopened(dir.path());
        QCOMPARE(reopened.rating(second), kRejected);
        QCOMPARE(reopened.rating(third), 5);
        GalleryModel model;
        model.setStore(&reopened);
        GalleryView view(&model);
        view.filterBox()->setCurrentIndex(view.filterBox()->findData(kRejected));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), second);
        view.filterBox()->setCurrentIndex(view.filterBox()->findData(100));  // not rejected
        QCOMPARE(model.rowCount(), 4);
        view.filterBox()->setCurrentIndex(view.filterBox()->findData(5));
        QCOMPARE(model.rowCount(), 1);
        view.filterBox()->setCurrentIndex(0);
        view.sortBox()->setCurrentIndex(view.sortBox()->findData(static_cast<int>(HistoryQuery::Sort::Rating)));
        QCOMPARE(model.index(0).data(GalleryModel::IdRole).toLongLong(), third);
        QCOMPARE(model.index(model.rowCount() - 1).data(GalleryModel::IdRole).toLongLong(), second);
    }

    void oldSchemaMigratesKeepingRows() {
        QTemporaryDir dir;
        {
            // The table as the previous version created it, with two rows.
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "old-schema");
            db.setDatabaseName(dir.filePath("history.sqlite"));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("CREATE TABLE generations (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL,"
                           " seconds REAL NOT NULL DEFAULT 0, path TEXT NOT NULL, seed TEXT NOT NULL,"
                           " parameters TEXT NOT NULL, thumbnail BLOB)"));
            QVERIFY(q.prepare("INSERT INTO generations (created, seconds, path, seed, parameters, thumbnail) VALUES (?, ?, ?, ?, ?, ?)"));
            for (int i = 0; i < 2; ++i) {
                q.addBindValue(QStringLiteral("2023-12-0%1T08:00:00.000").arg(i + 1));
                q.addBindValue(1.5 + i);
                q.addBindValue(QStringLiteral("/old/%1.png").arg(i));
                q.addBindValue(QString::number(77 + i));
                q.addBindValue(infotext(i ? "an old lighthouse" : "an old windmill", "Euler a", 77 + i, "oldmodel"));
                q.addBindValue(QByteArray());
                QVERIFY(q.exec());
            }
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase("old-schema");
        HistoryStore store(dir.path());
        QVERIFY2(store.ok(), qPrintable(store.error()));
        const QList<HistoryRecord> rows = store.page(0, 10);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].path, QString("/old/1.png"));
        QCOMPARE(rows[0].seed, 78ull);
        QCOMPARE(rows[0].seconds, 2.5);
        QCOMPARE(rows[1].created, QDateTime(QDate(2023, 12, 1), QTime(8, 0)));
        QCOMPARE(rows[0].rating, 0);
        QCOMPARE(seeds(store.page(parseHistorySearch("windmill"), nullptr, 10)), QList<quint64>{77});
        QCOMPARE(seeds(store.page(parseHistorySearch("sampler:\"euler a\" model:oldmodel"), nullptr, 10)), (QList<quint64>{78, 77}));
        QVERIFY(store.setRating({rows[0].id}, 3));
        QList<HistoryRecord> more = {record(infotext("a new windmill", "Euler", 5, "m"), 5, QDateTime::currentDateTime())};
        QVERIFY(store.add(more));
        QCOMPARE(seeds(store.page(parseHistorySearch("windmill"), nullptr, 10)), (QList<quint64>{5, 77}));
        QVERIFY(store.remove(more[0].id));
        QCOMPARE(seeds(store.page(parseHistorySearch("windmill"), nullptr, 10)), QList<quint64>{77});
    }

    void importsA1111ComfyInvokeAndListsBadFiles() {
        QTemporaryDir data, folder;
        writePng(folder.filePath("a1111/00001-3141592653.png"), {{"parameters", kA1111Text}});
        writePng(folder.filePath("a1111/2024-05-01/00002-42.png"), {{"parameters", kA1111Second}}, 140);
        writePng(folder.filePath("ComfyUI_00001_.png"), {{"prompt", kComfyPrompt}, {"workflow", "{\"nodes\": []}"}});
        writePng(folder.filePath("invoke.png"), {{"invokeai_metadata", kInvokeMetadata}});
        writePng(folder.filePath("plain.png"), {});
        writeBytes(folder.filePath("truncated.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0", 20));
        writeBytes(folder.filePath("not-an-image.png"), QByteArray("this is a text file, not a PNG\n"));
        writeBytes(folder.filePath("notes.txt"), QByteArray("ignored: not a .png"));

        GalleryModel gallery;
        HistoryRecorder history(data.path(), &gallery);
        QVERIFY(history.ok());
        PngImporter importer(&history);
        QSignalSpy done(&importer, &PngImporter::finished);
        QVERIFY(importer.start(folder.path()));
        QVERIFY(done.wait(30000));
        ImportReport report = importer.report();
        QCOMPARE(report.found, 7);
        QVERIFY2(report.databaseError.isEmpty(), qPrintable(report.databaseError));
        QCOMPARE(report.added, 5);
        QCOMPARE(report.withoutParameters, 1);
        QCOMPARE(report.failed.size(), 2);
        QStringList bad;
        for (const auto& f : report.failed) {
            bad << QFileInfo(f.path).fileName();
            QVERIFY2(!f.reason.isEmpty(), qPrintable(f.path));
        }
        bad.sort();
        QCOMPARE(bad, (QStringList{"not-an-image.png", "truncated.png"}));
        QVERIFY(importSummary(report).contains("truncated.png"));
        QCOMPARE(gallery.rowCount(), 5);

        auto byName = [&](const QString& name) -> const HistoryRecord* {
            for (int i = 0; i < gallery.rowCount(); ++i)
                if (QFileInfo(gallery.record(i)->path).fileName() == name) return gallery.record(i);
            return nullptr;
        };
        const HistoryRecord* a1111 = byName("00001-3141592653.png");
        QVERIFY(a1111);
        QCOMPARE(a1111->parameters, QString(kA1111Text));  // kept exactly
        QCOMPARE(a1111->seed, 3141592653ull);
        QCOMPARE(a1111->path, QFileInfo(folder.filePath("a1111/00001-3141592653.png")).absoluteFilePath());

        const HistoryRecord* comfy = byName("ComfyUI_00001_.png");
        QVERIFY(comfy);
        QCOMPARE(comfy->seed, 156680208700286ull);  // the first pass, not the hires one
        const stipple::Infotext ct = stipple::parse_infotext(comfy->parameters.toStdString());
        QCOMPARE(QString::fromStdString(ct.prompt), QString("a lighthouse on a cliff at dusk, dramatic clouds"));
        QCOMPARE(QString::fromStdString(ct.negative_prompt), QString("text, watermark"));
        QCOMPARE(field(comfy->parameters, "Steps"), QString("20"));
        QCOMPARE(field(comfy->parameters, "Sampler"), QString("Euler a"));
        QCOMPARE(field(comfy->parameters, "Schedule type"), QString("Karras"));
        QCOMPARE(field(comfy->parameters, "CFG scale"), QString("8"));
        QCOMPARE(field(comfy->parameters, "Size"), QString("512x640"));
        QCOMPARE(field(comfy->parameters, "Model"), QString("dreamshaper_8"));

        const HistoryRecord* invoke = byName("invoke.png");
        QVERIFY(invoke);
        QCOMPARE(invoke->seed, 2746110985ull);
        const stipple::Infotext it = stipple::parse_infotext(invoke->parameters.toStdString());
        QCOMPARE(QString::fromStdString(it.prompt), QString("portrait of an old sailor, oil painting"));
        QCOMPARE(QString::fromStdString(it.negative_prompt), QString("blurry"));
        QCOMPARE(field(invoke->parameters, "Steps"), QString("30"));
        QCOMPARE(field(invoke->parameters, "Sampler"), QString("DPM++ 2M"));
        QCOMPARE(field(invoke->parameters, "Schedule type"), QString("Karras"));
        QCOMPARE(field(invoke->parameters, "CFG scale"), QString("7.5"));
        QCOMPARE(field(invoke->parameters, "Size"), QString("768x1024"));
        QCOMPARE(field(invoke->parameters, "Model"), QString("Juggernaut XL v9"));

        // Imported images are searchable like generated ones.
        gallery.setQuery(parseHistorySearch("sampler:\"dpm++ 2m karras\""));
        QCOMPARE(gallery.rowCount(), 2);  // the A1111 fox and the InvokeAI sailor
        gallery.setQuery(parseHistorySearch("lighthouse model:dreamshaper"));
        QCOMPARE(gallery.rowCount(), 1);
        gallery.setQuery({});

        // A second import adds nothing; a file changed since is read again.
        QVERIFY(importer.start(folder.path()));
        QVERIFY(done.wait(30000));
        report = importer.report();
        QCOMPARE(report.added, 0);
        QCOMPARE(report.skipped, 5);
        QCOMPARE(gallery.rowCount(), 5);
        writePng(folder.filePath("invoke.png"), {{"invokeai_metadata", kInvokeMetadata}}, 200);
        QFile(folder.filePath("invoke.png")).setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime);
        QVERIFY(importer.start(folder.path()));
        QVERIFY(done.wait(30000));
        QCOMPARE(importer.report().added, 1);
        QCOMPARE(importer.report().skipped, 4);

        // Cancelling stops at once and keeps what was added.
        QTemporaryDir big;
        for (int i = 0; i < 60; ++i) writePng(big.filePath(QStringLiteral("%1.png").arg(i)), {{"parameters", kA1111Second}});
        QVERIFY(importer.start(big.path()));
        importer.cancel();
        QVERIFY(done.wait(30000));
        QVERIFY(importer.report().cancelled);
        QVERIFY(importer.report().added < 60);
    }

    void reuseParametersOfImportedA1111MatchesDroppingIt() {
        QTemporaryDir data, folder;
        const QByteArray savedData = qgetenv("STIPPLE_DATA_DIR");
        qputenv("STIPPLE_DATA_DIR", data.path().toUtf8());
        const QString png = folder.filePath("00001-3141592653.png");
        writePng(png, {{"parameters", kA1111Text}});
        {
            MainWindow w;
            ParametersPanel* p = w.parameters();
            QVERIFY(w.restoreFromImage(png));  // as dropping it
            const QString dropped = requestText(p);
            const QString droppedExtra = p->extraLabel()->text();
            QVERIFY(dropped.contains("Seed: 3141592653"));

            // Import it (through a second recorder on the same history), then show the history again.
            GalleryModel other;
            HistoryRecorder recorder(data.path(), &other);
            PngImporter importer(&recorder);
            QSignalSpy done(&importer, &PngImporter::finished);
            QVERIFY(importer.start(folder.path()));
            QVERIFY(done.wait(30000));
            QCOMPARE(importer.report().added, 1);
            w.galleryModel()->setQuery({});
            QCOMPARE(w.galleryModel()->rowCount(), 1);

            p->promptEdit()->setPlainText("something else");
            p->stepsBox()->setValue(3);
            p->cfgBox()->setValue(1.0);
            QVERIFY(requestText(p) != dropped);
            Q_EMIT w.gallery()->reuseParametersRequested(w.galleryModel()->index(0).data(GalleryModel::ParametersRole).toString());
            QCOMPARE(requestText(p), dropped);
            QCOMPARE(p->extraLabel()->text(), droppedExtra);
        }
        qputenv("STIPPLE_DATA_DIR", savedData);
    }
};

QTEST_MAIN(UiLibraryTest)
#include "test_ui_library.moc"
