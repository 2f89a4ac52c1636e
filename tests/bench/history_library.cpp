// `stipple-bench-history`: the gallery as a library on a large history. Fills a temporary
// history with N rows (default 50,000: realistic A1111 parameters, thumbnails, two years of
// dates), then prints the time to open it (database + first page in the gallery), to run
// searches, to page, to migrate a database of the previous schema, and the longest GUI
// event-loop gap while typing a search, scrolling to the end and rating. A benchmark, not a test.
//
//   stipple-bench-history [--rows N] [--pages N]
//
// Use QT_QPA_PLATFORM=offscreen without a display.
#include "gallery_model.h"
#include "gallery_view.h"
#include "history_search.h"
#include "history_store.h"
#include "image/infotext.h"

#include <QApplication>
#include <QBuffer>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace stipple::ui;

namespace {

const char* const kWords[] = {
    "masterpiece", "best", "quality", "portrait", "woman", "man", "old", "young", "fox", "cat", "dog", "castle",
    "forest", "lake", "mountain", "city", "street", "night", "sunset", "dawn", "rain", "snow", "fog", "light",
    "soft", "dramatic", "cinematic", "lighting", "detailed", "intricate", "oil", "painting", "watercolor",
    "photo", "photograph", "35mm", "bokeh", "red", "blue", "green", "golden", "silver", "dark", "bright",
    "armor", "knight", "dragon", "ship", "sea", "ocean", "island", "desert", "ruins", "temple", "garden",
    "flowers", "roses", "tree", "sky", "clouds", "stars", "moon", "sun", "river", "bridge", "tower", "lantern",
    "window", "library", "books", "tea", "coffee", "kitchen", "robot", "cyberpunk", "neon", "steampunk",
    "fantasy", "sci-fi", "landscape", "still", "life", "macro", "insect", "butterfly", "owl", "wolf", "horse",
    "sailor", "wizard", "witch", "elf", "samurai", "astronaut", "train", "car", "bicycle", "market", "cafe"};
const char* const kSamplers[] = {"Euler a", "Euler", "DPM++ 2M Karras", "DPM++ SDE Karras", "DDIM", "UniPC", "Heun", "LMS"};
const char* const kModels[] = {"v1-5-pruned-emaonly", "dreamshaper_8", "realisticVisionV51", "sd_xl_base_1.0", "juggernautXL_v9"};

QString prompt(QRandomGenerator& rng) {
    QStringList words;
    const int n = 8 + static_cast<int>(rng.bounded(30));
    for (int i = 0; i < n; ++i) words << QString::fromLatin1(kWords[rng.bounded(static_cast<int>(std::size(kWords)))]);
    if (rng.bounded(3) == 0) words[1] = QStringLiteral("(%1:1.2)").arg(words[1]);
    return words.join(QStringLiteral(", "));
}

QString parameters(QRandomGenerator& rng, quint64 seed) {
    stipple::Infotext t;
    t.prompt = prompt(rng).toStdString();
    t.negative_prompt = "lowres, bad anatomy, blurry, watermark";
    t.set("Steps", std::to_string(10 + rng.bounded(40)));
    const auto f = stipple::sampler_fields_from_label(kSamplers[rng.bounded(static_cast<int>(std::size(kSamplers)))]);
    t.set("Sampler", f.sampler);
    t.set("Schedule type", f.schedule_type);
    t.set("CFG scale", std::to_string(3 + rng.bounded(9)));
    t.set("Seed", std::to_string(seed));
    t.set("Size", "512x512");
    t.set("Model", kModels[rng.bounded(static_cast<int>(std::size(kModels)))]);
    t.set("Version", "stipple-0.1.0");
    return QString::fromStdString(stipple::format_infotext(t));
}

QByteArray thumbnailPng(int shade) {
    QImage image(128, 128, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(image.rect(), QColor::fromHsv(shade % 360, 120, 200));
    p.setBrush(QColor::fromHsv((shade * 7) % 360, 200, 120));
    p.drawEllipse(20 + shade % 40, 30, 60, 50);
    p.end();
    QByteArray bytes;
    QBuffer b(&bytes);
    b.open(QIODevice::WriteOnly);
    image.save(&b, "PNG");
    return bytes;
}

double ms(qint64 ns) { return ns / 1e6; }

}  // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser cli;
    cli.setApplicationDescription("Open, search and page a large Stipple history; longest GUI event-loop gap.");
    cli.addHelpOption();
    cli.addOption({"rows", "history rows (default 50000)", "N", "50000"});
    cli.addOption({"pages", "pages to read when paging (default 20)", "N", "20"});
    cli.process(app);
    const int rows = std::max(1, cli.value("rows").toInt());
    const int pages = std::max(1, cli.value("pages").toInt());

