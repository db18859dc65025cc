#include "validation/validators.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QStringList>
#include <QUrl>

#include <array>

namespace exotrunk {

namespace {

// The translation context of every message below (shown by every form and the client).
struct Validation {
    Q_DECLARE_TR_FUNCTIONS(Validation)
};

bool isAsciiDigit(QChar c) {
    return c.unicode() >= '0' && c.unicode() <= '9';
}

bool isAsciiLetter(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

bool isAsciiAlnum(QChar c) {
    return isAsciiDigit(c) || isAsciiLetter(c);
}

bool hasWhitespace(const QString &text) {
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool hasControl(const QString &text) {
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

bool isAscii(const QString &text) {
    for (const QChar c : text) {
        if (c.unicode() > 0x7e || c.unicode() < 0x20)
            return false;
    }
    return true;
}

// Parses a strict dotted quad: four decimal octets, ASCII digits only, no leading zeros.
// Returns nullopt with a reason for anything else, so "1.2.3" and "010.1.1.1" (which some
// parsers read as octal) never pass.
std::optional<quint32> parseDottedQuad(const QString &text, QString *why) {
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4) {
        *why = Validation::tr("An IPv4 address has exactly four numbers separated by dots, "
                              "like 203.0.113.10.");
        return std::nullopt;
    }
    quint32 value = 0;
    for (const QString &part : parts) {
        if (part.isEmpty()) {
            *why = Validation::tr("An IPv4 address has a number between every two dots, "
                                  "like 203.0.113.10.");
            return std::nullopt;
        }
        for (const QChar c : part) {
            if (!isAsciiDigit(c)) {
                *why = Validation::tr("An IPv4 address contains only the digits 0–9 and dots, "
                                      "like 203.0.113.10.");
                return std::nullopt;
            }
        }
        if (part.size() > 1 && part.startsWith(QLatin1Char('0'))) {
            *why = Validation::tr("Remove the leading zeros in \"%1\": some systems read them as "
                                  "octal.")
                       .arg(part);
            return std::nullopt;
        }
        if (part.size() > 3 || part.toInt() > 255) {
            *why = Validation::tr("Each number of an IPv4 address is between 0 and 255; \"%1\" is "
                                  "out of range.")
                       .arg(part.left(10));
            return std::nullopt;
        }
        value = (value << 8) | static_cast<quint32>(part.toInt());
    }
    return value;
}

bool inRange(quint32 address, quint32 network, int bits) {
    const quint32 maskBits = bits == 0 ? 0 : ~quint32(0) << (32 - bits);
    return (address & maskBits) == (network & maskBits);
}

constexpr quint32 ip(int a, int b, int c, int d) {
    return (quint32(a) << 24) | (quint32(b) << 16) | (quint32(c) << 8) | quint32(d);
}

// The special-purpose ranges (RFC 6890 and friends) that cannot be a server's public address.
QString specialRange(quint32 a) {
    struct Range {
        quint32 network;
        int bits;
        const char *what;
    };
    static const std::array<Range, 17> ranges{{
        {ip(0, 0, 0, 0), 32, QT_TRANSLATE_NOOP("Validation", "the unspecified address 0.0.0.0")},
        {ip(255, 255, 255, 255), 32, QT_TRANSLATE_NOOP("Validation", "the broadcast address")},
        {ip(0, 0, 0, 0), 8, QT_TRANSLATE_NOOP("Validation", "in 0.0.0.0/8 (\"this network\")")},
        {ip(10, 0, 0, 0), 8, QT_TRANSLATE_NOOP("Validation", "a private address (10.0.0.0/8)")},
        {ip(100, 64, 0, 0), 10,
         QT_TRANSLATE_NOOP("Validation", "a carrier-grade NAT address (100.64.0.0/10)")},
        {ip(127, 0, 0, 0), 8, QT_TRANSLATE_NOOP("Validation", "a loopback address (127.0.0.0/8)")},
        {ip(169, 254, 0, 0), 16,
         QT_TRANSLATE_NOOP("Validation", "a link-local address (169.254.0.0/16)")},
        {ip(172, 16, 0, 0), 12,
         QT_TRANSLATE_NOOP("Validation", "a private address (172.16.0.0/12)")},
        {ip(192, 0, 0, 0), 24,
         QT_TRANSLATE_NOOP("Validation", "reserved for IETF protocol assignments (192.0.0.0/24)")},
        {ip(192, 0, 2, 0), 24,
         QT_TRANSLATE_NOOP("Validation", "reserved for documentation (192.0.2.0/24)")},
        {ip(192, 88, 99, 0), 24,
         QT_TRANSLATE_NOOP("Validation", "a deprecated 6to4 relay address (192.88.99.0/24)")},
        {ip(192, 168, 0, 0), 16,
         QT_TRANSLATE_NOOP("Validation", "a private address (192.168.0.0/16)")},
        {ip(198, 18, 0, 0), 15,
         QT_TRANSLATE_NOOP("Validation", "reserved for benchmarking (198.18.0.0/15)")},
        {ip(198, 51, 100, 0), 24,
         QT_TRANSLATE_NOOP("Validation", "reserved for documentation (198.51.100.0/24)")},
        {ip(203, 0, 113, 0), 24,
         QT_TRANSLATE_NOOP("Validation", "reserved for documentation (203.0.113.0/24)")},
        {ip(224, 0, 0, 0), 4, QT_TRANSLATE_NOOP("Validation", "a multicast address (224.0.0.0/4)")},
        {ip(240, 0, 0, 0), 4,
         QT_TRANSLATE_NOOP("Validation", "reserved for future use (240.0.0.0/4)")},
    }};
    for (const Range &r : ranges) {
        if (inRange(a, r.network, r.bits))
            return Validation::tr(r.what);
    }
    return {};
}

bool looksNumericDotted(const QString &text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (!isAsciiDigit(c) && c != QLatin1Char('.'))
            return false;
    }
    return true;
}

Validity worst(const Validity &a, const Validity &b) {
    if (a.level == b.level) {
        if (a.message.isEmpty())
            return b;
        if (b.message.isEmpty())
            return a;
        return {a.level, a.message + QLatin1Char(' ') + b.message};
    }
    return static_cast<int>(a.level) > static_cast<int>(b.level) ? a : b;
}

} // namespace

namespace validate {

Validity trunkName(const QString &name) {
    if (name.isEmpty())
        return Validity::error(Validation::tr("Enter a trunk name."));
    if (name.size() > 16)
        return Validity::error(Validation::tr("A trunk name has at most 16 characters; this one "
                                              "has %1.")
                                   .arg(name.size()));
    for (const QChar c : name) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('_')) {
            if (c.isSpace())
                return Validity::error(Validation::tr(
                    "A trunk name cannot contain spaces: use an underscore instead, e.g. "
                    "my_pbx_trunk."));
            return Validity::error(Validation::tr(
                "A trunk name may contain only letters A–Z, digits and underscores, e.g. "
                "my_pbx_trunk."));
        }
    }
    return Validity::ok();
}

Validity e164(const QString &number) {
    if (number.isEmpty())
        return Validity::error(Validation::tr("Enter a phone number in E.164 form, e.g. "
                                              "+919876543210."));
    QString digitsOnly;
    bool onlyFormatting =
        true; // digits plus separators people type: spaces, dashes, brackets, dots
    for (const QChar c : number) {
        if (isAsciiDigit(c))
            digitsOnly += c;
        else if (!(c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('(') ||
                   c == QLatin1Char(')') || c == QLatin1Char('.') || c == QLatin1Char('+')))
            onlyFormatting = false;
    }
    const bool plus = number.startsWith(QLatin1Char('+'));
    if (number.count(QLatin1Char('+')) > (plus ? 1 : 0))
        return Validity::error(
            Validation::tr("Only one + is allowed, at the start of the number."));

    QString rest = plus ? number.mid(1) : number;
    for (const QChar c : rest) {
        if (!isAsciiDigit(c)) {
            if (onlyFormatting && plus && !digitsOnly.isEmpty())
                return Validity::error(
                    Validation::tr("Remove spaces, dashes and brackets: write the number as +%1.")
                        .arg(digitsOnly));
            if (c.isDigit())
                return Validity::error(
                    Validation::tr("Use the digits 0–9 only; the number contains other numerals."));
            return Validity::error(Validation::tr(
                "A phone number contains only a leading + and digits, e.g. +919876543210."));
        }
    }
    if (!plus) {
        if (rest.startsWith(QLatin1String("00")) && rest.size() > 2)
            return Validity::error(
                Validation::tr("Replace the leading 00 with +: write the number as +%1.")
                    .arg(rest.mid(2)));
        if (rest.startsWith(QLatin1Char('0')))
            return Validity::error(Validation::tr(
                "Drop the trunk prefix 0 and start with + and the country code, e.g. "
                "+919876543210."));
        // The example is the typed number made valid where that is plain, otherwise a valid
        // one: echoing "12345" back as "e.g. +12345" would show an invalid number as the model.
        QString example =
            QLatin1Char('+') + (rest.size() == 10 ? QStringLiteral("91") : QString()) + rest;
        if (!e164(example).isOk())
            example = QStringLiteral("+919876543210");
        return Validity::error(
            Validation::tr("Start the number with + and the country code, e.g. %1.").arg(example));
    }
    if (rest.isEmpty())
        return Validity::error(Validation::tr("Enter the digits after the +."));
    if (rest.startsWith(QLatin1Char('0')))
        return Validity::error(Validation::tr(
            "A country code never starts with 0: after the + comes the country code, e.g. +91."));
    if (rest.size() > 15)
        return Validity::error(Validation::tr("An E.164 number has at most 15 digits; this one has "
                                              "%1.")
                                   .arg(rest.size()));
    if (rest.size() < 7)
        return Validity::error(Validation::tr("This number is too short to be a full international "
                                              "number: include the country code and the whole "
                                              "subscriber number."));
    if (rest.startsWith(QLatin1String("91")) && rest.size() != 12)
        return Validity::warning(
            Validation::tr("Indian numbers have 10 digits after +91; this one has %1.")
                .arg(rest.size() - 2));
    return Validity::ok();
}

Validity ipv4(const QString &address) {
    if (address.isEmpty())
        return Validity::error(Validation::tr("Enter the server's public IPv4 address, e.g. "
                                              "203.0.113.10."));
    if (hasWhitespace(address))
        return Validity::error(Validation::tr("Remove the spaces from the IP address."));
    if (address.contains(QLatin1Char('/')))
        return Validity::error(
            Validation::tr("Enter the address without a /mask: the mask is a separate field."));
    if (address.contains(QLatin1Char(':'))) {
        QHostAddress parsed;
        if (parsed.setAddress(address) && parsed.protocol() == QAbstractSocket::IPv6Protocol)
            return Validity::error(Validation::tr(
                "That is an IPv6 address; Exotel accepts only IPv4 addresses here."));
        return Validity::error(
            Validation::tr("Enter only the IPv4 address, without a port, e.g. 203.0.113.10."));
    }
    QString why;
    const std::optional<quint32> value = parseDottedQuad(address, &why);
    if (!value)
        return Validity::error(why);
    const QString special = specialRange(*value);
    if (!special.isEmpty())
        return Validity::warning(
            Validation::tr(
                "%1 is %2. Exotel needs the server's public IP address, as seen from the internet.")
                .arg(address, special));
    return Validity::ok();
}

Validity mask(int bits) {
    if (bits < 16 || bits > 32)
        return Validity::error(
            Validation::tr("The mask must be between 16 and 32; use 32 for a single server."));
    if (bits < 32)
        return Validity::warning(
            Validation::tr("A /%1 allows %2 addresses. Trunks do not support CIDR ranges: use /32 "
                           "for each server unless Exotel has confirmed the range.")
                .arg(bits)
                .arg(QString::number(qulonglong(1) << (32 - bits))));
    return Validity::ok();
}

bool isIpv4Literal(const QString &host) {
    QString why;
    return parseDottedQuad(host, &why).has_value();
}

Validity host(const QString &name) {
    if (name.isEmpty())
        return Validity::error(Validation::tr("Enter a host: an IPv4 address or a fully qualified "
                                              "domain name such as sip.example.com."));
    if (hasWhitespace(name))
        return Validity::error(Validation::tr("Remove the spaces from the host."));
    if (looksNumericDotted(name))
        return ipv4(name);
    if (name.startsWith(QLatin1Char('[')) || name.count(QLatin1Char(':')) > 1) {
        return Validity::error(Validation::tr(
            "IPv6 addresses are not supported: use an IPv4 address or a domain name."));
    }
    if (name.contains(QLatin1Char(':')))
        return Validity::error(Validation::tr("Enter the port in its own field, not after the "
                                              "host."));
    if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('@')) ||
        name.contains(QLatin1Char(';')))
        return Validity::error(Validation::tr(
            "Enter only the host name, such as sip.example.com, without a scheme, path, user or "
            "parameters."));
    if (!isAscii(name)) {
        const QByteArray ace = QUrl::toAce(name);
        if (!ace.isEmpty() && ace != name.toUtf8())
            return Validity::error(Validation::tr("Use the ASCII form of the domain name: %1.")
                                       .arg(QString::fromLatin1(ace)));
        return Validity::error(Validation::tr("A host name contains only letters A–Z, digits, "
                                              "hyphens and dots."));
    }
    if (name.endsWith(QLatin1Char('.')))
        return Validity::error(Validation::tr("Remove the dot at the end of the host name."));
    if (name.size() > 253)
        return Validity::error(Validation::tr("A host name has at most 253 characters; this one "
                                              "has %1.")
                                   .arg(name.size()));
    const QStringList labels = name.split(QLatin1Char('.'));
    if (labels.size() < 2)
        return Validity::error(Validation::tr(
            "Enter a fully qualified domain name such as sip.example.com, not a bare host name."));
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Validity::error(Validation::tr("A host name cannot contain two dots in a row "
                                                  "or start with a dot."));
        if (label.size() > 63)
            return Validity::error(Validation::tr("Each part of a host name between dots has at "
                                                  "most 63 characters."));
        for (const QChar c : label) {
            if (!isAsciiAlnum(c) && c != QLatin1Char('-')) {
                if (c == QLatin1Char('_'))
                    return Validity::error(Validation::tr("Underscores are not allowed in host "
                                                          "names."));
                return Validity::error(Validation::tr("A host name contains only letters A–Z, "
                                                      "digits, hyphens and dots."));
            }
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
            return Validity::error(Validation::tr("A part of a host name cannot start or end with "
                                                  "a hyphen."));
    }
    if (looksNumericDotted(labels.constLast()))
        return Validity::error(Validation::tr("The last part of a domain name cannot be all "
                                              "digits."));
    return Validity::ok();
}

