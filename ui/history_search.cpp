// History search text (see history_search.h).
#include "history_search.h"

namespace stipple::ui {

namespace {

// Splits at spaces outside double quotes; quotes are removed ("key:\"a b\"" -> "key:a b").
QStringList splitQuoted(const QString& text) {
    QStringList out;
    QString current;
    bool quoted = false, any = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any) out << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (any) out << current;
    return out;
}

// "2024", "2024-05" or "2024-05-17" -> the first and last day it covers.
bool parseDay(const QString& text, QDate& first, QDate& last) {
    const QStringList parts = text.trimmed().split(QLatin1Char('-'));
    bool ok[3] = {true, true, true};
    const int y = parts.value(0).toInt(&ok[0]);
    if (!ok[0] || y < 1900 || y > 9999 || parts.size() > 3) return false;
    if (parts.size() == 1) {
        first = QDate(y, 1, 1);
        last = QDate(y, 12, 31);
        return true;
    }
    const int m = parts[1].toInt(&ok[1]);
    if (!ok[1] || m < 1 || m > 12) return false;
    if (parts.size() == 2) {
        first = QDate(y, m, 1);
        last = first.addMonths(1).addDays(-1);
        return true;
    }
    const int d = parts[2].toInt(&ok[2]);
    first = last = QDate(y, m, d);
    return ok[2] && first.isValid();
}

bool isAllDigits(const QString& s) {
    if (s.isEmpty()) return false;
    for (const QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) return false;
    return true;
}

}  // namespace

bool HistoryQuery::matchesAll() const {
    return words.isEmpty() && model.isEmpty() && sampler.isEmpty() && !seed && from.isNull() && to.isNull() &&
           minRating <= 0 && rejected == Rejected::Include;
}

bool HistoryQuery::operator==(const HistoryQuery& o) const {
    return words == o.words && model == o.model && sampler == o.sampler && seed == o.seed && from == o.from &&
           to == o.to && minRating == o.minRating && rejected == o.rejected && sort == o.sort;
}

QStringList searchTokens(const QString& text) {
    QStringList out;
    QString current;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            current += c.toLower();
        } else if (!current.isEmpty()) {
            out << current;
            current.clear();
        }
    }
    if (!current.isEmpty()) out << current;
    return out;
}

HistoryQuery parseHistorySearch(const QString& text, const HistoryQuery& base) {
    HistoryQuery q;
    q.sort = base.sort;
    q.rejected = base.rejected;
    q.minRating = base.minRating;
    for (const QString& token : splitQuoted(text)) {
        const int colon = token.indexOf(QLatin1Char(':'));
        const QString key = colon > 0 ? token.left(colon).toLower() : QString();
        const QString value = colon > 0 ? token.mid(colon + 1).trimmed() : QString();
        quint64 number = 0;
        bool ok = false;
        if (key == QLatin1String("model")) {
            q.model = value.toLower();
        } else if (key == QLatin1String("sampler")) {
            q.sampler = value.toLower();
        } else if (key == QLatin1String("seed") && (number = value.toULongLong(&ok), ok)) {
            q.seed = number;
        } else if (key == QLatin1String("stars") || key == QLatin1String("rating")) {
            QString v = value;
            v.remove(QLatin1Char('>')).remove(QLatin1Char('='));
            q.minRating = qBound(0, v.toInt(), 5);
        } else if (key == QLatin1String("date")) {
            const int dots = value.indexOf(QLatin1String(".."));
            QDate first, last, first2, last2;
            if (dots < 0 && parseDay(value, first, last)) {
                q.from = first;
                q.to = last;
            } else if (dots >= 0) {
                const QString a = value.left(dots), b = value.mid(dots + 2);
                if (!a.isEmpty() && parseDay(a, first, last)) q.from = first;
                if (!b.isEmpty() && parseDay(b, first2, last2)) q.to = last2;
            }
        } else if (colon < 0 && token.size() >= 5 && isAllDigits(token) && (number = token.toULongLong(&ok), ok)) {
            q.seed = number;
        } else {
            q.words << searchTokens(token);
        }
    }
    return q;
}

}  // namespace stipple::ui