    QTemporaryDir dir;
    QRandomGenerator rng(1234);
    std::vector<QByteArray> thumbs;
    for (int i = 0; i < 16; ++i) thumbs.push_back(thumbnailPng(i * 23));
    const QDateTime start(QDate(2023, 6, 1), QTime(9, 0));
    QElapsedTimer clock;
    quint64 probeSeed = 0;
    {
        clock.start();
        HistoryStore store(dir.path());
        if (!store.ok()) {
            std::fprintf(stderr, "cannot create the history: %s\n", qPrintable(store.error()));
            return 2;
        }
        for (int done = 0; done < rows;) {
            QList<HistoryRecord> batch;
            for (int i = 0; i < 1000 && done < rows; ++i, ++done) {
                HistoryRecord r;
                r.seed = rng.generate64() >> 12;
                if (done == rows / 2) probeSeed = r.seed;
                r.parameters = parameters(rng, r.seed);
                r.path = QStringLiteral("/pictures/stipple/%1.png").arg(done);
                r.thumbnailPng = thumbs[done % thumbs.size()];
                r.created = start.addSecs(static_cast<qint64>(done) * 63072000 / rows);
                r.seconds = 3.5;
                r.rating = rng.bounded(10) == 0 ? static_cast<int>(rng.bounded(6)) : 0;
                batch << r;
            }
            if (!store.add(batch)) {
                std::fprintf(stderr, "cannot fill the history: %s\n", qPrintable(store.error()));
                return 2;
            }
        }
        std::printf("history          %d rows (%s), filled in %.1f s\n", rows,
                    store.hasFullTextIndex() ? "FTS5 prompt index" : "LIKE on prompts, no FTS5", clock.elapsed() / 1000.0);
    }

    // Open: the database, its count and the first page of thumbnails in a shown gallery.
    clock.restart();
    auto store = std::make_unique<HistoryStore>(dir.path());
    GalleryModel model;
    model.setStore(store.get());
    GalleryView view(&model);
    view.resize(1000, 420);
    view.show();
    app.processEvents();
    const qint64 openNs = clock.nsecsElapsed();
    std::printf("open gallery     %.1f ms  (%d of %d rows loaded)\n", ms(openNs), model.rowCount(), model.totalCount());

    // Searches: count + the first page of each, as the search field runs them.
    const QStringList searches = {QStringLiteral("fox"),
                                  QStringLiteral("red fox castle"),
                                  QStringLiteral("li"),
                                  QStringLiteral("sampler:\"dpm++ 2m karras\""),
                                  QStringLiteral("model:dreamshaper"),
                                  QStringLiteral("seed:%1").arg(probeSeed),
                                  QStringLiteral("date:2024-03"),
                                  QStringLiteral("wizard sampler:euler date:2023"),
                                  QStringLiteral("stars:4"),
                                  QStringLiteral("zebra")};
    qint64 worstSearch = 0;
    for (const QString& s : searches) {
        clock.restart();
        model.setQuery(parseHistorySearch(s));
        app.processEvents();
        const qint64 ns = clock.nsecsElapsed();
        worstSearch = std::max(worstSearch, ns);
        std::printf("search %-34s %7.1f ms  %6d found\n", qPrintable(s), ms(ns), model.totalCount());
    }
    std::printf("slowest search   %.1f ms\n", ms(worstSearch));