Validity port(int value) {
    if (value < 1 || value > 65535)
        return Validity::error(Validation::tr("A port is a number from 1 to 65535 (SIP usually "
                                              "uses 5060, or 5061 for TLS)."));
    return Validity::ok();
}

std::optional<Transport> transportFromString(const QString &text) {
    if (text.compare(QLatin1String("tls"), Qt::CaseInsensitive) == 0)
        return Transport::Tls;
    if (text.compare(QLatin1String("tcp"), Qt::CaseInsensitive) == 0)
        return Transport::Tcp;
    if (text.compare(QLatin1String("udp"), Qt::CaseInsensitive) == 0)
        return Transport::Udp;
    return std::nullopt;
}

Validity destination(const NewDestination &d) {
    Validity v = host(d.host);
    if (!v.isAcceptable())
        return v;
    Validity p = port(d.port);
    if (!p.isAcceptable())
        return p;
    if (d.transport == Transport::Tls && d.port == 5060)
        v = worst(v, Validity::warning(Validation::tr(
                         "Port 5060 is usually plain SIP; TLS normally uses 5061.")));
    else if (d.transport != Transport::Tls && d.port == 5061)
        v = worst(v, Validity::warning(Validation::tr(
                         "Port 5061 is usually SIP over TLS; check the transport.")));
    return v;
}

