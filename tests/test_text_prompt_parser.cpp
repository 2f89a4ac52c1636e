// AUTOMATIC1111's prompt syntax: attention weights, prompt editing / alternation and AND, checked
// against what A1111's own parser returns — the 96 cases of ../shared/fixtures/a1111 and a held-out
// set made from its grammar under lark (tests/data/a1111_prompts_heldout.json) — through the
// library and through `stipple-cli prompt`, plus hostile prompts that must neither crash nor hang.
#include "support/fixtures.h"

#include "common/error.h"
#include "text/prompt_limits.h"
#include "text/prompt_parser.h"

#include <QProcess>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>

using nlohmann::json;
using namespace stipple;

namespace {

json load_cases(const std::string& path) {
    std::ifstream in(path);
    if (!in) return {};
    return json::parse(in)["cases"];
}

bool same_weight(double got, double expected) {
    return got == expected || std::fabs(got - expected) <= 1e-9 * std::fabs(expected);
}

// Attention runs compared as A1111's lists: texts exactly, weights within 1e-9 relative.
QString attention_difference(const json& got, const json& expected) {
    if (got.size() != expected.size())
        return QStringLiteral("%1 runs, expected %2: %3").arg(got.size()).arg(expected.size()).arg(QString::fromStdString(got.dump()));
    for (size_t i = 0; i < got.size(); ++i) {
        if (got[i][0] != expected[i][0] || !same_weight(got[i][1].get<double>(), expected[i][1].get<double>()))
            return QStringLiteral("run %1 is %2, expected %3").arg(i).arg(QString::fromStdString(got[i].dump()),
                                                                            QString::fromStdString(expected[i].dump()));
    }
    return {};
}

json attention_json(const std::string& text) {
    json runs = json::array();
    for (const auto& run : parse_prompt_attention(text)) runs.push_back({run.text, run.weight});
    return runs;
}

json schedule_json(const std::string& prompt, int steps) {
    json out = json::array();
    for (const auto& entry : prompt_schedule(prompt, steps)) out.push_back({entry.end_at_step, entry.text});
    return out;
}

json and_json(const std::string& prompt) {
    json texts = json::array(), weights = json::array();
    for (const auto& sub : split_and(prompt)) {
        if (std::find(texts.begin(), texts.end(), sub.text) == texts.end()) texts.push_back(sub.text);
        weights.push_back(sub.weight);
    }
    return {{"texts", texts}, {"weights", weights}};
}

// Every field of one case; "" when all agree.
QString case_difference(const json& c, const json& attention, const json& schedules, const json& and_split,
                        const json* scheduled_attention) {
    const QString prompt = QString::fromStdString(c["prompt"].get<std::string>());
    if (QString d = attention_difference(attention, c["attention"]); !d.isEmpty()) return prompt + " attention: " + d;
    if (schedules != c["schedules"])
        return prompt + " schedules: " + QString::fromStdString(schedules.dump()) + " expected " +
               QString::fromStdString(c["schedules"].dump());
    if (and_split["texts"] != c["and_split"]["texts"] || and_split["weights"].size() != c["and_split"]["weights"].size())
        return prompt + " and_split: " + QString::fromStdString(and_split.dump());
    for (size_t i = 0; i < and_split["weights"].size(); ++i)
        if (!same_weight(and_split["weights"][i].get<double>(), c["and_split"]["weights"][i].get<double>()))
            return prompt + " and_split weights: " + QString::fromStdString(and_split.dump());
    if (scheduled_attention && c.contains("attention_of_each_scheduled_text")) {
        const json& expected = c["attention_of_each_scheduled_text"];
        if (scheduled_attention->size() != expected.size()) return prompt + " attention_of_each_scheduled_text: count";
        for (size_t i = 0; i < expected.size(); ++i)
            if (QString d = attention_difference((*scheduled_attention)[i], expected[i]); !d.isEmpty())
                return prompt + " attention of scheduled text " + QString::number(i) + ": " + d;
    }
    return {};
}

struct Run {
    int code = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList& args) {
    QProcess p;
    p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    p.waitForFinished(60000);
    Run r{p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    if (p.exitStatus() == QProcess::CrashExit) r.code = -1, r.err += QStringLiteral("\n[stipple-cli crashed]");
    return r;
}

}  // namespace

class PromptParserTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fixtureCasesMatchA1111() {
        STIPPLE_REQUIRE_SHARED();
        const json cases = load_cases(test::shared_path("fixtures/a1111/a1111_prompts.json"));
        QCOMPARE(cases.size(), size_t(96));
        for (const auto& c : cases) {
            const std::string prompt = c["prompt"];
            const int steps = c["steps"];
            json scheduled_attention = json::array();
            for (const auto& entry : prompt_schedule(prompt, steps)) scheduled_attention.push_back(attention_json(entry.text));
            const QString d = case_difference(c, attention_json(prompt), schedule_json(prompt, steps), and_json(prompt),
                                              &scheduled_attention);
            QVERIFY2(d.isEmpty(), qPrintable(d));
        }
    }

