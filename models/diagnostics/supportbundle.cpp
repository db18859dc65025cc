#include "diagnostics/supportbundle.h"

#include "api/redaction.h"

#include <QCoreApplication>

namespace exotrunk {

namespace {

QString translated(const char *source) {
    return QCoreApplication::translate("exotrunk::SupportBundle", source);
}

QString orNone(const QStringList &items) {
    return items.isEmpty() ? translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "(none)"))
                           : items.join(QStringLiteral(", "));
}

// A section that failed to load says so instead of "(none)".
template <typename T, typename F> QString listed(const std::optional<QList<T>> &items, F describe) {
    if (!items)
        return translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "(not loaded)"));
    QStringList out;
    for (const T &item : *items)
        out << describe(item);
    return orNone(out);
}

QStringList configurationLines(const TrunkConfiguration &config) {
    QStringList lines;
    const auto line = [](const char *label, const QString &value) {
        return translated(label) + QStringLiteral(": ") + value;
    };
    if (config.trunk) {
        lines << line(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Trunk"),
                      config.trunk->displayName() + QStringLiteral(" (") +
                          config.trunk->sid.value() + QLatin1Char(')'));
        lines << line(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Domain"),
                      config.trunk->domainName);
        lines << line(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Status"), config.trunk->status);
    }
    lines << line(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Phone numbers"),
                  listed(config.numbers, [](const PhoneNumber &n) {
                      return n.number + QStringLiteral(" (") + numberModeToWire(n.mode) +
                             QLatin1Char(')');
                  }));
    lines << line(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Whitelisted IPs"),
                  listed(config.whitelistedIps, [](const WhitelistedIp &ip) {
                      return ip.ip + QLatin1Char('/') + QString::number(ip.mask);
                  }));
    lines << line(
        QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Destination URIs"),
        listed(config.destinations, [](const DestinationUri &d) { return d.destination; }));
    lines << line(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Credentials (user names)"),
                  listed(config.credentials, [](const Credential &c) { return c.userName; }));
    return lines;
}

QStringList findingLines(const QList<ReadinessFinding> &findings) {
    QStringList lines;
    for (const ReadinessFinding &f : findings) {
        const QString subjects = f.subjects.join(QStringLiteral(", ")).trimmed();
        lines << QStringLiteral("- [%1] %2%3")
                     .arg(f.docSection, f.reason,
                          subjects.isEmpty() ? QString()
                                             : QStringLiteral(" (") + subjects + QLatin1Char(')'));
    }
    if (lines.isEmpty())
        lines << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "No findings."));
    return lines;
}

QStringList requestLines(const SupportBundleInput &input) {
    QStringList lines;
    for (const RequestRecord &r : input.requests) {
        lines << QStringLiteral("- %1  %2 %3  HTTP %4  %5 ms  request id %6")
                     .arg(timestampWithZone(r.at), r.method, RequestRecord::safePath(QUrl(r.path)),
                          r.httpStatus > 0 ? QString::number(r.httpStatus) : QStringLiteral("—"),
                          QString::number(r.durationMs),
                          r.requestId.isEmpty() ? QStringLiteral("—")
                                                : redaction::requestId(r.requestId));
    }
    if (!lines.isEmpty())
        return lines;
    if (input.requestsCollected)
        return {translated(QT_TRANSLATE_NOOP(
            "exotrunk::SupportBundle",
            "None about this trunk among the console's recent requests in this session."))};
    return {translated(QT_TRANSLATE_NOOP(
        "exotrunk::SupportBundle",
        "Not collected here yet: every error the console shows carries its request id, and "
        "exotrunk-console --verbose logs the id of each request."))};
}

QStringList checklistLines() {
    return {
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle",
                                     "[ ] SIP signalling port (443 / 5070) reachable")),
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "[ ] UDP 10000–40000 open")),
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "[ ] Correct Exotel IPs allowed")),
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "[ ] Correct trunk domain used")),
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "[ ] Correct mode (pstn or flow)")),
        translated(
            QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "[ ] Correct destination URI configured")),
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "[ ] G.711 A-law enabled")),
    };
}

QStringList attachLines() {
    return {
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "CallSID of a failing call: …")),
        translated(
            QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Call direction (inbound / outbound): …")),
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "SIP response code, if any: …")),
        translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle",
                                     "Time of the failing call, with time zone: …")),
        translated(
            QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "PBX SIP logs or a PCAP, if available")),
    };
}

} // namespace

QStringList probeBundleLines(const QDateTime &ranAt, const QString &summary,
                             const QList<ProbeResult> &results) {
    QStringList lines;
    lines << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle",
                                          "Run at %1 from this computer, not from Exotel's edge."))
                 .arg(timestampWithZone(ranAt));
    lines << summary;
    for (const ProbeResult &r : results) {
        const QString verdict =
            r.reachable()
                ? translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "answered"))
                : translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "did not answer"));
        lines << QStringLiteral("- %1%2: %3")
                     .arg(r.target.uri,
                          r.address.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.address),
                          verdict);
        for (const ProbeStep &step : r.steps) {
            QString line = QStringLiteral("    %1: %2").arg(step.name(), outcomeText(step.outcome));
            if (step.outcome != ProbeOutcome::Skipped)
                line += QStringLiteral(", %1 ms").arg(step.durationMs);
            if (!step.detail.isEmpty())
                line += QStringLiteral(" — ") + step.detail;
            lines << line;
        }
    }
    return lines;
}

QString timestampWithZone(const QDateTime &at) {
    // ISO date and time with the numeric offset: unambiguous in any ticket system.
    const int offset = at.offsetFromUtc();
    const QChar sign = offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    const int minutes = qAbs(offset) / 60;
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + sign +
           QStringLiteral("%1:%2")
               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString supportBundleText(const SupportBundleInput &input) {
    QStringList out;
    out << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle",
                                        "Exotel SIP trunk — before contacting Exotel support"));
    out << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Generated: %1"))
               .arg(timestampWithZone(input.generatedAt));
    out << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Account SID: %1"))
               .arg(input.accountSid);
    out << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Purpose: %1"))
               .arg(input.purpose.title());
    out << QString() << configurationLines(input.config);
    out << QString()
        << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Readiness findings:"))
        << findingLines(input.findings);
    out << QString()
        << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle",
                                        "Reachability probe (measured from this computer):"));
    if (input.probeLines.isEmpty())
        out << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Not run."));
    else
        out << input.probeLines;
    out << QString()
        << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Recent API requests:"))
        << requestLines(input);
    out << QString()
        << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Verified (§16.9):"))
        << checklistLines();
    out << QString()
        << translated(QT_TRANSLATE_NOOP("exotrunk::SupportBundle", "Also share (§16.10):"))
        << attachLines();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace exotrunk