std::optional<NewDestination> parseDestination(const QString &text, QString *error) {
    const auto failWith = [error](const QString &why) -> std::optional<NewDestination> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (text.isEmpty())
        return failWith(Validation::tr("Enter a destination such as sip.example.com:5061;"
                                       "transport=tls."));
    if (hasWhitespace(text))
        return failWith(Validation::tr("Remove the spaces from the destination."));
    QString rest = text;
    if (rest.startsWith(QLatin1String("sip:"), Qt::CaseInsensitive))
        rest = rest.mid(4);
    else if (rest.startsWith(QLatin1String("sips:"), Qt::CaseInsensitive))
        return failWith(Validation::tr("Write sip: (or nothing) and ;transport=tls instead of "
                                       "sips:."));
    if (rest.contains(QLatin1Char('@')))
        return failWith(Validation::tr("A destination is host:port;transport=…, without a user "
                                       "part before @."));

    NewDestination d;
    bool transportGiven = false;
    const QStringList pieces = rest.split(QLatin1Char(';'));
    for (int i = 1; i < pieces.size(); ++i) {
        const QString &param = pieces.at(i);
        if (param.isEmpty())
            return failWith(Validation::tr("Remove the stray ';' from the destination."));
        const qsizetype eq = param.indexOf(QLatin1Char('='));
        const QString key = eq < 0 ? param : param.left(eq);
        if (key.compare(QLatin1String("transport"), Qt::CaseInsensitive) != 0)
            return failWith(Validation::tr("Only the ;transport= parameter is supported, not "
                                           "\"%1\".")
                                .arg(key.left(20)));
        if (transportGiven)
            return failWith(Validation::tr("Give ;transport= only once."));
        const QString value = eq < 0 ? QString() : param.mid(eq + 1);
        if (value.isEmpty())
            return failWith(Validation::tr("Say which transport after ;transport=: tls, tcp or "
                                           "udp."));
        const std::optional<Transport> t = transportFromString(value);
        if (!t)
            return failWith(Validation::tr("The transport must be tls, tcp or udp, not \"%1\".")
                                .arg(value.left(20)));
        d.transport = *t;
        transportGiven = true;
    }
    if (!transportGiven)
        d.transport = Transport::Udp; // what the API assumes without ;transport=

    QString hostPort = pieces.value(0);
    if (hostPort.startsWith(QLatin1Char('[')))
        return failWith(Validation::tr("IPv6 addresses are not supported: use an IPv4 address or "
                                       "a domain name."));
    const qsizetype colon = hostPort.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (hostPort.indexOf(QLatin1Char(':'), colon + 1) >= 0)
            return failWith(Validation::tr("IPv6 addresses are not supported: use an IPv4 address "
                                           "or a domain name."));
        const QString portText = hostPort.mid(colon + 1);
        if (portText.isEmpty())
            return failWith(Validation::tr("Give the port after the ':', e.g. :5061."));
        for (const QChar c : portText) {
            if (!isAsciiDigit(c))
                return failWith(Validation::tr("The port must be a number from 1 to 65535."));
        }
        const int p = portText.size() > 5 ? 0 : portText.toInt();
        const Validity pv = port(p);
        if (!pv.isAcceptable())
            return failWith(pv.message);
        d.port = p;
        hostPort = hostPort.left(colon);
    } else {
        d.port = defaultPortFor(d.transport);
    }
    d.host = hostPort;
    const Validity hv = host(d.host);
    if (!hv.isAcceptable())
        return failWith(hv.message);
    return d;
}

