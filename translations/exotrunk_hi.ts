<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AccountManager</name>
    <message>
        <source>This account profile no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from environment)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountProfile</name>
    <message>
        <source>Mumbai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Account SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Account SID has only letters, digits, &apos;_&apos; and &apos;-&apos; (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key starts or ends with a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <source>The server address is not a valid URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put credentials in the server address; they would end up in logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this machine (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Create and look after Exotel SIP trunks for many customer accounts.</source>
        <translation>कई ग्राहक खातों के लिए Exotel SIP ट्रंक बनाएँ और उनकी देखभाल करें।</translation>
    </message>
    <message>
        <source>Start the built-in sandbox server and connect to it.</source>
        <translation>अंतर्निहित सैंडबॉक्स सर्वर शुरू करें और उससे जुड़ें।</translation>
    </message>
    <message>
        <source>Run only the sandbox server, without a window.</source>
        <translation>बिना विंडो के केवल सैंडबॉक्स सर्वर चलाएँ।</translation>
    </message>
    <message>
        <source>Port of --sandbox-server (default: any).</source>
        <translation>--sandbox-server का पोर्ट (डिफ़ॉल्ट: कोई भी)।</translation>
    </message>
    <message>
        <source>Talk to this Exotel-compatible server instead of the account&apos;s region (http only on loopback).</source>
        <translation>खाते के क्षेत्र के बजाय इस Exotel-संगत सर्वर से बात करें (http केवल लूपबैक पर)।</translation>
    </message>
    <message>
        <source>Account SID the sandbox accepts.</source>
        <translation>सैंडबॉक्स द्वारा स्वीकार किया जाने वाला खाता SID।</translation>
    </message>
    <message>
        <source>API key the sandbox accepts.</source>
        <translation>सैंडबॉक्स द्वारा स्वीकार की जाने वाली API कुंजी।</translation>
    </message>
    <message>
        <source>API token the sandbox accepts.</source>
        <translation>सैंडबॉक्स द्वारा स्वीकार किया जाने वाला API टोकन।</translation>
    </message>
    <message>
        <source>Milliseconds the sandbox waits per answer.</source>
        <translation>हर उत्तर से पहले सैंडबॉक्स कितने मिलीसेकंड रुके।</translation>
    </message>
    <message>
        <source>Share of sandbox requests answered with 503 (0–1).</source>
        <translation>सैंडबॉक्स अनुरोधों का वह हिस्सा जिसका उत्तर 503 से दिया जाए (0–1)।</translation>
    </message>
    <message>
        <source>Requests per minute the sandbox allows (default 200).</source>
        <translation>सैंडबॉक्स प्रति मिनट कितने अनुरोध स्वीकार करे (डिफ़ॉल्ट 200)।</translation>
    </message>
    <message>
        <source>Generated trunks to add to the sandbox&apos;s demo data.</source>
        <translation>सैंडबॉक्स के डेमो डेटा में जोड़े जाने वाले बनाए गए ट्रंक।</translation>
    </message>
    <message>
        <source>Language of the interface (en, hi); default: the system&apos;s.</source>
        <translation>इंटरफ़ेस की भाषा (en, hi); डिफ़ॉल्ट: सिस्टम की भाषा।</translation>
    </message>
    <message>
        <source>Choose either --sandbox or --sandbox-server, not both.</source>
        <translation>--sandbox या --sandbox-server में से कोई एक चुनें, दोनों नहीं।</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 में %2 से %3 तक की पूर्ण संख्या दें।</translation>
    </message>
    <message>
        <source>--sandbox-failure-rate takes a number from 0 to 1.</source>
        <translation>--sandbox-failure-rate में 0 से 1 तक की संख्या दें।</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Strong (about %1 bits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair (about %1 bits). 20 or more random characters are recommended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak (about %1 bits): accepted, but a SIP password is attacked by machines — use Generate or 20 or more random characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile from environment variables is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written (permission denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Mumbai (api.in.exotel.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore (api.exotel.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No API token is saved for this profile in the system keychain. Enter the token again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running). You can use the token for this session only; it will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or use the token for this session only; it will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translations</name>
    <message>
        <source>The language &quot;%1&quot; is not available (choose one of %2); using the system language.</source>
        <translation>भाषा &quot;%1&quot; उपलब्ध नहीं है (इनमें से चुनें: %2); सिस्टम की भाषा का उपयोग किया जा रहा है।</translation>
    </message>
</context>
<context>
    <name>exotrunk</name>
    <message>
        <source>(not created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel SIP trunk — hand-off summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk name:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk SID:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use case:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice AI provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect applet:    sip:%1  (Dial whom — the trunk SID only, not a full SIP URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domain:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exophone:          %1 (mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller-ID alias:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel edge (signalling toward Exotel):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regional edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RTP media:         UDP %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codec:             G.711 A-law (PCMA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted IP:    %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelisted IP:    %1/%2 (for the IP destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination URI:   sip:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP user name:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP password:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP password:      (not shown — shared separately)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Note: the password was generated again when the setup was resumed; use this one on the SIP side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not configured yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining manual steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. In App Bazaar (https://my.in.exotel.com/apps) create a Flow with a Connect applet whose Dial whom is sip:%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. Map the Exophone %2 to that Flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. Point the SIP side at the Exotel edge above, with the user name and password of this trunk (or from the whitelisted IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. Enter the same SIP user name and password on the Voice AI platform and confirm its host, port and transport with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1. Place a test call in each direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound to PSTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound from PSTN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice AI outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice AI inbound / StreamKit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your PBX or dialler places calls to phones through Exotel: a number plus an IP whitelist or SIP credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers dial your Exophone and reach your SIP server: a number plus a destination URI (and a Flow you build afterwards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common case: calls out through Exotel and calls in to your SIP server — number, authentication and destination URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Voice AI platform calls phones through Exotel: number in flow mode and SIP digest credentials shared with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callers reach a Voice AI agent: number in flow mode, the provider&apos;s SIP host as destination URI, digest credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode flow: calls on this number are routed to Voice AI (StreamKit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode pstn: calls go between the phone network and your SIP side; Flows with a Connect applet use pstn too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm host, port, transport and authentication with the provider before going live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ElevenLabs imports the number with SIP digest credentials that must match the trunk&apos;s. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the SIP URI of your LiveKit Cloud project and replace &lt;subdomain&gt;; the outbound trunk&apos;s authUsername/authPassword are the digest credentials. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retell&apos;s custom telephony uses sip.retellai.com (TCP; TLS and UDP also offered); its termination settings take the digest credentials. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bolna&apos;s SIP entry is an IP address, so it is added to the whitelist (/32) before the destination. The guide names no transport (sip:13.200.45.61:5060, so SIP&apos;s default UDP); Bolna does not support SRTP and its SIP trunking is in beta. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rapida&apos;s guide uses UDP on port 5060. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily gives each room its own sip_uri, usually bridged by your webhook server; a destination URI is only right when you run a fixed SIP ingress (an SBC). Outbound needs the number and digest credentials. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the SIP host your provider gives you. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::AboutDialog</name>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>About Exotrunk Console</source>
        <translation>Exotrunk Console के बारे में</translation>
    </message>
    <message>
        <source>Versions, licence, and where the console keeps its settings and logs</source>
        <translation>संस्करण, लाइसेंस, और कंसोल अपनी सेटिंग्स और लॉग कहाँ रखता है</translation>
    </message>
    <message>
        <source>Exotrunk Console icon</source>
        <translation>Exotrunk Console आइकन</translation>
    </message>
    <message>
        <source>Exotrunk Console %1</source>
        <translation>Exotrunk Console %1</translation>
    </message>
    <message>
        <source>Create and look after Exotel SIP trunks for many customer accounts.</source>
        <translation>कई ग्राहक खातों के लिए Exotel SIP ट्रंक बनाएँ और उनकी देखभाल करें।</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>संस्करण:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation>QtKeychain:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>लाइसेंस:</translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation>सेटिंग्स फ़ाइल:</translation>
    </message>
    <message>
        <source>Configuration folder:</source>
        <translation>कॉन्फ़िगरेशन फ़ोल्डर:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>डेटा फ़ोल्डर:</translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation>कैश फ़ोल्डर:</translation>
    </message>
    <message>
        <source>API tokens:</source>
        <translation>API टोकन:</translation>
    </message>
    <message>
        <source>In the system keychain (Secret Service), never in the settings file</source>
        <translation>सिस्टम कीचेन (Secret Service) में, कभी भी सेटिंग्स फ़ाइल में नहीं</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>लॉग:</translation>
    </message>
    <message>
        <source>Standard error; when started from the desktop menu, the session journal (journalctl --user)</source>
        <translation>मानक त्रुटि (standard error); डेस्कटॉप मेनू से शुरू करने पर सत्र जर्नल (journalctl --user)</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>विवरण कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>विवरण कॉपी करें</translation>
    </message>
    <message>
        <source>Puts the versions and locations on the clipboard, to paste into a support request</source>
        <translation>संस्करण और स्थान क्लिपबोर्ड पर रखता है, ताकि उन्हें सहायता अनुरोध में चिपकाया जा सके</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Closes the About window</source>
        <translation>&apos;बारे में&apos; विंडो बंद करता है</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (%2 के साथ बनाया गया)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>exotrunk::AccountManager</name>
    <message>
        <source>A profile with this id exists already; edit it instead of adding it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token of this profile was kept for one session only. Enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new API token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::AddDestinationsDialog</name>
    <message>
        <source>Add destinations to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host or FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound calls are sent to these SIP URIs. An IP address must be allowed on the trunk first (Allow IP); a host name (FQDN) needs no allow-list entry. TLS usually uses port 5061, TCP and UDP 5060.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UDP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sip.example.com or 203.0.113.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this IP and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a host name or an IPv4 address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IP destination is refused unless %1 is allowed on the trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n destination(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the answer did not mention this destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrying %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::AllowIpDialog</name>
    <message>
        <source>Allow IP on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IPv4 address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mas&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the peer&apos;s fixed public egress address, one IP at a time (/32). Exotel does not support CIDR ranges on trunks; if the provider&apos;s egress changes or is shared, use digest credentials instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowing %1/%2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::AuthWizardPage</name>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Exotel recognises calls from your side: a whitelisted IP, SIP digest credentials, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whitelist a static IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use SIP &amp;digest credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. elevenlabs-prod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password to the clipboard for the provider&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::CallerIdDialog</name>
    <message>
        <source>Caller-ID alias of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+918047112233</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;alias (E.164):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alias is the number shown to called parties for outbound calls on this trunk. Exotel&apos;s API can set it but cannot read it back: “Last set” is only what this console set, on this computer; a change made elsewhere does not show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set by this console (Exotel cannot report the current alias).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — set by this console on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the alias…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ChangeModeDialog</name>
    <message>
        <source>Change mode of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the mode…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::CreateCredentialDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SIP credential on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice_ai_user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, up to 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new random password of 24 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credential “%1” was created. Configure the peer with this user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::CredentialRotation</name>
    <message>
        <source>Choose the credential to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new user name must differ from the old one, so that both can exist while the peer is updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A credential named “%1” already exists on this trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New SIP digest credential for Exotel trunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: (shown once when the credential was created; not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel SIP edge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TLS: port %1 (transport=tls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  TCP: port %1 (transport=tcp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the user name “%1” and its password on the PBX or Voice AI platform. “%1” stops working when it is deleted after the update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new credential “%1” no longer exists on the trunk, so “%2” was kept: deleting it would leave the peer without a working credential.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::CredentialsModel</name>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials configured – Add SIP digest credentials so devices can authenticate to this trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::DeleteCredentialDialog</name>
    <message>
        <source>Delete credential %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the SIP digest credential &lt;b&gt;%1&lt;/b&gt; from trunk %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every PBX or Voice AI platform that still authenticates as “%1” will have its calls refused with &lt;b&gt;SIP 401 Unauthorized&lt;/b&gt; from the moment it is deleted. This cannot be undone. To replace a credential without downtime, use &lt;i&gt;Rotate credential&lt;/i&gt; instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::DestinationUrisModel</name>
    <message>
        <source>Destination URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No destination URIs configured – Configure destination URIs to route calls from this trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::DestinationWizardPage</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where Exotel sends inbound calls for this trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transport:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address or FQDN, e.g. sip.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already covered by the whitelist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP destination must be whitelisted first: %1/32 will be added to the whitelist automatically, before the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An FQDN destination needs no whitelist entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::DoneWizardPage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand this summary to whoever configures the SIP side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include the SIP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save hand-off summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk %1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk %1 was kept with parts missing (listed below). Finish it later from its details page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: the trunk was deleted, nothing was left on the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::EditDialogBase</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ExotelClient</name>
    <message>
        <source>The server may or may not have applied the change: refresh to see the current state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account SID contains characters that cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is missing or contains characters that are not allowed in an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer held no result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a single result where a list was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 on page %2 of the list could not be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server pointed to a next page on another server; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s pages do not end; the list was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave no result for this entry; refresh to see whether it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result for this entry could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting the request rate and refused this request %1 times; nothing was changed. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trunk SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one destination URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Every command of the console that has a keyboard shortcut</source>
        <translation>कंसोल का हर वह आदेश जिसका कीबोर्ड शॉर्टकट है</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>खोजें (&amp;F):</translation>
    </message>
    <message>
        <source>Type part of a command or a key</source>
        <translation>किसी आदेश या कुंजी का हिस्सा लिखें</translation>
    </message>
    <message>
        <source>Find shortcut</source>
        <translation>शॉर्टकट खोजें</translation>
    </message>
    <message>
        <source>Shows only the commands or keys that contain this text</source>
        <translation>केवल वे आदेश या कुंजियाँ दिखाता है जिनमें यह पाठ है</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>One row per command: the command and its keys</source>
        <translation>हर आदेश की एक पंक्ति: आदेश और उसकी कुंजियाँ</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>आदेश</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>शॉर्टकट</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Closes the keyboard shortcuts window</source>
        <translation>कीबोर्ड शॉर्टकट विंडो बंद करता है</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two shortcuts</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>exotrunk::MapNumberDialog</name>
    <message>
        <source>Map number to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+919876543210</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number (E.164):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::NumberWizardPage</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Exophone (DID) this trunk uses, in E.164 form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exophone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot list your Exophones: type the number (numbers already on this account&apos;s trunks are suggested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::OnceSecretPanel</name>
    <message>
        <source>&amp;Copy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only now.&lt;/b&gt; Exotel never returns it and the console does not store it: copy it to the peer&apos;s configuration before you leave this page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::PhoneNumbersModel</name>
    <message>
        <source>Phone Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone numbers assigned – Assign phone numbers to this trunk for incoming calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pstn (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ProgressWizardPage</name>
    <message>
        <source>Creating the trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each call and its state. Nothing is left half-made without you knowing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningEngine</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed by the roll-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attempted: it needs “%1”, which did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trunk named %1 already exists on this account; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel refused %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already existed — verified by listing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel reports %1 as a duplicate, but it is not on this trunk; it may belong to another trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already mapped — mode updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreated with the new password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningPlan</name>
    <message>
        <source>The trunk %1 itself was not created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number %1 is not mapped: no calls in or out with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP %1/%2 is not whitelisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination URI %1 is missing: inbound calls cannot reach you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP credentials %1 do not exist: digest authentication will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller-ID alias %1 is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after the whitelist)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningProgressWidget</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the failed and skipped calls again; nothing done is repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the trunk with what is missing; finish it later from the trunk&apos;s details page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trunk and everything added to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating… independent calls run at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roll-back failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some calls failed. Retry them, keep the trunk as it is, or roll back (delete the trunk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as is. The trunk&apos;s details page offers “Finish setup” later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back: deleting the trunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: nothing was left on the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningRequest</name>
    <message>
        <source>Enter the Exophone in E.164 form, e.g. +918047123456.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunks do not support CIDR ranges for Voice AI: whitelist each static IP with mask 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice AI platforms call from changing cloud IPs: add SIP digest credentials and use the same on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound calls need a whitelisted IP or SIP digest credentials (or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixing an IP whitelist with digest credentials is only advised when Exotel and the provider have confirmed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound calls need a destination URI: where Exotel sends calls for this trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP destinations must be whitelisted first; %1 will be added to the whitelist with mask 32.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningStep</name>
    <message>
        <source>Create trunk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map %1 (mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist %1/%2 (IP destination)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitelist %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add destination URI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create SIP credentials for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set caller-ID alias %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ReviewWizardPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These API calls will be made, in this order. Calls after the trunk run at the same time unless one needs another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create trunk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::RotateCredentialDialog</name>
    <message>
        <source>Rotate SIP credential — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create new credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this dialog. The rotation is saved and offered again as “Finish rotation” on the trunk page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;updated the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new credential was not created: %1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which credential do you want to replace?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console creates a new credential next to the old one, shows you its password once, and deletes the old credential only after you confirm that the PBX or Voice AI platform uses the new one — calls keep working throughout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the trunk&apos;s credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials of the trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, up to 32 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;friendly name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 random characters, generated now and shown once the credential exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off text for whoever configures the peer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;hand-off text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old credential was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Abandon rotation (keep both credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this rotation without deleting anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(created %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This trunk has no SIP digest credentials to rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the new credential %1 next to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new credential to the peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the rotation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This rotation was started %1: %2 was created to replace %3. Its password was shown once, when it was created, and &lt;b&gt;cannot be shown again&lt;/b&gt; — Exotel never returns it and the console never stored it. If the peer does not have it, do not continue: choose &lt;i&gt;Abandon&lt;/i&gt; after a failed delete, or delete %2 from the Credentials section and rotate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 cannot be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you confirm, both %1 and %2 work, so live calls are not affected. Update the PBX or Voice AI platform, check that it authenticates, then confirm: %1 is deleted next. If you close this dialog, the trunk page offers &lt;i&gt;Finish rotation&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;updated the peer — delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the old credential %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;&lt;br&gt;%2 still exists and still works, and so does %3. Retry now, or close this dialog: the rotation is saved and the trunk page offers &lt;i&gt;Finish rotation&lt;/i&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotation complete.&lt;/b&gt;&lt;br&gt;%1 was deleted; the peer now uses %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotation abandoned.&lt;/b&gt;&lt;br&gt;%1 was kept, and so was %2. Delete whichever the peer does not use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::SecretStore</name>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkDetailsWizardPage</name>
    <message>
        <source>Trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name you will recognise in the trunk list, and an optional caller ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. acme_pbx (letters, digits, _; up to 16)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, E.164, e.g. +918047123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller-ID &amp;alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by Exotel from your account SID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkEditActions</name>
    <message>
        <source>&amp;Map number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;mode…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel&apos;s API cannot remove a single number from a trunk. Ask Exotel support to unmap it, or delete the trunk (this removes all its numbers, IPs and destinations) and create it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allow IP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel&apos;s API cannot remove a single whitelisted IP. Ask Exotel support to remove it, or delete the trunk and create it again without that IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;destinations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel&apos;s API cannot remove a single destination URI. Ask Exotel support to remove it, or delete the trunk and create it again with the right destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set caller-ID &amp;alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate credential…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a credential without downtime: create a new one, update the peer, then delete the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish rotation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotel&apos;s API cannot rename a trunk. Create a new trunk with the new name, set it up the same way, move the peer to it, then delete the old trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credential rotation is waiting on this trunk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish rotation (%1 → %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rotation was interrupted: “%1” is still to be deleted once the peer uses “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch %1 between pstn and flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a number first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1; peers using it get SIP 401.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a credential first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkWizard</name>
    <message>
        <source>New trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trunk is not finished. If you close now, it stays as it is and its details page offers “Finish setup”. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkWizardController</name>
    <message>
        <source>A trunk named %1 already exists on this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::UseCaseWizardPage</name>
    <message>
        <source>What is this trunk for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The use case decides the number mode, the authentication and whether calls come in to a destination URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice AI provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1:%2 over %3, SIP digest credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the Voice AI use cases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::WhitelistedIpsModel</name>
    <message>
        <source>Whitelisted IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No whitelisted IPs configured – Add IP addresses to restrict trunk access and enhance security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP / Mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendly Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::numbermodetext</name>
    <message>
        <source>pstn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (behaves as pstn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;pstn&lt;/b&gt;: calls are carried as ordinary phone calls — use it for SIP ↔ PSTN and for Exotel flows whose &lt;i&gt;Connect&lt;/i&gt; applet dials the trunk.&lt;br&gt;&lt;b&gt;flow&lt;/b&gt;: calls to the number run an Exotel flow directly — use it to route to Voice AI / StreamKit (Voicebot, Stream) and other non-Connect applets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pstn — phone calls, Connect-applet flows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flow — Voice AI / StreamKit and other non-Connect applets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::Banner</name>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::CopyButton</name>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>कॉपी हो गया</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::DeleteTrunkDialog</name>
    <message>
        <source>Delete Trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trunk “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Calls through this trunk stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the trunk name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whitelisted IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 whitelisted IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destination URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 destination URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes with it its %1, %2, %3 and %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::MainWindow</name>
    <message>
        <source>Exotrunk Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the trunks again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Trunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a trunk (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Trunk by ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a trunk by its trunk SID (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Trunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Exotel Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Sandbox&lt;/b&gt; — changes here never reach Exotel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Your Exotel Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the trunk “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the trunk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exotel asked to slow down; continuing in %n second(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Trunk by ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk SID (for example trmum1c99b47f41d1f4a4d5c19au):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening trunk %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Exotrunk Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::SectionWidget</name>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::StateView</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkActionsDelegate</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkDetailsPage</name>
    <message>
        <source>Back to Trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the trunk list (Alt+Left, Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Trunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trunk ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIP URI (Connect applet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Trunking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NSO Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot read an alias back: this is the last alias set from this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Trunk SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy sip:&lt;trunk_sid&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SIP Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the trunk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading trunk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkListPage</name>
    <message>
        <source>Trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, ID or domain (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Trunk SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SIP URI (sip:&lt;trunk_sid&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Trunk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trunk(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 of %2 trunks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 trunks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the trunk list: %1 Showing the trunks loaded before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trunks match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter looks at trunk names, IDs and domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account to see its trunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading trunks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account does not list its trunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer the trunk list for this account. Trunks created or opened here appear in this list. Open a trunk by its ID, or create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Trunk (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trunks yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a trunk to connect your PBX or SIP provider to Exotel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Trunk by ID…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the trunks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkNameDelegate</name>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::WelcomePage</name>
    <message>
        <source>Welcome to Exotrunk Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and look after Exotel SIP trunks for your customers&apos; accounts. Add an account with its API key and token — the token is kept in your system keychain — or try everything first on the built-in sandbox, whose changes never reach Exotel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an Exotel Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explore the Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
