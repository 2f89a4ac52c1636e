// A1111's extra-network tags (<lora:NAME:TE:UNET>) as its modules/extra_networks.py and the Lora
// extension read them: removed from the prompt text, LoRAs from the first prompt of a batch, te/unet
// weights positional or named; and hostile prompts stay linear and give one-line errors.
#include "common/error.h"
#include "text/extra_networks.h"
#include "support/error_text.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace stipple;
using stipple::test::error_of;

namespace {

LoraTag one_lora(const std::string& prompt) {
    const auto loras = lora_tags(parse_extra_networks(prompt).tags);
    return loras.size() == 1 ? loras.front() : LoraTag{"(not exactly one LoRA)", -1, -1};
}

}  // namespace

class TextExtraNetworksTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tags_are_removed_and_the_rest_is_kept() {
        const auto parsed = parse_extra_networks("a <lora:x:0.8>cat, <hypernet:h:1> dog <lora:y>");
        QCOMPARE(parsed.text, std::string("a cat,  dog "));
        QCOMPARE(parsed.tags.size(), size_t(3));
        QCOMPARE(parsed.tags[0].type, std::string("lora"));
        QCOMPARE(parsed.tags[0].items, (std::vector<std::string>{"x", "0.8"}));
        QCOMPARE(parsed.tags[1].type, std::string("hypernet"));
        QCOMPARE(parsed.tags[2].items, (std::vector<std::string>{"y"}));
        // Only <lora> (and A1111's alias <lyco>) select LoRAs; other types are just removed.
        const auto loras = lora_tags(parsed.tags);
        QCOMPARE(loras.size(), size_t(2));
        QCOMPARE(loras[0].name, std::string("x"));
        QCOMPARE(loras[1].name, std::string("y"));
        QCOMPARE(one_lora("<lyco:z:0.5>").name, std::string("z"));
    }

    // re_extra_net = <(\w+):([^>]+)>: a word type (Unicode \w), a colon, at least one character.
    void what_is_not_a_tag_stays_text() {
        for (const std::string text : {"a < b > c", "<:x>", "<lora:>", "<lora x:1>", "(cat:1.2) <", "<lora:x", "x > <y"})
            QCOMPARE(parse_extra_networks(text).text, text);
        const auto unicode = parse_extra_networks("a <ľora:x:1>b");
        QCOMPARE(unicode.text, std::string("a b"));
        QCOMPARE(unicode.tags.at(0).type, std::string("ľora"));
        // [^>]+ takes '<' and newlines up to the first '>'.
        const auto nested = parse_extra_networks("<lora:a<b:1>>");
        QCOMPARE(nested.text, std::string(">"));
        QCOMPARE(nested.tags.at(0).items, (std::vector<std::string>{"a<b", "1"}));
    }

    // extra_networks_lora.activate: te = positional[1] (default 1) or te=; unet = positional[2],
    // else te's value, or unet=.
    void te_and_unet_weights_as_a1111() {
        auto check = [](const std::string& prompt, double te, double unet) {
            const LoraTag l = one_lora(prompt);
            QVERIFY2(l.te_multiplier == te && l.unet_multiplier == unet, prompt.c_str());
        };
        check("<lora:x>", 1, 1);
        check("<lora:x:0.5>", 0.5, 0.5);
        check("<lora:x:0.5:0.25>", 0.5, 0.25);
        check("<lora:x:unet=0.3>", 1, 0.3);
        check("<lora:x:0.5:te=2>", 2, 2);
        check("<lora:x:te=0:unet=1.5>", 0, 1.5);
        check("<lora:x: 0.75 >", 0.75, 0.75);
        check("<lora:x:1:2:dyn=4>", 1, 2);
    }

    void bad_weights_are_one_line_errors() {
        for (const std::string prompt : {"<lora:x:abc>", "<lora:x:nan>", "<lora:x:1:inf>", "<lora:x:te=>", "<lora::1>",
                                         "<lora:x:1e999>", "<lora:x:\n\n:1>"}) {
            const std::string message = error_of([&] { lora_tags(parse_extra_networks(prompt).tags); });
            QVERIFY2(!message.empty(), prompt.c_str());
            QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
        }
    }

    // A1111's parse_prompts: every prompt loses its tags, the LoRAs are the first prompt's.
    void a_batch_takes_the_first_prompts_loras() {
        const auto batch = parse_batch_extra_networks({"a <lora:x:1>cat", "a <lora:y:1>dog"});
        QCOMPARE(batch.prompts, (std::vector<std::string>{"a cat", "a dog"}));
        QCOMPARE(batch.loras.size(), size_t(1));
        QCOMPARE(batch.loras[0].name, std::string("x"));
    }

    void the_picker_tag_round_trips() {
        QCOMPARE(lora_tag_text("my style"), std::string("<lora:my style:1>"));
        QCOMPARE(lora_tag_text("x", 0.8), std::string("<lora:x:0.8>"));
        const LoraTag l = one_lora("a " + lora_tag_text("x", 0.35) + " cat");
        QCOMPARE(l.te_multiplier, 0.35);
    }

    // Untrusted text: megabytes of almost-tags parse in linear time.
    void hostile_prompts_stay_linear() {
        std::string many_opens, no_close;
        for (int i = 0; i < 200000; ++i) many_opens += "<a";
        for (int i = 0; i < 200000; ++i) no_close += "<a:";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(parse_extra_networks(many_opens).text, many_opens);
        QCOMPARE(parse_extra_networks(no_close).text, no_close);
        QVERIFY2(timer.elapsed() < 5000, "parsing 1 MB of almost-tags took over 5 s");
    }
};

QTEST_GUILESS_MAIN(TextExtraNetworksTest)
#include "test_text_extra_networks.moc"
