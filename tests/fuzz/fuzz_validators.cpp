// libFuzzer target: every validator on arbitrary text, with the invariants the forms and the
// client rely on (a verdict always explains itself; what parses, re-parses to the same).
#include "domain/destinationuri.h"
#include "validation/validators.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace exotrunk;

namespace {

void require(bool condition) {
    if (!condition)
        std::abort();
}

void check(const Validity &v) {
    require(v.isOk() == v.message.isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text =
        QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    check(validate::trunkName(text));
    check(validate::e164(text));
    check(validate::credentialUserName(text));
    check(validate::friendlyName(text));
    check(validate::password(text));
    check(validate::accountSid(text));

    const Validity ip = validate::ipv4(text);
    check(ip);
    const Validity host = validate::host(text);
    check(host);
    // A literal IP is judged as an IP; anything the IPv4 check accepts is a literal.
    require(validate::isIpv4Literal(text) == ip.isAcceptable());
    if (validate::isIpv4Literal(text))
        require(host.level == ip.level);

    (void)validate::transportFromString(text);

    QString error;
    const std::optional<NewDestination> parsed = validate::parseDestination(text, &error);
    require(parsed.has_value() == error.isEmpty());
    if (parsed) {
        require(validate::destination(*parsed).isAcceptable());
        const std::optional<NewDestination> again =
            validate::parseDestination(parsed->toUriString());
        require(again.has_value());
        require(again->host == parsed->host && again->port == parsed->port &&
                again->transport == parsed->transport);
        DestinationUri stored;
        stored.destination = QStringLiteral("sip:") + parsed->toUriString();
        require(stored.host() == parsed->host);
        require(stored.port() == parsed->port);
        require(stored.transport() == parsed->transport);
    }

    if (size >= 4) {
        int number = 0;
        std::memcpy(&number, data, sizeof number);
        check(validate::mask(number));
        check(validate::port(number));
        require(validate::port(number).isOk() == (number >= 1 && number <= 65535));
    }
    return 0;
}