Validity credentialUserName(const QString &userName) {
    if (userName.isEmpty())
        return Validity::error(Validation::tr("Enter a user name."));
    if (userName.size() > 32)
        return Validity::error(Validation::tr("A user name has at most 32 characters; this one "
                                              "has %1.")
                                   .arg(userName.size()));
    if (!isAsciiAlnum(userName.at(0)))
        return Validity::error(Validation::tr("A user name starts with a letter or a digit."));
    for (const QChar c : userName) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('_') && c != QLatin1Char('.') &&
            c != QLatin1Char('-'))
            return Validity::error(Validation::tr(
                "A user name may contain only letters A–Z, digits, '_', '.' and '-', e.g. "
                "voice_ai_user."));
    }
    return Validity::ok();
}

Validity friendlyName(const QString &name) {
    const qsizetype characters = name.toUcs4().size();
    if (characters > 32)
        return Validity::error(Validation::tr("A friendly name has at most 32 characters; this one "
                                              "has %1.")
                                   .arg(characters));
    if (hasControl(name))
        return Validity::error(Validation::tr("The friendly name contains invisible control "
                                              "characters; retype it."));
    return Validity::ok();
}

Validity password(const QString &pw) {
    if (pw.isEmpty())
        return Validity::error(Validation::tr("Enter a password, or generate one."));
    if (hasControl(pw))
        return Validity::error(Validation::tr("The password contains invisible control "
                                              "characters."));
    bool upper = false, lower = false, digit = false;
    for (const QChar c : pw) {
        const char16_t u = c.unicode();
        upper = upper || (u >= 'A' && u <= 'Z');
        lower = lower || (u >= 'a' && u <= 'z');
        digit = digit || isAsciiDigit(c);
    }
    QStringList missing;
    if (pw.size() < 12)
        missing << Validation::tr("at least 12 characters (it has %1)").arg(pw.size());
    if (!upper)
        missing << Validation::tr("an upper-case letter");
    if (!lower)
        missing << Validation::tr("a lower-case letter");
    if (!digit)
        missing << Validation::tr("a digit");
    if (!missing.isEmpty())
        return Validity::error(
            Validation::tr("The password needs %1.").arg(missing.join(QStringLiteral(", "))));
    if (!isAscii(pw) || hasWhitespace(pw))
        return Validity::warning(Validation::tr(
            "Spaces and non-ASCII characters in a SIP password are not accepted by every "
            "platform; prefer letters, digits and simple symbols."));
    return Validity::ok();
}