    // Paging: the next page as the view scrolls, for everything and for a search.
    for (const QString& s : {QString(), QStringLiteral("fox")}) {
        model.setQuery(parseHistorySearch(s));
        qint64 worst = 0, total = 0;
        int n = 0;
        for (; n < pages && model.canFetchMore({}); ++n) {
            clock.restart();
            model.fetchMore({});
            const qint64 ns = clock.nsecsElapsed();
            worst = std::max(worst, ns);
            total += ns;
        }
        std::printf("page (%s)%*s %d pages of %d: mean %.1f ms, slowest %.1f ms\n", s.isEmpty() ? "all" : qPrintable(s),
                    s.isEmpty() ? 5 : 5 - static_cast<int>(s.size()) + 3, "", n, GalleryModel::kPageSize,
                    n ? ms(total / n) : 0.0, ms(worst));
    }
    // Deep: the last page of the whole history (keyset paging: as fast as the first).
    {
        HistoryRecord after;
        after.id = GalleryModel::kPageSize + 1;
        clock.restart();
        const auto last = store->page(HistoryQuery{}, &after, GalleryModel::kPageSize);
        std::printf("last page        %.1f ms  (%d rows)\n", ms(clock.nsecsElapsed()), static_cast<int>(last.size()));
    }

    // The GUI thread while a user types a search, scrolls to the end of the results and rates.
    model.setQuery({});
    std::vector<qint64> gaps;
    qint64 last = 0;
    QElapsedTimer loop;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = loop.nsecsElapsed();
        gaps.push_back(now - last);
        last = now;
    });
    std::vector<std::function<void()>> script;
    for (const QString& text : {QStringLiteral("c"), QStringLiteral("ca"), QStringLiteral("cas"), QStringLiteral("cast"),
                                QStringLiteral("castl"), QStringLiteral("castle")})
        script.push_back([&view, text] { view.searchEdit()->setText(text); });
    for (int i = 0; i < 10; ++i) script.push_back([] {});  // the debounced query runs
    for (int i = 0; i < 40; ++i)
        script.push_back([&view] {
            QScrollBar* bar = view.listView()->verticalScrollBar();
            bar->setValue(bar->maximum());  // the view asks for the next page
        });
    for (int i = 0; i < 20; ++i)
        script.push_back([&view, i] {
            QListView* list = view.listView();
            list->setFocus();
            QKeyEvent move(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
            QApplication::sendEvent(list, &move);
            QKeyEvent rate(QEvent::KeyPress, Qt::Key_1 + i % 5, Qt::NoModifier, QString::number(1 + i % 5));
            QApplication::sendEvent(list, &rate);
        });
    script.push_back([&view] { view.searchEdit()->clear(); });
    for (int i = 0; i < 10; ++i) script.push_back([] {});
    int rowsReached = 0;
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, [&] { rowsReached = std::max(rowsReached, model.rowCount()); });
    size_t step = 0;
    QTimer driver;
    driver.setInterval(60);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (step < script.size()) return script[step++]();
        driver.stop();
        probe.stop();
        app.quit();
    });
    loop.start();
    probe.start();
    driver.start();
    app.exec();
    std::sort(gaps.begin(), gaps.end());
    if (!gaps.empty()) {
        std::printf("event loop       %zu ticks while typing, searching, scrolling to row %d and rating\n", gaps.size(), rowsReached);
        std::printf("longest gap      %.1f ms\n", ms(gaps.back()));
        std::printf("99th percentile  %.1f ms\n", ms(gaps[gaps.size() * 99 / 100]));
    }
    view.hide();
    model.setStore(nullptr);
    store.reset();

    // Migration: the same number of rows in the previous schema, opened by this version once.
    {
        QTemporaryDir old;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(old.filePath(QStringLiteral("history.sqlite")));
            db.open();
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE generations (id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL,"
                                  " seconds REAL NOT NULL DEFAULT 0, path TEXT NOT NULL, seed TEXT NOT NULL,"
                                  " parameters TEXT NOT NULL, thumbnail BLOB)"));
            db.transaction();
            q.prepare(QStringLiteral("INSERT INTO generations (created, seconds, path, seed, parameters, thumbnail) VALUES (?, ?, ?, ?, ?, ?)"));
            for (int i = 0; i < rows; ++i) {
                const quint64 seed = rng.generate64() >> 12;
                q.addBindValue(start.addSecs(i * 60).toString(Qt::ISODateWithMs));
                q.addBindValue(2.0);
                q.addBindValue(QStringLiteral("/old/%1.png").arg(i));
                q.addBindValue(QString::number(seed));
                q.addBindValue(parameters(rng, seed));
                q.addBindValue(thumbs[i % thumbs.size()]);
                q.exec();
            }
            db.commit();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        clock.restart();
        HistoryStore migrated(old.path());
        std::printf("migrate old db   %.1f ms  (%d rows kept, once per database)\n", ms(clock.nsecsElapsed()),
                    migrated.count({}));
    }
    return 0;
}
