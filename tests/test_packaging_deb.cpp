// The Debian package installs a working Stipple: unpacked with `dpkg -x` into a temporary root it
// holds both programs, the SentencePiece shim where shim_path() looks, the configs and built-in
// model where resources_dir() looks, a valid desktop entry, valid AppStream metadata and icons;
// the installed programs run and find their resources there. Skips when the .deb is not built
// (`cmake --build <build> --target package` or `packaging/setup.sh deb`).
#include "stipple_version.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

Run run(const QString& program, const QStringList& args, const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment()) {
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out or failed to start: ") + p.errorString();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

}  // namespace

class PackagingDebTest : public QObject {
    Q_OBJECT
    QString deb_;
    QTemporaryDir root_;

    QString at(const QString& relative) const { return QDir(root_.path()).filePath(relative); }

    // The installed environment: no source-tree override of the resources.
    QProcessEnvironment installedEnv() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("STIPPLE_RESOURCES"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private Q_SLOTS:
    void initTestCase() {
        deb_ = QDir(QStringLiteral(STIPPLE_BINARY_DIR)).filePath(QStringLiteral("stipple_%1_amd64.deb").arg(QStringLiteral(STIPPLE_VERSION)));
        if (!QFileInfo::exists(deb_) && qEnvironmentVariable("CI") == QLatin1String("true"))
            QFAIL(qPrintable(QStringLiteral("%1 is not built, and CI=true runs packaging/setup.sh test, which builds it").arg(deb_)));
        if (!QFileInfo::exists(deb_))
            QSKIP(qPrintable(QStringLiteral("%1 is not built; run `cmake --build %2 --target package` (or packaging/setup.sh deb) first")
                                 .arg(deb_, QStringLiteral(STIPPLE_BINARY_DIR))));
        if (QStandardPaths::findExecutable(QStringLiteral("dpkg")).isEmpty()) QSKIP("dpkg is not installed");
        QVERIFY(root_.isValid());
        const Run x = run(QStringLiteral("dpkg"), {QStringLiteral("-x"), deb_, root_.path()});
        QVERIFY2(x.code == 0, qPrintable(x.err));
    }

    void controlFieldsNameTheDependencies() {
        const Run f = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb_});
        QVERIFY2(f.code == 0, qPrintable(f.err));
        QVERIFY(f.out.contains(QStringLiteral("Package: stipple")));
        QVERIFY(f.out.contains(QStringLiteral("Version: %1").arg(QStringLiteral(STIPPLE_VERSION))));
        QVERIFY(f.out.contains(QStringLiteral("Architecture: amd64")));
        const QString depends = f.out.section(QStringLiteral("Depends:"), 1).section(QLatin1Char('\n'), 0, 0);
        for (const char* package : {"libtorch", "libqt6widgets6", "libqt6sql6-sqlite", "qt6-qpa-plugins", "libopencv-core",
                                    "libsentencepiece0", "libopenblas0", "libicu"})
            QVERIFY2(depends.contains(QString::fromLatin1(package)), qPrintable(QStringLiteral("%1 not in Depends: %2").arg(package, depends)));
    }

    void filesAreWhereTheProgramsLook() {
        for (const char* file : {"usr/bin/stipple", "usr/bin/stipple-cli", "usr/lib/stipple/libstipple_spm_shim.so",
                                 "usr/share/stipple/configs/stable-diffusion-v1-5/model_index.json",
                                 "usr/share/stipple/configs/stable-diffusion-xl-base-1.0/unet/config.json",
                                 "usr/share/stipple/models/stipple-shapes/scenes.json",
                                 "usr/share/applications/io.github.stipple.Stipple.desktop",
                                 "usr/share/metainfo/io.github.stipple.Stipple.metainfo.xml",
                                 "usr/share/icons/hicolor/scalable/apps/stipple.svg",
                                 "usr/share/icons/hicolor/16x16/apps/stipple.png",
                                 "usr/share/icons/hicolor/48x48/apps/stipple.png",
                                 "usr/share/icons/hicolor/256x256/apps/stipple.png",
                                 "usr/share/icons/hicolor/512x512/apps/stipple.png",
                                 "usr/share/stipple/clip-tokenizer/vocab.json",
                                 "usr/share/stipple/clip-tokenizer/merges.txt",
                                 "usr/share/stipple/clip-tokenizer/LICENSE",
                                 "usr/share/doc/stipple/copyright"})
            QVERIFY2(QFileInfo(at(QString::fromLatin1(file))).size() > 0, file);
        QVERIFY(QFileInfo(at(QStringLiteral("usr/bin/stipple"))).isExecutable());
        // Everything in the source tree's built-in model folder ships.
        const QDir model(QStringLiteral(STIPPLE_SOURCE_DIR "/resources/models/stipple-shapes"));
        for (const QString& name : model.entryList(QDir::Files))
            QVERIFY2(QFileInfo::exists(at(QStringLiteral("usr/share/stipple/models/stipple-shapes/") + name)), qPrintable(name));
    }

    void licenseIsStated() {
        // Debian's machine-readable copyright file: Stipple and its built-in model under MIT, with the text.
        QFile c(at(QStringLiteral("usr/share/doc/stipple/copyright")));
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QString copyright = QString::fromUtf8(c.readAll());
        for (const char* files : {"Files: *\n", "Files: usr/share/stipple/models/stipple-shapes/*\n",
                                  "Files: usr/share/stipple/clip-tokenizer/*\n"}) {
            const QString paragraph = copyright.section(QString::fromLatin1(files), 1).section(QStringLiteral("\n\n"), 0, 0);
            QVERIFY2(paragraph.contains(QStringLiteral("\nLicense: MIT")), files);
        }
        QVERIFY(copyright.contains(QStringLiteral("\nLicense: MIT\n Permission is hereby granted")));
        QFile m(at(QStringLiteral("usr/share/metainfo/io.github.stipple.Stipple.metainfo.xml")));
        QVERIFY(m.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(m.readAll()).contains(QStringLiteral("<project_license>MIT</project_license>")));
    }

    void desktopEntryAndMetainfoValidate() {
        const QString desktop = at(QStringLiteral("usr/share/applications/io.github.stipple.Stipple.desktop"));
        QFile f(desktop);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("Categories=Graphics;2DGraphics;Education;")));
        QVERIFY(text.contains(QStringLiteral("Exec=stipple")));
        QVERIFY(text.contains(QStringLiteral("Icon=stipple")));
        if (!QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate")).isEmpty()) {
            const Run v = run(QStringLiteral("desktop-file-validate"), {desktop});
            QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        } else {
            qWarning("desktop-file-validate (package desktop-file-utils) is missing: desktop entry not validated");
        }
        if (QStandardPaths::findExecutable(QStringLiteral("appstreamcli")).isEmpty())
            QSKIP("appstreamcli (package appstream) is missing: metainfo not validated");
        const Run v = run(QStringLiteral("appstreamcli"),
                          {QStringLiteral("validate"), QStringLiteral("--no-net"),
                           at(QStringLiteral("usr/share/metainfo/io.github.stipple.Stipple.metainfo.xml"))});
        QVERIFY2(v.code == 0, qPrintable(v.out + v.err));
        QFile m(at(QStringLiteral("usr/share/metainfo/io.github.stipple.Stipple.metainfo.xml")));
        QVERIFY(m.open(QIODevice::ReadOnly));
        const QString meta = QString::fromUtf8(m.readAll());
        QVERIFY(meta.contains(QStringLiteral("<release version=\"%1\"").arg(QStringLiteral(STIPPLE_VERSION))));
        QVERIFY(!meta.contains(QLatin1Char('@')));  // every @VAR@ was configured
    }

    void installedProgramsRun() {
        const Run gui = run(at(QStringLiteral("usr/bin/stipple")), {QStringLiteral("--version")}, installedEnv());
        QCOMPARE(gui.code, 0);
        QCOMPARE(gui.out.trimmed(), QStringLiteral("stipple %1").arg(QStringLiteral(STIPPLE_VERSION)));
        const Run help = run(at(QStringLiteral("usr/bin/stipple")), {QStringLiteral("--help"), QStringLiteral("--lang"), QStringLiteral("de")},
                             installedEnv());
        QCOMPARE(help.code, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Optionen")), qPrintable(help.out));  // the embedded German catalogue
        const Run cli = run(at(QStringLiteral("usr/bin/stipple-cli")), {QStringLiteral("--help")}, installedEnv());
        QVERIFY2(cli.code == 0, qPrintable(cli.err));
    }

    void installedCliFindsTheInstalledResources() {
        // render-scene reads the built-in model's scenes.json from resources_dir().
        QTemporaryDir out;
        const QString png = QDir(out.path()).filePath(QStringLiteral("scene.png"));
        const Run scene = run(at(QStringLiteral("usr/bin/stipple-cli")),
                              {QStringLiteral("render-scene"), QStringLiteral("--prompt"), QStringLiteral("a large red circle on a blue background"),
                               QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--out"), png},
                              installedEnv());
        QVERIFY2(scene.code == 0, qPrintable(scene.err));
        QVERIFY(QFileInfo(png).size() > 0);
        // Without the built-in model, generate names the folder it looked in: the installed one, not the
        // source tree's. (Runs last: it removes model_index.json from this test's unpacked copy.)
        QFile::remove(at(QStringLiteral("usr/share/stipple/models/stipple-shapes/model_index.json")));
        const Run gen = run(at(QStringLiteral("usr/bin/stipple-cli")),
                            {QStringLiteral("generate"), QStringLiteral("--prompt"), QStringLiteral("x"), QStringLiteral("--out"),
                             QDir(out.path()).filePath(QStringLiteral("x.png"))},
                            installedEnv());
        QVERIFY(gen.code != 0);
        QVERIFY2(gen.err.contains(at(QStringLiteral("usr/share/stipple/models/stipple-shapes"))), qPrintable(gen.err));
    }
};

QTEST_MAIN(PackagingDebTest)
#include "test_packaging_deb.moc"