    // Prompts never seen while writing the parser: random nestings of every construct, with A1111's
    // answer computed from its grammar by lark (only prompts for which that answer is deterministic:
    // lark's Earley parse of a few ambiguous prompts, such as "[a:2]]", depends on Python's hash seed).
    void heldOutCasesMatchA1111() {
        const json cases = load_cases(test::source_path("tests/data/a1111_prompts_heldout.json"));
        QVERIFY2(cases.size() >= 200, "tests/data/a1111_prompts_heldout.json is missing or short");
        for (const auto& c : cases) {
            const std::string prompt = c["prompt"];
            const QString d = case_difference(c, attention_json(prompt), schedule_json(prompt, c["steps"]), and_json(prompt), nullptr);
            QVERIFY2(d.isEmpty(), qPrintable(d));
        }
    }

    void cliPrintsTheFixtureLayout() {
        STIPPLE_REQUIRE_SHARED();
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        const json cases = load_cases(test::shared_path("fixtures/a1111/a1111_prompts.json"));
        QVERIFY(!cases.empty());
        for (const auto& c : cases) {
            const std::string prompt = c["prompt"];
            const Run r = cli({"prompt", "--steps", QString::number(c["steps"].get<int>()), "--", QString::fromStdString(prompt)});
            QVERIFY2(r.code == 0, qPrintable(QString::fromStdString(prompt) + ": " + r.err));
            const json out = json::parse(r.out.toStdString());
            QCOMPARE(out["prompt"].get<std::string>(), prompt);
            json scheduled_attention = out["attention_of_each_scheduled_text"];
            const QString d = case_difference(c, out["attention"], out["schedules"], out["and_split"], &scheduled_attention);
            QVERIFY2(d.isEmpty(), qPrintable(d));
        }
    }

