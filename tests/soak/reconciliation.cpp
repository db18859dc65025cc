#include "reconciliation.h"

#include "soakconsole.h"
#include "trunkdetailsmodels.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <functional>

namespace exotrunk::soak {

namespace {

using Section = TrunkDetailsController::Section;

// Each item as one comparable line of the fields the console shows, sorted.
using Lines = QStringList;

QString text(const QJsonObject &o, const char *key) {
    return o.value(QLatin1String(key)).toString(); // null → empty, as the console shows it
}

// The `data` of every item of a sandbox list answer (one page holds them all).
QList<QJsonObject> sandboxItems(sandbox::SandboxServer &server, const QString &path) {
    QList<QJsonObject> items;
    const QJsonObject body = server.readState(path + QStringLiteral("?page_size=1000"));
    for (const QJsonValue &item : body.value(QStringLiteral("response")).toArray())
        items << item.toObject().value(QStringLiteral("data")).toObject();
    return items;
}

Lines sandboxLines(sandbox::SandboxServer &server, const QString &path,
                   const std::function<QString(const QJsonObject &)> &line) {
    Lines lines;
    for (const QJsonObject &o : sandboxItems(server, path))
        lines << line(o);
    lines.sort();
    return lines;
}

template <typename T>
Lines consoleLines(const ListSectionModel<T> *model,
                   const std::function<QString(const T &)> &line) {
    Lines lines;
    for (const T &item : model->items())
        lines << line(item);
    lines.sort();
    return lines;
}

void compare(const QString &what, const Lines &console, const Lines &sandbox,
             QStringList *differences) {
    const QSet<QString> shown(console.cbegin(), console.cend());
    const QSet<QString> held(sandbox.cbegin(), sandbox.cend());
    for (const QString &line : console) {
        if (!held.contains(line))
            *differences << QStringLiteral("%1: only the console shows %2").arg(what, line);
    }
    for (const QString &line : sandbox) {
        if (!shown.contains(line))
            *differences << QStringLiteral("%1: only the sandbox holds %2").arg(what, line);
    }
    if (console.size() != shown.size())
        *differences << QStringLiteral("%1: the console shows an item twice").arg(what);
}

Lines listedTrunks(const TrunkListModel &list) {
    Lines lines;
    for (int row = 0; row < list.rowCount(); ++row) {
        const QModelIndex index = list.index(row, 0);
        lines << QStringList{index.data(TrunkListModel::SidRole).toString(),
                             index.data(TrunkListModel::NameRole).toString(),
                             index.data(TrunkListModel::StatusRole).toString(),
                             index.data(TrunkListModel::DomainRole).toString()}
                     .join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

Lines heldTrunks(sandbox::SandboxServer &server) {
    return sandboxLines(server, QStringLiteral("/trunks"), [](const QJsonObject &o) {
        return QStringList{text(o, "trunk_sid"), text(o, "trunk_name"), text(o, "status"),
                           text(o, "domain_name")}
            .join(QLatin1Char('|'));
    });
}

void compareSections(sandbox::SandboxServer &server, const TrunkDetailsController &details,
                     const QString &sid, QStringList *differences) {
    const QString base = QStringLiteral("/trunks/") + sid;
    compare(sid + QStringLiteral(" phone numbers"),
            consoleLines<PhoneNumber>(details.phoneNumbers(),
                                      [](const PhoneNumber &n) {
                                          return n.id.value() + QLatin1Char('|') + n.number +
                                                 QLatin1Char('|') + numberModeToWire(n.mode);
                                      }),
            sandboxLines(server, base + QStringLiteral("/phone-numbers"),
                         [](const QJsonObject &o) {
                             return text(o, "id") + QLatin1Char('|') + text(o, "phone_number") +
                                    QLatin1Char('|') + text(o, "mode");
                         }),
            differences);
    compare(sid + QStringLiteral(" whitelisted IPs"),
            consoleLines<WhitelistedIp>(details.whitelistedIps(),
                                        [](const WhitelistedIp &ip) {
                                            return ip.id.value() + QLatin1Char('|') + ip.cidr() +
                                                   QLatin1Char('|') + ip.friendlyName;
                                        }),
            sandboxLines(server, base + QStringLiteral("/whitelisted-ips"),
                         [](const QJsonObject &o) {
                             return text(o, "id") + QLatin1Char('|') + text(o, "ip") +
                                    QLatin1Char('/') +
                                    QString::number(o.value(QStringLiteral("mask")).toInt()) +
                                    QLatin1Char('|') + text(o, "friendly_name");
                         }),
            differences);
    compare(sid + QStringLiteral(" destination URIs"),
            consoleLines<DestinationUri>(details.destinationUris(),
                                         [](const DestinationUri &d) {
                                             return d.id.value() + QLatin1Char('|') + d.destination;
                                         }),
            sandboxLines(server, base + QStringLiteral("/destination-uris"),
                         [](const QJsonObject &o) {
                             return text(o, "id") + QLatin1Char('|') + text(o, "destination");
                         }),
            differences);
    compare(sid + QStringLiteral(" credentials"),
            consoleLines<Credential>(details.credentials(),
                                     [](const Credential &c) {
                                         return c.id.value() + QLatin1Char('|') + c.userName +
                                                QLatin1Char('|') + c.friendlyName;
                                     }),
            sandboxLines(server, base + QStringLiteral("/credentials"),
                         [](const QJsonObject &o) {
                             return text(o, "id") + QLatin1Char('|') + text(o, "user_name") +
                                    QLatin1Char('|') + text(o, "friendly_name");
                         }),
            differences);
}

} // namespace

QStringList reconcile(sandbox::SandboxServer &server, const TrunkListModel &list,
                      ExotelClient &client) {
    QStringList differences;
    const Lines shown = listedTrunks(list);
    const Lines held = heldTrunks(server);
    compare(QStringLiteral("trunk list"), shown, held, &differences);

    QSet<QString> sids;
    for (const Lines *lines : {&shown, &held}) {
        for (const QString &line : *lines)
            sids.insert(line.section(QLatin1Char('|'), 0, 0));
    }
    QStringList ordered(sids.cbegin(), sids.cend());
    ordered.sort();
    for (const QString &sid : ordered) {
        // The details page of each trunk, opened afresh.
        TrunkDetailsController details;
        details.setClient(&client);
        details.load(TrunkSid(sid));
        if (!waitFor([&details,
                      &client] { return details.sectionsSettled() && client.pendingCount() == 0; },
                     QStringLiteral("the details of %1").arg(sid)))
            return differences;
        bool loaded = true;
        for (auto section : {Section::PhoneNumbers, Section::DestinationUris,
                             Section::WhitelistedIps, Section::Credentials}) {
            const SectionModel *model = details.section(section);
            if (model->state() == SectionModel::State::Error) {
                differences << QStringLiteral("%1 %2: the console could not load them: %3")
                                   .arg(sid, model->title(), model->error().technicalDetails());
                loaded = false;
            }
        }
        if (loaded)
            compareSections(server, details, sid, &differences);
    }
    return differences;
}

} // namespace exotrunk::soak
