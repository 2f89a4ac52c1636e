// The model library picker (issue 16): the app's models folder is scanned in the background, the
// list filters as the user types (name, family, kind), and choosing an entry does what it is for:
// a model folder opens, a LoRA puts <lora:NAME:1> in the prompt, an embedding its name, a VAE
// becomes the loaded model's VAE. Recent models come first.
#include "error_banner.h"
#include "main_window.h"
#include "model_library_scanner.h"
#include "model_picker.h"
#include "parameters_panel.h"
#include "pipeline/resource_paths.h"
#include "preferences.h"
#include "settings_dialog.h"
#include "io/safetensors.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QMimeData>
#include <QDropEvent>
#include <QUrl>
#include <QApplication>
#include <QStatusBar>
#include <QtTest>

using namespace stipple::ui;

namespace {

QString builtin() { return QString::fromStdString(stipple::builtin_model_dir()); }

void writeLora(const QString& path, int64_t context) {
    QDir().mkpath(QFileInfo(path).path());
    const std::string m = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k";
    stipple::write_safetensors(path.toStdString(), {{m + ".lora_down.weight", at::zeros({4, context})},
                                                    {m + ".lora_up.weight", at::zeros({320, 4})}});
}

std::optional<ModelSummary> waitForModel(MainWindow& w, const std::function<void()>& start) {
    QSignalSpy ready(&w, &MainWindow::modelReady);
    start();
    if (!ready.wait(120000)) return std::nullopt;
    return ready.takeFirst().at(0).value<ModelSummary>();
}

void typeFilter(ModelPicker* picker, const QString& text) {
    picker->filterEdit()->clear();
    QTest::keyClicks(picker->filterEdit(), text);
}

}  // namespace

class ModelPickerTest : public QObject {
    Q_OBJECT
    QTemporaryDir data_, out_;
    QString models_;

private Q_SLOTS:
    void init() {
        qputenv("STIPPLE_OUTPUT_DIR", QDir(out_.path()).filePath(QTest::currentTestFunction()).toUtf8());
        const QString data = QDir(data_.path()).filePath(QTest::currentTestFunction());
        qputenv("STIPPLE_DATA_DIR", data.toUtf8());
        models_ = QDir(data).filePath(QStringLiteral("models"));
        writeLora(models_ + "/Lora/inky.safetensors", 768);
        writeLora(models_ + "/Lora/xl-detail.safetensors", 2048);
        QDir().mkpath(models_ + "/embeddings");
        stipple::write_safetensors((models_ + "/embeddings/bad-hands.safetensors").toStdString(),
                                   {{"emb_params", at::zeros({2, 768})}});
        QDir().mkpath(models_ + "/VAE");
        QVERIFY(QFile::copy(builtin() + "/vae/diffusion_pytorch_model.safetensors", models_ + "/VAE/my-vae.safetensors"));
        QDir().mkpath(models_ + "/Stable-diffusion");
        QVERIFY(QFile::link(builtin(), models_ + "/Stable-diffusion/shapes"));  // a diffusers folder
    }

