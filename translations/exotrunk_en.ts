<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>exotrunk::DestinationAddition</name>
    <message numerus="yes">
        <source>Adding %n destination(s)…</source>
        <translation>
            <numerusform>Adding %n destination…</numerusform>
            <numerusform>Adding %n destinations…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::OnceSecretPanel</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the password.</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second if it still holds the password.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds if it still holds the password.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ProbeText</name>
    <message numerus="yes">
        <source>The certificate chain is trusted and the certificate is valid for %1 (issued for %2). It expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>The certificate chain is trusted and the certificate is valid for %1 (issued for %2). It expires on %3, in %n day.</numerusform>
            <numerusform>The certificate chain is trusted and the certificate is valid for %1 (issued for %2). It expires on %3, in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The certificate expired on %1, %n day(s) ago. The server&apos;s operator must renew it.</source>
        <translation>
            <numerusform>The certificate expired on %1, %n day ago. The server&apos;s operator must renew it.</numerusform>
            <numerusform>The certificate expired on %1, %n days ago. The server&apos;s operator must renew it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Answered %1 in %n ms.</source>
        <translation>
            <numerusform>Answered %1 in %n ms.</numerusform>
            <numerusform>Answered %1 in %n ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request was sent %n time(s) before the answer came; packets may be lost on the way.</source>
        <translation>
            <numerusform>The request was sent %n time before the answer came; packets may be lost on the way.</numerusform>
            <numerusform>The request was sent %n times before the answer came; packets may be lost on the way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No DNS answer for %1 within %n ms. Check this computer&apos;s DNS server, and the spelling of the host.</source>
        <translation>
            <numerusform>No DNS answer for %1 within %n ms. Check this computer&apos;s DNS server, and the spelling of the host.</numerusform>
            <numerusform>No DNS answer for %1 within %n ms. Check this computer&apos;s DNS server, and the spelling of the host.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to the connection request within %n ms from %1: a firewall drops it, or the host is down.</source>
        <translation>
            <numerusform>No answer to the connection request within %n ms from %1: a firewall drops it, or the host is down.</numerusform>
            <numerusform>No answer to the connection request within %n ms from %1: a firewall drops it, or the host is down.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the TLS handshake did not finish within %n ms. The port may not speak TLS: check the port and the transport.</source>
        <translation>
            <numerusform>Connected, but the TLS handshake did not finish within %n ms. The port may not speak TLS: check the port and the transport.</numerusform>
            <numerusform>Connected, but the TLS handshake did not finish within %n ms. The port may not speak TLS: check the port and the transport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to OPTIONS within %n ms from %1 over UDP (requests sent: %2). A firewall may drop SIP, or nothing listens on this port.</source>
        <translation>
            <numerusform>No answer to OPTIONS within %n ms from %1 over UDP (requests sent: %2). A firewall may drop SIP, or nothing listens on this port.</numerusform>
            <numerusform>No answer to OPTIONS within %n ms from %1 over UDP (requests sent: %2). A firewall may drop SIP, or nothing listens on this port.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but no answer to OPTIONS within %n ms. The SIP server may ignore requests from this computer&apos;s address.</source>
        <translation>
            <numerusform>Connected to %1, but no answer to OPTIONS within %n ms. The SIP server may ignore requests from this computer&apos;s address.</numerusform>
            <numerusform>Connected to %1, but no answer to OPTIONS within %n ms. The SIP server may ignore requests from this computer&apos;s address.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ReachabilityProbe</name>
    <message numerus="yes">
        <source>Probing: %1 of %n destination(s) done.</source>
        <translation>
            <numerusform>Probing: %1 of %n destination done.</numerusform>
            <numerusform>Probing: %1 of %n destinations done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n destination(s) had finished.</source>
        <translation>
            <numerusform>Cancelled: %1 of %n destination had finished.</numerusform>
            <numerusform>Cancelled: %1 of %n destinations had finished.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s) answered SIP OPTIONS.</source>
        <translation>
            <numerusform>%1 of %n destination answered SIP OPTIONS.</numerusform>
            <numerusform>%1 of %n destinations answered SIP OPTIONS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ReadinessCache</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readiness: %1, blocking calls: %n</source>
        <translation>
            <numerusform>Readiness: %1, blocking calls: %n</numerusform>
            <numerusform>Readiness: %1, blocking calls: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::SectionModel</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n item could not be read and is not shown.</numerusform>
            <numerusform>%n items could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkEditActions</name>
    <message numerus="yes">
        <source>Unmap the %n selected numbers from this trunk (Del).</source>
        <translation>
            <numerusform>Unmap the selected number from this trunk (Del).</numerusform>
            <numerusform>Unmap the %n selected numbers from this trunk (Del).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected addresses from the whitelist (Del).</source>
        <translation>
            <numerusform>Remove the selected address from the whitelist (Del).</numerusform>
            <numerusform>Remove the %n selected addresses from the whitelist (Del).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected destinations (Del).</source>
        <translation>
            <numerusform>Remove the selected destination (Del).</numerusform>
            <numerusform>Remove the %n selected destinations (Del).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmap %n phone number(s) from trunk %1?</source>
        <translation>
            <numerusform>Unmap %n phone number from trunk %1?</numerusform>
            <numerusform>Unmap %n phone numbers from trunk %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n number(s)</source>
        <translation>
            <numerusform>&amp;Remove %n number</numerusform>
            <numerusform>&amp;Remove %n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n whitelisted IP(s) from trunk %1?</source>
        <translation>
            <numerusform>Remove %n whitelisted IP from trunk %1?</numerusform>
            <numerusform>Remove %n whitelisted IPs from trunk %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n IP(s)</source>
        <translation>
            <numerusform>&amp;Remove %n IP</numerusform>
            <numerusform>&amp;Remove %n IPs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n destination URI(s) from trunk %1?</source>
        <translation>
            <numerusform>Remove %n destination URI from trunk %1?</numerusform>
            <numerusform>Remove %n destination URIs from trunk %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n destination(s)</source>
        <translation>
            <numerusform>&amp;Remove %n destination</numerusform>
            <numerusform>&amp;Remove %n destinations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected credentials; peers using them get SIP 401.</source>
        <translation>
            <numerusform>Delete the selected credential; peers using it get SIP 401.</numerusform>
            <numerusform>Delete the %n selected credentials; peers using them get SIP 401.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n credential(s) of trunk %1?</source>
        <translation>
            <numerusform>Delete %n credential of trunk %1?</numerusform>
            <numerusform>Delete %n credentials of trunk %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n credential(s)</source>
        <translation>
            <numerusform>&amp;Delete %n credential</numerusform>
            <numerusform>&amp;Delete %n credentials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkListModel</name>
    <message numerus="yes">
        <source>%n trunk(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n trunk could not be read and is not shown.</numerusform>
            <numerusform>%n trunks could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n window(s) of %1 closed because the account changed.</source>
        <translation>
            <numerusform>%n window of %1 closed because the account changed.</numerusform>
            <numerusform>%n windows of %1 closed because the account changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
