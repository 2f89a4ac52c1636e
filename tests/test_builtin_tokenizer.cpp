// The SentencePiece tokenizer through the dlopen'ed shim: ids equal the spm_encode tool's for
// captions, load_tokenizer picks SentencePiece or CLIP from a folder's files, and bad files are Errors.
#include "common/error.h"
#include "support/fixtures.h"
#include "text/sentencepiece_tokenizer.h"
#include "text/tokenizer_loader.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

namespace {

const char* kCaptions[] = {
    "a large red circle in the top left on a blue background",
    "a green star and a yellow square on a black background",
    "a gray background with a small pink heart in the lower right",
    "a purple diamond to the left of an orange ring",
    "A Big WHITE cross, centered",
};

std::vector<int64_t> spm_encode(const QString& model, const QString& text) {
    QProcess p;
    p.start("spm_encode", {"--model=" + model, "--output_format=id"});
    p.waitForStarted();
    p.write(text.toUtf8() + "\n");
    p.closeWriteChannel();
    p.waitForFinished();
    std::vector<int64_t> ids;
    for (const auto& part : QString::fromUtf8(p.readAllStandardOutput()).split(' ', Qt::SkipEmptyParts))
        ids.push_back(part.trimmed().toLongLong());
    return ids;
}

}  // namespace

class BuiltinTokenizer : public QObject {
    Q_OBJECT
    QTemporaryDir dir;
    QString model;

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable("spm_train").isEmpty() || QStandardPaths::findExecutable("spm_encode").isEmpty())
            QSKIP("spm_train/spm_encode (Debian package sentencepiece) are not installed");
        const QString corpus = dir.filePath("corpus.txt");
        {
            std::ofstream out(corpus.toStdString());
            const char* colors[] = {"red", "green", "blue", "yellow", "pink", "purple", "orange", "gray", "white", "black"};
            const char* shapes[] = {"circle", "square", "star", "heart", "diamond", "ring", "cross", "triangle"};
            const char* where[] = {"in the top left", "in the lower right", "centered", "at the bottom", "on the left"};
            for (int i = 0; i < 2000; ++i)
                out << "a " << (i % 3 ? "large " : "small ") << colors[i % 10] << " " << shapes[(i / 10) % 8] << " "
                    << where[(i / 7) % 5] << " on a " << colors[(i / 3) % 10] << " background\n";
            for (const char* c : kCaptions) out << c << "\n";
        }
        QProcess p;
        p.start("spm_train", {"--input=" + corpus, "--model_prefix=" + dir.filePath("spiece"), "--vocab_size=120",
                              "--hard_vocab_limit=false", "--pad_id=0", "--unk_id=1", "--bos_id=2", "--eos_id=3",
                              "--normalization_rule_name=nmt_nfkc_cf", "--num_threads=1", "--minloglevel=2"});
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        model = dir.filePath("spiece.model");
        QVERIFY(QFile::exists(model));
    }

    void idsMatchSpmEncode() {
        stipple::SentencePieceTokenizer tok(model.toStdString(), 32);
        QCOMPARE(tok.bos_id(), int64_t(2));
        QCOMPARE(tok.eos_id(), int64_t(3));
        QCOMPARE(tok.pad_id(), int64_t(0));
        QCOMPARE(tok.model_max_length(), 32);
        for (const char* c : kCaptions) {
            const auto expected = spm_encode(model, c);
            QVERIFY(!expected.empty());
            QCOMPARE(tok.encode(c), expected);
        }
        const auto padded = stipple::tokenize_for_model(tok, kCaptions[0], 32);
        QCOMPARE(padded.ids.size(), size_t(32));
        QCOMPARE(padded.ids.front(), int64_t(2));
        QCOMPARE(padded.ids.back(), int64_t(0));
    }

    void loaderPicksByFiles() {
        QTemporaryDir folder;
        QVERIFY(QFile::copy(model, folder.filePath("spiece.model")));
        {
            std::ofstream cfg(folder.filePath("tokenizer_config.json").toStdString());
            cfg << R"({"model_max_length": 24})";
        }
        auto tok = stipple::load_tokenizer(folder.path().toStdString());
        QVERIFY(dynamic_cast<stipple::SentencePieceTokenizer*>(tok.get()) != nullptr);
        QCOMPARE(tok->model_max_length(), 24);
        // Every prompt's id list is this long: 2^31 - 1 would be 16 GiB per prompt.
        {
            std::ofstream cfg(folder.filePath("tokenizer_config.json").toStdString(), std::ios::trunc);
            cfg << R"({"model_max_length": 2147483647})";
        }
        try {
            stipple::load_tokenizer(folder.path().toStdString());
            QFAIL("an unbounded model_max_length was accepted");
        } catch (const stipple::Error& e) {
            QVERIFY2(std::string(e.what()).find("4096") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("tokenizer_config.json") != std::string::npos, e.what());
        }
        QTemporaryDir empty;
        QVERIFY_THROWS_EXCEPTION(stipple::Error, stipple::load_tokenizer(empty.path().toStdString()));
    }

    void badModelIsAnError() {
        const QString bad = dir.filePath("bad.model");
        {
            std::ofstream out(bad.toStdString());
            out << "not a sentencepiece model";
        }
        QVERIFY_THROWS_EXCEPTION(stipple::Error, stipple::SentencePieceTokenizer(bad.toStdString(), 32));
        QVERIFY_THROWS_EXCEPTION(stipple::Error, stipple::SentencePieceTokenizer("/nonexistent.model", 32));
    }
};

QTEST_GUILESS_MAIN(BuiltinTokenizer)
#include "test_builtin_tokenizer.moc"
