#include "workflows/provisioningownership.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace exotrunk {

namespace ProvisioningOwnership {

namespace {

QString timeText(const QDateTime &t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate)
                       : QCoreApplication::translate("ProvisioningOwnership", "an unknown time");
}

template <typename T>
Claim claim(const QList<T> &listed, const std::function<bool(const T &)> &matches,
            const QDateTime &sentAt, bool answerLost) {
    Claim c;
    QList<int> qualifying;
    for (int i = 0; i < listed.size(); ++i) {
        if (!matches(listed[i]))
            continue;
        c.sameName << i;
        if (answerLost && createdSince(listed[i].created, sentAt))
            qualifying << i;
    }
    if (!c.sameName.isEmpty() && qualifying.size() == 1)
        c.index = qualifying.first();
    c.verdict = c.sameName.isEmpty() ? Verdict::NotFound
                : c.index >= 0       ? Verdict::Ours
                                     : Verdict::Unproven;
    return c;
}

} // namespace

bool leavesOutcomeOpen(ApiError::Kind kind) {
    return kind == ApiError::Kind::Timeout || kind == ApiError::Kind::Network ||
           kind == ApiError::Kind::Server || kind == ApiError::Kind::MalformedResponse ||
           kind == ApiError::Kind::Cancelled;
}

bool createdSince(const QDateTime &created, const QDateTime &sentAt) {
    if (!created.isValid() || !sentAt.isValid())
        return false;
    const qint64 sentSecond = sentAt.toSecsSinceEpoch();
    return created.toSecsSinceEpoch() >= sentSecond;
}

Claim claimTrunk(const QList<Trunk> &listed, const QString &name, const QDateTime &sentAt,
                 bool answerLost) {
    return claim<Trunk>(
        listed, [&name](const Trunk &t) { return t.name == name; }, sentAt, answerLost);
}

Claim claimCredential(const QList<Credential> &listed, const QString &userName,
                      const QDateTime &sentAt, bool answerLost) {
    return claim<Credential>(
        listed, [&userName](const Credential &c) { return c.userName == userName; }, sentAt,
        answerLost);
}

QString unprovenTrunkMessage(const QString &name, const QList<Trunk> &sameName,
                             const QDateTime &sentAt) {
    QStringList found;
    for (const Trunk &t : sameName) {
        found << QCoreApplication::translate("ProvisioningOwnership",
                                             "trunk “%1” (SID %2, created %3)")
                     .arg(t.name, t.sid.value(), timeText(t.created));
    }
    return QCoreApplication::translate(
               "ProvisioningOwnership",
               "This setup cannot prove it created the trunk named “%1”, so it neither uses "
               "nor deletes it. Its own request for trunk “%1” (no SID yet) was first sent at "
               "%2; on the account is %3. Check the trunk list: if that trunk is left over "
               "from this setup, delete it yourself and retry; otherwise choose another name.")
        .arg(name, timeText(sentAt),
             found.join(QCoreApplication::translate("ProvisioningOwnership", "; and ")));
}

QString unprovenCredentialMessage(const QString &userName, const QList<Credential> &sameName,
                                  const QDateTime &sentAt) {
    QStringList found;
    for (const Credential &c : sameName) {
        found << QCoreApplication::translate("ProvisioningOwnership",
                                             "credential “%1” (id %2, created %3)")
                     .arg(c.userName, c.id.value(), timeText(c.created));
    }
    return QCoreApplication::translate(
               "ProvisioningOwnership",
               "This setup cannot prove it created the credential “%1”, so it neither uses "
               "nor deletes it. Its own request was first sent at %2; on the trunk is %3. "
               "Delete that credential yourself and retry, or keep the trunk without it.")
        .arg(userName, timeText(sentAt),
             found.join(QCoreApplication::translate("ProvisioningOwnership", "; and ")));
}

} // namespace ProvisioningOwnership

} // namespace exotrunk
