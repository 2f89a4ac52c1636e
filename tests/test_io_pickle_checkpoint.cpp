// PyTorch pickle checkpoints (.ckpt/.pt) converted to .safetensors without running them: tiny files
// made by torch.save (tests/data/make_pickle_checkpoints.py, Debian's python3-torch) convert to
// exactly the tensors torch saved (dtypes, shared storage, views, state_dict, OrderedDict,
// Parameters, a Lightning checkpoint's training state), and hostile or broken ones (os.system, eval, getattr, a view past its storage,
// truncated, a lying zip directory, deep nesting) are each one line naming the problem, nothing written.
#include "common/error.h"
#include "io/pickle_checkpoint.h"
#include "io/pickle_checkpoint_convert.h"
#include "io/pickle_machine.h"
#include "io/safetensors.h"
#include "support/fixtures.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <fstream>

using namespace stipple;

namespace {

std::string data_path(const std::string& name) {
    return test::source_path(QStringLiteral("tests/data/pickle_checkpoints/") + QString::fromStdString(name));
}

nlohmann::json expected() {
    std::ifstream in(data_path("expected.json"));
    return nlohmann::json::parse(in);
}

std::string dtype_name(at::ScalarType t) {
    switch (t) {
        case at::kFloat: return "F32";
        case at::kHalf: return "F16";
        case at::kBFloat16: return "BF16";
        case at::kDouble: return "F64";
        case at::kLong: return "I64";
        case at::kInt: return "I32";
        case at::kByte: return "U8";
        case at::kBool: return "BOOL";
        default: return "?";
    }
}

// A string literal with its NULs.
template <size_t N>
std::string bytes(const char (&s)[N]) {
    return std::string(s, N - 1);
}

// Files in `dir`, hidden ones (temporary files) included.
QStringList files_in(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// Converts tests/data/pickle_checkpoints/<name> into `dir` and checks the written file against
// expected.json: names in the pickle's order, dtypes, shapes and every value.
PickleConversion convert_and_compare(const QTemporaryDir& dir, const std::string& name) {
    const std::string out = dir.filePath("out.safetensors").toStdString();
    const PickleConversion c = convert_pickle_checkpoint(data_path(name), out);
    const nlohmann::json want = expected().at(name);
    auto file = SafetensorsFile::open(out);
    std::vector<std::string> order;
    for (const auto& e : file->entries()) order.push_back(e.name);
    if (order != want.at("order").get<std::vector<std::string>>()) QTest::qFail("tensor order differs", __FILE__, __LINE__);
    for (const auto& [key, w] : want.at("tensors").items()) {
        const at::Tensor t = file->tensor(key);
        const std::string what = name + ": " + key;
        if (dtype_name(t.scalar_type()) != w.at("dtype").get<std::string>())
            QTest::qFail((what + ": dtype " + dtype_name(t.scalar_type())).c_str(), __FILE__, __LINE__);
        if (t.sizes().vec() != w.at("shape").get<std::vector<int64_t>>())
            QTest::qFail((what + ": shape").c_str(), __FILE__, __LINE__);
        const auto values = w.at("values").get<std::vector<double>>();
        const at::Tensor got = t.to(at::kDouble).flatten();
        if (got.numel() != static_cast<int64_t>(values.size()) ||
            !at::equal(got, at::tensor(values, at::TensorOptions().dtype(at::kDouble))))
            QTest::qFail((what + ": values differ").c_str(), __FILE__, __LINE__);
    }
    if (c.tensors != want.at("tensors").size()) QTest::qFail("tensor count", __FILE__, __LINE__);
    return c;
}

// The Error of converting <name> into an empty folder, which must stay empty; "" when it converted.
std::string refusal(const std::string& name) {
    QTemporaryDir dir;
    std::string message;
    try {
        convert_pickle_checkpoint(data_path(name), dir.filePath("out.safetensors").toStdString());
    } catch (const Error& e) {
        message = e.what();
    }
    if (!files_in(dir).isEmpty()) QTest::qFail(("a file was left behind for " + name).c_str(), __FILE__, __LINE__);
    if (message.find('\n') != std::string::npos) QTest::qFail("the error is not one line", __FILE__, __LINE__);
    return message;
}

}  // namespace

class PickleCheckpointTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void convertsEveryDtypeExactly() {
        QTemporaryDir dir;
        const PickleConversion c = convert_and_compare(dir, "plain.ckpt");
        QCOMPARE(c.tensors, size_t{7});
        QVERIFY(!c.global_step);
        QCOMPARE(files_in(dir), QStringList{"out.safetensors"});  // no temporary file left
        QCOMPARE(SafetensorsFile::open(c.output)->metadata().at("format"), std::string("pt"));
        QCOMPARE(c.bytes, static_cast<uint64_t>(QFileInfo(QString::fromStdString(c.output)).size()));
    }

