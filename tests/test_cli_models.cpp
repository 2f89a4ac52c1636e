// `stipple-cli models`: lists an A1111-style folder as JSON with kinds, families and, with
// --hashes, A1111's short hashes, which a second run takes from the cache in the data folder.
#include "io/file_sha256.h"
#include "io/safetensors.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList& args, const QString& dataDir) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("STIPPLE_DATA_DIR"), dataDir);
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    Run r;
    if (!p.waitForFinished(60000)) return r;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    r.code = p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode();
    return r;
}

}  // namespace

class CliModelsTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void listsKindsFamiliesAndCachedHashes() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const QString models = dir.filePath(QStringLiteral("a1111/models"));
        QDir().mkpath(models + "/Lora");
        QDir().mkpath(models + "/embeddings");
        const std::string lora = (models + "/Lora/inky.safetensors").toStdString();
        stipple::write_safetensors(lora, {{"lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_k.lora_down.weight", at::zeros({4, 2048})},
                                          {"lora_unet_mid_block_attentions_0_transformer_blocks_0_attn2_to_k.lora_up.weight", at::zeros({1280, 4})}});
        stipple::write_safetensors((models + "/embeddings/style.safetensors").toStdString(), {{"emb_params", at::zeros({2, 768})}});
        const QString data = dir.filePath(QStringLiteral("data"));

        const Run first = cli({"models", "--dir", models, "--json", "--hashes"}, data);
        QVERIFY2(first.code == 0, first.err.constData());
        const QJsonObject doc = QJsonDocument::fromJson(first.out).object();
        const QJsonArray list = doc["models"].toArray();
        QCOMPARE(list.size(), 2);
        QMap<QString, QJsonObject> byName;
        for (const auto& v : list) byName[v.toObject()["name"].toString()] = v.toObject();
        QCOMPARE(byName["inky"]["kind"].toString(), QStringLiteral("lora"));
        QCOMPARE(byName["inky"]["family"].toString(), QStringLiteral("sdxl"));
        QCOMPARE(byName["style"]["kind"].toString(), QStringLiteral("embedding"));
        QCOMPARE(byName["style"]["family"].toString(), QStringLiteral("sd1"));
        QCOMPARE(byName["inky"]["hash"].toString().toStdString(), stipple::file_sha256_hex(lora).substr(0, 10));
        QVERIFY(QFileInfo::exists(data + "/model-hashes.json"));
        // Without --hashes, the cached hashes are still shown.
        const Run second = cli({"models", "--dir", models, "--json"}, data);
        QCOMPARE(second.code, 0);
        const QJsonArray again = QJsonDocument::fromJson(second.out).object()["models"].toArray();
        for (const auto& v : again) QVERIFY(!v.toObject()["hash"].toString().isEmpty());
        // A folder that is not there is named, not an error.
        const Run missing = cli({"models", "--dir", dir.filePath("nowhere")}, data);
        QCOMPARE(missing.code, 0);
        QVERIFY2(missing.out.contains("nowhere: not a readable folder"), missing.out.constData());
    }
};

QTEST_GUILESS_MAIN(CliModelsTest)
#include "test_cli_models.moc"