    void filtersAsTheUserTypes() {
        MainWindow w;
        w.show();
        // The model button shows the model in use and opens the library (no separate recent list).
        auto* modelButton = w.findChild<QToolButton*>("modelBox");
        QVERIFY(modelButton);
        QTest::mouseClick(modelButton, Qt::LeftButton);
        ModelPicker* picker = w.modelPicker();
        QVERIFY(picker && picker->isVisible());
        QSignalSpy done(w.libraryScanner(), &ModelLibraryScanner::scanFinished);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toInt(), 5);
        typeFilter(picker, "inky");
        QCOMPARE(picker->visibleCount(), 1);
        QVERIFY(picker->visiblePath(0).endsWith("inky.safetensors"));
        typeFilter(picker, "lora");
        QCOMPARE(picker->visibleCount(), 2);
        typeFilter(picker, "SDXL lora");  // every word must match: the family badge and the kind
        QCOMPARE(picker->visibleCount(), 1);
        QVERIFY(picker->visiblePath(0).endsWith("xl-detail.safetensors"));
        typeFilter(picker, "vae");
        QCOMPARE(picker->visibleCount(), 1);
        typeFilter(picker, "no such model");
        QCOMPARE(picker->visibleCount(), 0);
        typeFilter(picker, "");
        // The five files, and the built-in model (always one click away, though outside the folders).
        QCOMPARE(picker->visibleCount(), 6);
        QStringList shown;
        for (int row = 0; row < picker->visibleCount(); ++row) shown << picker->visiblePath(row);
        QVERIFY2(shown.contains(builtin()), qPrintable(shown.join('|')));
    }

    void choosingDoesWhatTheEntryIsFor() {
        MainWindow w;
        w.show();
        w.showModelLibrary();
        ModelPicker* picker = w.modelPicker();
        QSignalSpy done(w.libraryScanner(), &ModelLibraryScanner::scanFinished);
        QVERIFY(done.wait(30000));
        w.parameters()->promptEdit()->setPlainText(QStringLiteral("a red circle"));
        w.parameters()->promptEdit()->moveCursor(QTextCursor::End);
        // Type, then Enter: the LoRA's tag goes into the prompt.
        typeFilter(picker, "inky");
        QTest::keyClick(picker->filterEdit(), Qt::Key_Return);
        QCOMPARE(w.parameters()->promptText(), QStringLiteral("a red circle <lora:inky:1>"));
        typeFilter(picker, "bad-hands");
        picker->chooseVisible(0);
        QCOMPARE(w.parameters()->promptText(), QStringLiteral("a red circle <lora:inky:1> bad-hands"));
        // A model folder opens, and is listed first from then on (recent).
        typeFilter(picker, "shapes");  // the library's link, and the built-in model itself
        QCOMPARE(picker->visibleCount(), 2);
        const QString shapes = models_ + "/Stable-diffusion/shapes";
        const int row = picker->visiblePath(0) == shapes ? 0 : 1;
        QCOMPARE(picker->visiblePath(row), shapes);
        const auto loaded = waitForModel(w, [&] { picker->chooseVisible(row); });
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->path, shapes);
        typeFilter(picker, "");
        QCOMPARE(picker->visiblePath(0), shapes);
        // A VAE becomes the loaded model's VAE (it reloads with it).
        typeFilter(picker, "my-vae");
        const auto withVae = waitForModel(w, [&] { picker->chooseVisible(0); });
        QVERIFY(withVae.has_value());
        QCOMPARE(withVae->vaeName, QStringLiteral("my-vae.safetensors"));
    }

    // Dropping a LoRA or an embedding from anywhere copies it into the library's folder and names
    // it in the prompt; a dropped VAE becomes the model's.
    void droppedWeightFilesAreUsed() {
        MainWindow w;
        w.show();
        QVERIFY(waitForModel(w, [&] { w.openModel(builtin()); }).has_value());
        QTemporaryDir elsewhere;
        const QString lora = elsewhere.filePath("ink-lines.safetensors");
        writeLora(lora, 768);
        const auto drop = [&](const QString& path) {
            QMimeData mime;
            mime.setUrls({QUrl::fromLocalFile(path)});
            // As a file manager delivers it: DragEnter (accepted for local files), then Drop.
            QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&w, &enter);
            QDropEvent event(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(&w, &event);
        };
        w.parameters()->promptEdit()->setPlainText(QStringLiteral("a boat"));
        w.parameters()->promptEdit()->moveCursor(QTextCursor::End);
        drop(lora);
        QTRY_VERIFY_WITH_TIMEOUT(w.parameters()->promptText().contains("<lora:ink-lines:1>"), 20000);
        QVERIFY(QFile::exists(models_ + "/Lora/ink-lines.safetensors"));
        // A different file under the same name is not replaced: the banner says so.
        const QString other = elsewhere.filePath("sub/ink-lines.safetensors");
        writeLora(other, 2048);
        drop(other);
        QTRY_VERIFY_WITH_TIMEOUT(w.banner()->isVisible() && w.banner()->text().contains("ink-lines.safetensors"), 20000);
        QCOMPARE(QFileInfo(models_ + "/Lora/ink-lines.safetensors").size(), QFileInfo(lora).size());
        // An embedding: copied, the model reloads (embeddings are read at load), the word goes in.
        const QString embedding = elsewhere.filePath("calm-sea.safetensors");
        stipple::write_safetensors(embedding.toStdString(), {{"emb_params", at::zeros({1, 768})}});
        const auto reloaded = waitForModel(w, [&] { drop(embedding); });
        QVERIFY(reloaded.has_value());
        QVERIFY(QFile::exists(models_ + "/embeddings/calm-sea.safetensors"));
        QVERIFY(w.parameters()->promptText().contains("calm-sea"));
        // A VAE: the model reloads with it.
        const auto withVae = waitForModel(w, [&] { drop(models_ + "/VAE/my-vae.safetensors"); });
        QVERIFY(withVae.has_value());
        QCOMPARE(withVae->vaeName, QStringLiteral("my-vae.safetensors"));
    }

    void addedFoldersAreScannedToo() {
        // An AUTOMATIC1111 tree elsewhere, added in Settings: its LoRA is listed with the library's own.
        QTemporaryDir a1111;
        writeLora(a1111.filePath("models/Lora/from-a1111.safetensors"), 1024);
        {
            SettingsDialog settings;
            auto* list = settings.findChild<QListWidget*>("libraryFolders");
            QVERIFY(list);
            list->addItem(a1111.filePath("models"));
            settings.save();
        }
        QCOMPARE(Preferences().get(pref::libraryFolders), QStringList{a1111.filePath("models")});
        MainWindow w;
        w.show();
        w.showModelLibrary();
        QSignalSpy done(w.libraryScanner(), &ModelLibraryScanner::scanFinished);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(0).toInt(), 6);
        typeFilter(w.modelPicker(), "SD 2.x");  // its family, from the 1024-wide cross-attention
        QCOMPARE(w.modelPicker()->visibleCount(), 1);
        QVERIFY(w.modelPicker()->visiblePath(0).endsWith("from-a1111.safetensors"));
    }
};

QTEST_MAIN(ModelPickerTest)
#include "test_ui_model_picker.moc"