    void takesStateDictAndGlobalStep() {
        QTemporaryDir dir;
        const PickleConversion c = convert_and_compare(dir, "nested.ckpt");
        QCOMPARE(c.weights_key, std::string("state_dict"));
        QCOMPARE(c.global_step.value_or(-1), int64_t{123});
        QCOMPARE(SafetensorsFile::open(c.output)->metadata().at("global_step"), std::string("123"));
    }

    void materializesSharedStorageAndViews() {
        QTemporaryDir dir;
        convert_and_compare(dir, "views.ckpt");
        // Written as separate, contiguous tensors: the transposed view reads as base.t().
        auto file = SafetensorsFile::open(dir.filePath("out.safetensors").toStdString());
        QVERIFY(at::equal(file->tensor("transposed"), file->tensor("base").t()));
    }

    void readsOrderedDictsAndParametersInProtocol4() {
        QTemporaryDir dir;
        convert_and_compare(dir, "ordered.pt");
    }

    void readsLightningCheckpointsLikeTheOriginalStableDiffusionFiles() {
        // ModelCheckpoint as a dict key, a numpy scalar, optimizer state, a set: all inert, skipped.
        QTemporaryDir dir;
        const PickleConversion c = convert_and_compare(dir, "lightning.ckpt");
        QCOMPARE(c.global_step.value_or(-1), int64_t{470000});
        QCOMPARE(c.weights_key, std::string("state_dict"));
    }

    void readsWithoutConverting() {
        const PickleCheckpoint ckpt = read_pickle_checkpoint(data_path("nested.ckpt"));
        QCOMPARE(ckpt.tensors.size(), size_t{2});
        QCOMPARE(ckpt.tensors[0].first, std::string("model.diffusion_model.w"));
        QCOMPARE(ckpt.tensors[0].second.scalar_type(), at::kHalf);
    }

    void a1111EmbeddingBecomesEmbParams() {
        // A1111's .pt embedding: the vectors under string_to_param["*"] become "emb_params", the key
        // of A1111's own .safetensors embeddings, which the embedding loader reads.
        QTemporaryDir dir;
        const PickleConversion c = convert_and_compare(dir, "ti_embedding.pt");
        QCOMPARE(QString::fromStdString(c.weights_key), QStringLiteral("string_to_param"));
        QCOMPARE(c.tensors, size_t(1));
    }

    void forbiddenGlobalsAreRefusedByName() {
        QFile::remove(QStringLiteral("/tmp/stipple-pwned"));
        const std::pair<const char*, const char*> cases[] = {{"os_system.ckpt", "'posix.system'"},
                                                             {"builtins_eval.ckpt", "'builtins.eval'"},
                                                             {"builtin_getattr.ckpt", "'__builtin__.getattr'"}};
        for (const auto& [file, global] : cases) {
            const std::string m = refusal(file);
            QVERIFY2(m.find(std::string("forbidden global ") + global) != std::string::npos, (file + (": " + m)).c_str());
            QVERIFY2(m.find(file) != std::string::npos, m.c_str());  // names the file
        }
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/stipple-pwned")));  // what os.system would have made
    }

    void brokenAndHostileFilesAreOneLineErrors() {
        std::string m = refusal("offset_past_end.ckpt");
        QVERIFY2(m.find("reaches element 103 of a storage of 8 elements") != std::string::npos, m.c_str());
        m = refusal("truncated.ckpt");
        QVERIFY2(m.find("truncated") != std::string::npos, m.c_str());
        m = refusal("huge_size.ckpt");
        QVERIFY2(m.find("2147483632 bytes, past the end of the file") != std::string::npos, m.c_str());
        m = refusal("deep.ckpt");
        QVERIFY2(m.find("nested more than 100 deep") != std::string::npos, m.c_str());
    }