Validity accountSid(const QString &sid) {
    if (sid.isEmpty())
        return Validity::error(Validation::tr("Enter the account SID, as shown in the Exotel "
                                              "dashboard under API settings."));
    if (sid.size() > 64)
        return Validity::error(Validation::tr("An account SID has at most 64 characters."));
    for (const QChar c : sid) {
        if (!isAsciiAlnum(c) && c != QLatin1Char('_') && c != QLatin1Char('-'))
            return Validity::error(Validation::tr(
                "An account SID contains only letters, digits, '_' and '-': copy it from the "
                "Exotel dashboard without spaces."));
    }
    return Validity::ok();
}

} // namespace validate

QString generatePassword(int length) {
    // No look-alikes (I l 1 O 0) and no characters with a meaning in SIP or in config files
    // (: ; @ " ' \ space), so the password survives being read aloud or pasted anywhere.
    static const QString upper = QStringLiteral("ABCDEFGHJKLMNPQRSTUVWXYZ");
    static const QString lower = QStringLiteral("abcdefghijkmnopqrstuvwxyz");
    static const QString digits = QStringLiteral("23456789");
    static const QString symbols = QStringLiteral("-_.+");
    static const QString all = upper + lower + digits + symbols;

    const int n = qBound(12, length, 256);
    QRandomGenerator *rng = QRandomGenerator::system();
    const auto pick = [rng](const QString &from) {
        return from.at(static_cast<qsizetype>(rng->bounded(static_cast<quint32>(from.size()))));
    };
    QString out;
    out.reserve(n);
    out += pick(upper);
    out += pick(lower);
    out += pick(digits);
    while (out.size() < n)
        out += pick(all);
    for (qsizetype i = out.size() - 1; i > 0; --i) {
        const auto j = static_cast<qsizetype>(rng->bounded(static_cast<quint32>(i + 1)));
        std::swap(out[i], out[j]);
    }
    return out;
}

} // namespace exotrunk
