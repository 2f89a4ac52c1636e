// Running stipple-cli (the binary CTest names in STIPPLE_CLI) from a test: its exit code and both
// outputs. A crash never reads as an exit code (QProcess's exitCode() is then 0 or stale).
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace test {

struct CliRun {
    int code = -1;
    QString out, err;
};

inline CliRun runCli(const QStringList& args, int timeoutMs = 600000) {
    QProcess p;
    p.start(qEnvironmentVariable("STIPPLE_CLI"), args);
    p.waitForFinished(timeoutMs);
    CliRun r{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    if (p.exitStatus() == QProcess::CrashExit) r.code = -1, r.err += QStringLiteral("\n[stipple-cli crashed]");
    return r;
}

}  // namespace test