    void cliTakesPromptsThatLookLikeOptions() {
        if (qEnvironmentVariable("STIPPLE_CLI").isEmpty()) QSKIP("STIPPLE_CLI is not set (run through CTest)");
        Run r = cli({"prompt", "--steps", "10", "--", "--steps (cat:1.5)"});
        QCOMPARE(r.code, 0);
        const json out = json::parse(r.out.toStdString());
        QCOMPARE(out["attention"][0][0].get<std::string>(), std::string("--steps "));
        QCOMPARE(out["attention"][1][1].get<double>(), 1.5);
        QCOMPARE(out["steps"].get<int>(), 10);

        struct Bad {
            QStringList args;
            const char* says;
        };
        const std::vector<Bad> bad = {
            {{"prompt"}, "needs a PROMPT"},
            {{"prompt", "--steps", "0", "cat"}, "--steps"},
            {{"prompt", "--steps", "abc", "cat"}, "--steps"},
            {{"prompt", "-x"}, "after --"},
            {{"prompt", "a", "b"}, "one PROMPT"},
            {{"prompt", "--", "[a:b:1e999]"}, "not a finite number"},
            {{"prompt", "--", "(cat:1.2.3)"}, "not a number"},
            {{"prompt", "--", "[a|]"}, "empty choice"},
        };
        for (const auto& b : bad) {
            r = cli(b.args);
            QVERIFY2(r.code == 2, qPrintable(b.args.join(' ') + " -> " + QString::number(r.code) + " " + r.err));
            const QStringList lines = r.err.trimmed().split('\n');
            QVERIFY2(lines.size() == 1 && lines[0].contains(QLatin1String(b.says)), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
    }

    // A1111's denoiser counts sampling steps from 0 while schedule ends count from 1.
    void scheduleStepsCountFromZero() {
        const auto edit = prompt_schedule("a [cat:dog:10]", 20);
        QCOMPARE(edit.size(), size_t(2));
        QCOMPARE(scheduled_text_at(edit, 0), std::string("a cat"));
        QCOMPARE(scheduled_text_at(edit, 10), std::string("a cat"));
        QCOMPARE(scheduled_text_at(edit, 11), std::string("a dog"));
        QCOMPARE(scheduled_text_at(edit, 19), std::string("a dog"));
        const auto alternate = prompt_schedule("[cat|dog]", 4);
        QCOMPARE(scheduled_text_at(alternate, 0), std::string("cat"));
        QCOMPARE(scheduled_text_at(alternate, 1), std::string("cat"));
        QCOMPARE(scheduled_text_at(alternate, 2), std::string("dog"));
        QCOMPARE(scheduled_text_at(alternate, 3), std::string("cat"));
        // A negative step is a fraction of the steps, as in A1111: -3 of 10 steps ends at -30.
        const auto negative = prompt_schedule("[a:b:-3]", 10);
        QCOMPARE(negative.size(), size_t(2));
        QCOMPARE(negative[0].end_at_step, -30);
        QCOMPARE(negative[0].text, std::string("a"));
        QCOMPARE(scheduled_text_at(negative, 0), std::string("b"));
        // Past every entry A1111 falls back to the first one.
        QCOMPARE(scheduled_text_at(prompt_schedule("[a:b:5]", 10), 50), std::string("a"));
    }

    // 10,000 brackets and deep nesting: the parse is linear and iterative enough not to overflow
    // the stack (A1111's lark parser takes minutes on a few thousand brackets).
    void hostilePromptsNeitherCrashNorHang() {
        const std::string opens(10000, '[');
        QCOMPARE(prompt_schedule(opens, 20).front().text, opens);
        const std::string nested = std::string(10000, '(') + "a" + std::string(10000, ')');
        QCOMPARE(prompt_schedule(nested, 20).front().text, nested);
        const auto runs = parse_prompt_attention(nested);
        QCOMPARE(runs.size(), size_t(1));
        QVERIFY(std::isinf(runs[0].weight));  // 1.1^10000 overflows, as Python's float does
        std::string edits;
        for (int i = 0; i < 3000; ++i) edits += "[a:";
        edits += "x";
        for (int i = 0; i < 3000; ++i) edits += ":1]";
        QVERIFY(!prompt_schedule(edits, 20).empty());
        const std::string ands = [] {
            std::string s;
            for (int i = 0; i < 5000; ++i) s += "a AND ";
            return s;
        }();
        QCOMPARE(split_and(ands).size(), size_t(5001));
        // No exponent in a weight, as A1111: "(x:1e30)" is the text "x:1e30" in round brackets.
        const auto exponent = parse_prompt_attention("(x:1e30)");
        QCOMPARE(exponent.size(), size_t(1));
        QCOMPARE(exponent.front().text, std::string("x:1e30"));
        QCOMPARE(exponent.front().weight, 1.1);
        QVERIFY_THROWS_EXCEPTION(Error, parse_prompt_attention(std::string(kMaxPromptBytes + 1, 'a')));
        QVERIFY_THROWS_EXCEPTION(Error, prompt_schedule(std::string(kMaxPromptBytes + 1, 'a'), 20));
        QCOMPARE(parse_prompt_attention(std::string(kMaxPromptBytes, 'a')).size(), size_t(1));
        // Invalid UTF-8 is carried through byte for byte.
        const std::string invalid = "\xff\xfe (cat) \xc3";
        QCOMPARE(parse_prompt_attention(invalid).front().text, std::string("\xff\xfe "));
    }
};

QTEST_GUILESS_MAIN(PromptParserTest)
#include "test_text_prompt_parser.moc"
