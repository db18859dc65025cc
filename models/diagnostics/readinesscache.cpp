#include "diagnostics/readinesscache.h"

#include <QLocale>

#include <algorithm>

namespace exotrunk {

namespace {

bool sameFindings(const QList<ReadinessFinding> &a, const QList<ReadinessFinding> &b) {
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const ReadinessFinding &x, const ReadinessFinding &y) {
                          return x.ruleId == y.ruleId && x.severity == y.severity &&
                                 x.reason == y.reason && x.subjects == y.subjects;
                      });
}

bool isProblem(const ReadinessFinding &finding) {
    return finding.severity == Severity::BlocksCalls || finding.severity == Severity::Risky;
}

} // namespace

void ReadinessCache::record(const ReadinessSnapshot &snapshot) {
    if (snapshot.sid.isEmpty())
        return;
    const auto it = m_snapshots.constFind(snapshot.sid.value());
    if (it != m_snapshots.cend() && it->purpose == snapshot.purpose &&
        it->complete == snapshot.complete && it->notLoaded == snapshot.notLoaded &&
        sameFindings(it->findings, snapshot.findings))
        return;
    m_snapshots.insert(snapshot.sid.value(), snapshot);
    emit changed(snapshot.sid);
}

void ReadinessCache::trunkListed(const Trunk &trunk) {
    const ReadinessSnapshot *kept = snapshot(trunk.sid);
    if (!kept || !kept->config.trunk ||
        kept->config.trunk->status.compare(trunk.status, Qt::CaseInsensitive) == 0)
        return;
    ReadinessSnapshot updated = *kept;
    updated.config.trunk = trunk;
    updated.findings = evaluateReadiness(updated.config, updated.purpose);
    record(updated);
}

void ReadinessCache::forget(const TrunkSid &sid) {
    if (m_snapshots.remove(sid.value()) > 0)
        emit changed(sid);
}

void ReadinessCache::clear() {
    if (m_snapshots.isEmpty())
        return;
    m_snapshots.clear();
    emit cleared();
}

const ReadinessSnapshot *ReadinessCache::snapshot(const TrunkSid &sid) const {
    const auto it = m_snapshots.constFind(sid.value());
    return it == m_snapshots.cend() ? nullptr : &*it;
}

ReadinessCache::Verdict ReadinessCache::verdict(const TrunkSid &sid) const {
    const ReadinessSnapshot *s = snapshot(sid);
    if (!s)
        return Verdict::NotChecked;
    const auto has = [s](Severity severity) {
        return std::any_of(
            s->findings.cbegin(), s->findings.cend(),
            [severity](const ReadinessFinding &f) { return f.severity == severity; });
    };
    if (has(Severity::BlocksCalls))
        return Verdict::Blocked;
    if (has(Severity::Risky))
        return Verdict::Risky;
    // Nothing found in part of the sections is no verdict.
    return s->complete ? Verdict::Ready : Verdict::NotChecked;
}

int ReadinessCache::problemCount(const TrunkSid &sid) const {
    const ReadinessSnapshot *s = snapshot(sid);
    return s ? int(std::count_if(s->findings.cbegin(), s->findings.cend(), isProblem)) : 0;
}

QString ReadinessCache::text(const TrunkSid &sid) const {
    switch (verdict(sid)) {
    case Verdict::NotChecked:
        return tr("Not checked");
    case Verdict::Ready:
        return tr("Ready");
    case Verdict::Risky:
    case Verdict::Blocked:
        break;
    }
    return tr("%n problem(s)", nullptr, problemCount(sid));
}

QString ReadinessCache::toolTip(const TrunkSid &sid) const {
    const ReadinessSnapshot *s = snapshot(sid);
    if (!s)
        return tr("Not checked yet: open the trunk to check it. The list never asks Exotel for "
                  "this on its own.");
    QStringList lines;
    lines << tr("Readiness for %1, from what was loaded at %2:")
                 .arg(s->purpose.title(),
                      QLocale().toString(s->checkedAt.time(), QLocale::ShortFormat));
    for (const ReadinessFinding &f : s->findings) {
        QString severity;
        switch (f.severity) {
        case Severity::BlocksCalls:
            severity = tr("Blocks calls");
            break;
        case Severity::Risky:
            severity = tr("Risky");
            break;
        case Severity::Note:
            severity = tr("Note");
            break;
        }
        QString line = QStringLiteral("• %1: %2").arg(severity, f.reason);
        const QString subjects = f.subjects.join(QStringLiteral(", ")).trimmed();
        if (!subjects.isEmpty())
            line += QStringLiteral(" (") + subjects + QLatin1Char(')');
        lines << line + QStringLiteral(" — ") + f.docSection;
    }
    if (s->findings.isEmpty())
        lines << tr("Nothing blocks or risks its calls.");
    if (!s->notLoaded.isEmpty())
        lines << tr("Not checked, because they did not load: %1")
                     .arg(QLocale().createSeparatedList(s->notLoaded));
    return lines.join(QLatin1Char('\n'));
}

QString ReadinessCache::accessibleText(const TrunkSid &sid) const {
    const ReadinessSnapshot *s = snapshot(sid);
    const int blocking = s ? int(std::count_if(s->findings.cbegin(), s->findings.cend(),
                                               [](const ReadinessFinding &f) {
                                                   return f.severity == Severity::BlocksCalls;
                                               }))
                           : 0;
    if (blocking > 0)
        return tr("Readiness: %1, blocking calls: %n", nullptr, blocking).arg(text(sid));
    return tr("Readiness: %1").arg(text(sid));
}

QString ReadinessCache::sortKey(const TrunkSid &sid) const {
    int rank = 1; // not checked
    switch (verdict(sid)) {
    case Verdict::Ready:
        rank = 0;
        break;
    case Verdict::NotChecked:
        break;
    case Verdict::Risky:
    case Verdict::Blocked:
        rank = 1 + std::min(problemCount(sid), 9998);
        break;
    }
    return QStringLiteral("%1").arg(rank, 4, 10, QLatin1Char('0'));
}

} // namespace exotrunk