    void pickleMachineRefusesCyclesAndChangesAfterUse() {
        const auto error_of = [](const std::string& pickle) {
            try {
                run_pickle(reinterpret_cast<const uint8_t*>(pickle.data()), pickle.size(), "p");
            } catch (const Error& e) {
                return std::string(e.what());
            }
            return std::string();
        };
        // l = []; l.append(l) (found by fuzz_pickle: a shared_ptr cycle, leaked), by DUP and by the memo.
        QVERIFY2(error_of("]2a.").find("inside itself") != std::string::npos, error_of("]2a.").c_str());
        QVERIFY(error_of(bytes("]q\x00h\x00" "a.")).find("inside itself") != std::string::npos);
        // d = {}; [d]; then d changes: torch.save never does this, and it is how a longer cycle would start.
        const std::string m = error_of(bytes("}q\x00]h\x00" "ah\x00K\x01K\x02s."));
        QVERIFY2(m.find("already used elsewhere") != std::string::npos, m.c_str());
        // The same without the late change is fine: [{}].
        QVERIFY(error_of(bytes("}q\x00]h\x00" "a.")).empty());
        QVERIFY(error_of("").find("truncated") != std::string::npos);
    }

    void otherFormatsAreNamed() {
        QTemporaryDir dir;
        const std::string legacy = dir.filePath("old.ckpt").toStdString();
        {
            std::ofstream out(legacy, std::ios::binary);
            // torch.save before 1.6: protocol 2, then the magic number as a LONG1.
            const unsigned char head[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19, 0x2e};
            out.write(reinterpret_cast<const char*>(head), sizeof head);
        }
        std::string m;
        try {
            read_pickle_checkpoint(legacy);
        } catch (const Error& e) {
            m = e.what();
        }
        QVERIFY2(m.find("legacy format") != std::string::npos, m.c_str());
        const std::string text = dir.filePath("notes.pt").toStdString();
        std::ofstream(text) << "hello";
        m.clear();
        try {
            read_pickle_checkpoint(text);
        } catch (const Error& e) {
            m = e.what();
        }
        QVERIFY2(m.find("not a PyTorch checkpoint") != std::string::npos, m.c_str());
    }

    void existingOutputIsKeptUnlessOverwriting() {
        QTemporaryDir dir;
        const std::string out = dir.filePath("out.safetensors").toStdString();
        std::ofstream(out) << "precious";
        std::string m;
        try {
            convert_pickle_checkpoint(data_path("plain.ckpt"), out);
        } catch (const Error& e) {
            m = e.what();
        }
        QVERIFY2(m.find("already exists") != std::string::npos, m.c_str());
        QCOMPARE(QFileInfo(QString::fromStdString(out)).size(), qint64{8});
        convert_pickle_checkpoint(data_path("plain.ckpt"), out, /*overwrite=*/true);
        QCOMPARE(SafetensorsFile::open(out)->entries().size(), size_t{7});
        QCOMPARE(files_in(dir), QStringList{"out.safetensors"});
    }

    void defaultOutputIsBesideTheInput() {
        QTemporaryDir dir;
        const QString in = dir.filePath("model.ckpt");
        QVERIFY(QFile::copy(QString::fromStdString(data_path("nested.ckpt")), in));
        const PickleConversion c = convert_pickle_checkpoint(in.toStdString());
        QCOMPARE(c.output, dir.filePath("model.safetensors").toStdString());
        QVERIFY(QFile::exists(dir.filePath("model.safetensors")));
    }

    void cliConvertsAndRefuses() {
        const QString cli = qEnvironmentVariable("STIPPLE_CLI");
        if (cli.isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        QTemporaryDir dir;
        const QString in = dir.filePath("model.ckpt");
        QVERIFY(QFile::copy(QString::fromStdString(data_path("nested.ckpt")), in));
        const auto run = [&](const QStringList& args, QString* out, QString* err) {
            QProcess p;
            p.start(cli, args);
            p.waitForFinished(60000);
            *out = QString::fromUtf8(p.readAllStandardOutput());
            *err = QString::fromUtf8(p.readAllStandardError());
            return p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode();
        };
        QString out, err;
        QCOMPARE(run({"convert", in}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("2 tensors")) && out.contains(QStringLiteral("global_step 123")),
                 qPrintable(out));
        QCOMPARE(run({"convert", in}, &out, &err), 2);  // exists
        QVERIFY2(err.contains(QStringLiteral("--force")) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QCOMPARE(run({"convert", in, "--force"}, &out, &err), 0);
        const QString evil = dir.filePath("evil.ckpt");
        QVERIFY(QFile::copy(QString::fromStdString(data_path("os_system.ckpt")), evil));
        QCOMPARE(run({"convert", evil, "--out", dir.filePath("evil.safetensors")}, &out, &err), 2);
        QVERIFY2(err.contains(QStringLiteral("posix.system")) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
        QVERIFY(!QFile::exists(dir.filePath("evil.safetensors")));
    }
};

QTEST_GUILESS_MAIN(PickleCheckpointTest)
#include "test_io_pickle_checkpoint.moc"
