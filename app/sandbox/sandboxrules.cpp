#include "sandboxrules.h"

#include <QRegularExpression>
#include <QStringList>

namespace exotrunk::sandbox::rules {

bool isTrunkName(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{1,16}$"));
    return re.match(name).hasMatch();
}

bool isE164(const QString &number) {
    static const QRegularExpression re(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return re.match(number).hasMatch();
}

bool isNsoCode(const QString &code) {
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9]{2,10}-[A-Z0-9]{2,10}$"));
    return re.match(code).hasMatch();
}

bool isCredentialUserName(const QString &name) {
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.@-]{0,63}$"));
    return re.match(name).hasMatch();
}

std::optional<quint32> parseIpv4(const QString &text) {
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return std::nullopt;
        for (const QChar c : part) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return std::nullopt;
        }
        if (part.size() > 1 && part.front() == QLatin1Char('0'))
            return std::nullopt;
        const int octet = part.toInt();
        if (octet > 255)
            return std::nullopt;
        value = (value << 8) | quint32(octet);
    }
    return value;
}

bool isFqdn(const QString &host) {
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return false;
    static const QRegularExpression label(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch())
            return false;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !digits.match(labels.last()).hasMatch();
}

quint32 maskBits(int mask) {
    return mask <= 0 ? 0u : (mask >= 32 ? 0xffffffffu : ~((1u << (32 - mask)) - 1u));
}

} // namespace exotrunk::sandbox::rules
