<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AccountManager</name>
    <message>
        <source>This account profile no longer exists.</source>
        <translation>यह खाता प्रोफ़ाइल अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>%1 (from environment)</source>
        <translation>%1 (एनवायरनमेंट से)</translation>
    </message>
</context>
<context>
    <name>AccountProfile</name>
    <message>
        <source>Mumbai</source>
        <translation>मुंबई</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>सिंगापुर</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>कस्टम सर्वर</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>प्रोफ़ाइल को एक नाम दें।</translation>
    </message>
    <message>
        <source>Enter the Account SID.</source>
        <translation>खाता SID दर्ज करें।</translation>
    </message>
    <message>
        <source>The Account SID has only letters, digits, &apos;_&apos; and &apos;-&apos; (no spaces).</source>
        <translation>खाता SID में केवल अक्षर, अंक, &apos;_&apos; और &apos;-&apos; होते हैं (कोई स्पेस नहीं)।</translation>
    </message>
    <message>
        <source>Enter the API key.</source>
        <translation>API कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>The API key starts or ends with a space.</source>
        <translation>API कुंजी के आरंभ या अंत में स्पेस है।</translation>
    </message>
</context>
<context>
    <name>ClientConfig</name>
    <message>
        <source>The server address is not a valid URL with a host.</source>
        <translation>सर्वर पता होस्ट सहित मान्य URL नहीं है।</translation>
    </message>
    <message>
        <source>Do not put credentials in the server address; they would end up in logs.</source>
        <translation>सर्वर पते में क्रेडेंशियल न डालें; वे लॉग में पहुँच जाएँगे।</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for a server on this machine (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>सादा http:// केवल इसी मशीन के सर्वर (127.0.0.1, ::1, localhost) के लिए अनुमत है; %1 के लिए https:// का उपयोग करें।</translation>
    </message>
    <message>
        <source>The server address must start with https://.</source>
        <translation>सर्वर पता https:// से शुरू होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>ClosePrompt</name>
    <message>
        <source>Close while the trunk is unfinished?</source>
        <translation>ट्रंक अधूरा रहते हुए बंद करें?</translation>
    </message>
    <message>
        <source>The trunk is not finished. If you close now, it keeps what is done so far and its details page offers “Finish setup”. Close anyway?</source>
        <translation>ट्रंक पूरा नहीं हुआ है। अभी बंद करने पर जितना हो चुका है वह बना रहता है, और उसका विवरण पेज “सेटअप पूरा करें” देता है। फिर भी बंद करें?</translation>
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
    <message>
        <source>Serve HTTPS from --sandbox-server, with a self-signed certificate generated at start unless --tls-cert is given.</source>
        <translation>--sandbox-server से HTTPS परोसें; --tls-cert न दिया हो तो शुरू होते समय एक स्व-हस्ताक्षरित प्रमाणपत्र बनाया जाता है।</translation>
    </message>
    <message>
        <source>PEM certificate (a chain may follow) for --tls.</source>
        <translation>--tls के लिए PEM प्रमाणपत्र (उसके बाद एक शृंखला हो सकती है)।</translation>
    </message>
    <message>
        <source>Unencrypted PEM private key for --tls-cert.</source>
        <translation>--tls-cert के लिए बिना एन्क्रिप्शन वाली PEM निजी कुंजी।</translation>
    </message>
    <message>
        <source>Give --tls-cert and --tls-key together.</source>
        <translation>--tls-cert और --tls-key एक साथ दें।</translation>
    </message>
    <message>
        <source>--tls, --tls-cert and --tls-key are for --sandbox-server only.</source>
        <translation>--tls, --tls-cert और --tls-key केवल --sandbox-server के लिए हैं।</translation>
    </message>
    <message>
        <source>Print the console&apos;s debug messages (never a token or password).</source>
        <translation>कंसोल के डीबग संदेश दिखाएँ (कभी कोई टोकन या पासवर्ड नहीं)।</translation>
    </message>
    <message>
        <source>Let the sandbox answer only the endpoints of the API reference: those documented only in the vendor&apos;s samples (trunk listing and reading included) answer 404, like a path the API does not have.</source>
        <translation>सैंडबॉक्स केवल API reference के endpoints का उत्तर दे: जो केवल विक्रेता के नमूनों में दर्ज हैं (ट्रंक सूची और पढ़ना भी) वे 404 देंगे, जैसे API में वह पथ ही न हो।</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>--api-url needs EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN in the environment.</source>
        <translation>--api-url के लिए एनवायरनमेंट में EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY और EXOTEL_API_TOKEN चाहिए।</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>सैंडबॉक्स शुरू नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>सैंडबॉक्स</translation>
    </message>
    <message>
        <source>Sandbox (this computer)</source>
        <translation>सैंडबॉक्स (यह कंप्यूटर)</translation>
    </message>
    <message>
        <source>The account could not be opened.</source>
        <translation>खाता खोला नहीं जा सका।</translation>
    </message>
    <message>
        <source>No temporary folder for the sandbox&apos;s certificate: %1</source>
        <translation>सैंडबॉक्स के प्रमाणपत्र के लिए कोई अस्थायी फ़ोल्डर नहीं: %1</translation>
    </message>
    <message>
        <source>Reference only: endpoints documented only in the vendor&apos;s samples (listing trunks among them) answer 404.</source>
        <translation>केवल reference: जो endpoints केवल विक्रेता के नमूनों में दर्ज हैं (ट्रंक सूची भी) वे 404 देते हैं।</translation>
    </message>
</context>
<context>
    <name>Exotrunkctl</name>
    <message>
        <source>Trunk SID</source>
        <translation>ट्रंक SID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>डोमेन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>बनाया गया (UTC)</translation>
    </message>
    <message>
        <source>blocks calls</source>
        <translation>कॉल रोकता है</translation>
    </message>
    <message>
        <source>risky</source>
        <translation>जोखिम भरा</translation>
    </message>
    <message>
        <source>note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>प्रमाणीकरण प्रकार</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Whitelisted IPs</source>
        <translation>अनुमत IP</translation>
    </message>
    <message>
        <source>Destination URIs</source>
        <translation>गंतव्य URI</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>क्रेडेंशियल</translation>
    </message>
    <message>
        <source>--confirm must be the trunk&apos;s name, &quot;%1&quot;: nothing was deleted.</source>
        <translation>--confirm में ट्रंक का नाम, &quot;%1&quot;, होना चाहिए: कुछ नहीं हटाया गया।</translation>
    </message>
    <message>
        <source>Deleted %1 (%2), with its numbers, IPs and destinations.
</source>
        <translation>%1 (%2) हटाया गया, उसके नंबर, IP और गंतव्यों के साथ।
</translation>
    </message>
    <message>
        <source>Unknown purpose &quot;%1&quot;.</source>
        <translation>अज्ञात उद्देश्य &quot;%1&quot;।</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>नियम</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>कारण</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>खंड</translation>
    </message>
    <message>
        <source>Purpose: %1
</source>
        <translation>उद्देश्य: %1
</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation>खाता SID</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>क्षेत्र</translation>
    </message>
    <message>
        <source>No saved profile is called &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; नाम की कोई सहेजी गई प्रोफ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>--api-url needs EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN in the environment.</source>
        <translation>--api-url के लिए environment में EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY और EXOTEL_API_TOKEN चाहिए।</translation>
    </message>
    <message>
        <source>No profile: add one in exotrunk-console, name one with --profile, or set EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN.</source>
        <translation>कोई प्रोफ़ाइल नहीं: exotrunk-console में एक जोड़ें, --profile से नाम दें, या EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY और EXOTEL_API_TOKEN सेट करें।</translation>
    </message>
    <message>
        <source>trunk delete needs --confirm with the trunk&apos;s name.</source>
        <translation>trunk delete के लिए ट्रंक के नाम के साथ --confirm चाहिए।</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; see --help.</source>
        <translation>अज्ञात आदेश &quot;%1&quot;; --help देखें।</translation>
    </message>
    <message>
        <source>Script what Exotrunk Console does with Exotel SIP trunks.</source>
        <translation>Exotrunk Console जो Exotel SIP ट्रंक के साथ करता है, उसे स्क्रिप्ट से करें।</translation>
    </message>
    <message>
        <source>Saved profile (name or id) to act for.</source>
        <translation>किस सहेजी गई प्रोफ़ाइल (नाम या id) के लिए काम करें।</translation>
    </message>
    <message>
        <source>Exotel-compatible server for the EXOTEL_* profile.</source>
        <translation>EXOTEL_* प्रोफ़ाइल के लिए Exotel-संगत सर्वर।</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON छापें।</translation>
    </message>
    <message>
        <source>Print what the client does on standard error (never a token).</source>
        <translation>क्लाइंट जो करता है उसे standard error पर छापें (कभी टोकन नहीं)।</translation>
    </message>
    <message>
        <source>Print CSV.</source>
        <translation>CSV छापें।</translation>
    </message>
    <message>
        <source>The trunk&apos;s name, to confirm a delete.</source>
        <translation>हटाने की पुष्टि के लिए ट्रंक का नाम।</translation>
    </message>
    <message>
        <source>What the trunk is for, for check: outbound_pstn, inbound_pstn, both, voice_ai_inbound, voice_ai_outbound.</source>
        <translation>check के लिए ट्रंक का उद्देश्य: outbound_pstn, inbound_pstn, both, voice_ai_inbound, voice_ai_outbound।</translation>
    </message>
    <message>
        <source>See Commands above.</source>
        <translation>ऊपर आदेश देखें।</translation>
    </message>
    <message>
        <source>No command; see --help.</source>
        <translation>कोई आदेश नहीं; --help देखें।</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other.</source>
        <translation>--json और --csv एक साथ नहीं चल सकते।</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>The trunk has no destination URIs: nothing to probe.</source>
        <translation>ट्रंक में कोई गंतव्य URI नहीं है: जाँचने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>Probing %1 of %2 destinations done…</source>
        <translation>%2 में से %1 गंतव्यों की जाँच पूरी…</translation>
    </message>
    <message>
        <source>Commands:
  profiles                          the saved profiles (* marks the active one)
  trunks list                       the account&apos;s trunks
  trunk show SID                    one trunk with its numbers, IPs, destinations and credentials
  trunk delete SID --confirm NAME   delete a trunk; NAME must be its name
  check SID [--purpose KEY]         the readiness check (exit code 1 when a finding blocks calls)
  export SID                        the trunk&apos;s configuration as JSON (never a password)
  trunk rename SID NAME             give the trunk another name (its SID stays)
  number map SID E164 [--mode M]    map an Exophone to the trunk (M: pstn or flow)
  number mode SID E164 pstn|flow    change a mapped number&apos;s mode
  number remove SID E164...         unmap numbers
  ip add SID IP[/MASK]              whitelist an address (mask 16-32, default 32)
  ip remove SID IP[/MASK]...        remove whitelisted addresses
  destination remove SID URI...     remove destination URIs (as trunk show prints them)
  credential delete SID USER...     delete credentials by user name
  alias set SID E164                set the caller-ID alias
  alias remove SID                  remove the caller-ID alias
  probe SID [--timeout SECONDS]     DNS, TCP, TLS and SIP OPTIONS to each destination URI, from this computer (exit code 1 when one does not answer; Ctrl+C stops it)

Removals say what stops working and need --yes, or &quot;yes&quot; typed at a terminal.

Profiles: --profile NAME (a saved profile, its token from the system keychain), else EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY and EXOTEL_API_TOKEN (with --api-url), else the active profile.
Exit codes: 0 ok, 1 failed, 2 usage, 3 partially applied, 4 refused by the server, 5 not reachable.</source>
        <translation>आदेश:
  profiles                          सहेजी गई प्रोफ़ाइलें (* सक्रिय प्रोफ़ाइल दिखाता है)
  trunks list                       खाते के ट्रंक
  trunk show SID                    एक ट्रंक, उसके नंबर, IP, गंतव्य और क्रेडेंशियल के साथ
  trunk delete SID --confirm NAME   ट्रंक हटाएँ; NAME उसका नाम होना चाहिए
  check SID [--purpose KEY]         तैयारी की जाँच (कोई समस्या कॉल रोके तो निकास कोड 1)
  export SID                        ट्रंक का कॉन्फ़िगरेशन JSON में (कभी पासवर्ड नहीं)
  trunk rename SID NAME             ट्रंक को दूसरा नाम दें (उसका SID वही रहता है)
  number map SID E164 [--mode M]    Exophone को ट्रंक से मैप करें (M: pstn या flow)
  number mode SID E164 pstn|flow    मैप किए नंबर का मोड बदलें
  number remove SID E164...         नंबर अनमैप करें
  ip add SID IP[/MASK]              पता अनुमत करें (मास्क 16-32, डिफ़ॉल्ट 32)
  ip remove SID IP[/MASK]...        अनुमत पते हटाएँ
  destination remove SID URI...     गंतव्य URI हटाएँ (जैसे trunk show उन्हें छापता है)
  credential delete SID USER...     यूज़र नाम से क्रेडेंशियल हटाएँ
  alias set SID E164                कॉलर-ID उपनाम सेट करें
  alias remove SID                  कॉलर-ID उपनाम हटाएँ
  probe SID [--timeout SECONDS]     हर गंतव्य URI तक DNS, TCP, TLS और SIP OPTIONS, इस कंप्यूटर से (कोई उत्तर न दे तो निकास कोड 1; Ctrl+C इसे रोकता है)

हटाने से पहले बताया जाता है कि क्या काम करना बंद करेगा; इसके लिए --yes चाहिए, या टर्मिनल पर &quot;yes&quot; टाइप करें।

प्रोफ़ाइल: --profile NAME (सहेजी गई प्रोफ़ाइल, उसका टोकन सिस्टम कीचेन से), नहीं तो EXOTEL_ACCOUNT_SID, EXOTEL_API_KEY और EXOTEL_API_TOKEN (--api-url के साथ), नहीं तो सक्रिय प्रोफ़ाइल।
निकास कोड: 0 ठीक, 1 विफल, 2 गलत उपयोग, 3 आंशिक रूप से लागू, 4 सर्वर ने मना किया, 5 पहुँच नहीं।</translation>
    </message>
    <message>
        <source>--timeout must be a whole number of seconds, 1 to 60.</source>
        <translation>--timeout सेकंड की पूर्ण संख्या होनी चाहिए, 1 से 60।</translation>
    </message>
    <message>
        <source>Confirm a removal without asking (for scripts).</source>
        <translation>बिना पूछे हटाने की पुष्टि करें (स्क्रिप्ट के लिए)।</translation>
    </message>
    <message>
        <source>For number map: pstn or flow.</source>
        <translation>number map के लिए: pstn या flow।</translation>
    </message>
    <message>
        <source>For probe: the limit of each step (DNS, connect, TLS, OPTIONS), in seconds; default 5.</source>
        <translation>probe के लिए: हर चरण (DNS, कनेक्ट, TLS, OPTIONS) की सीमा, सेकंड में; डिफ़ॉल्ट 5।</translation>
    </message>
    <message>
        <source>The trunk has no %1 &quot;%2&quot;: nothing was changed.</source>
        <translation>ट्रंक में कोई %1 &quot;%2&quot; नहीं है: कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Nothing was changed: add --yes to confirm this removal.</source>
        <translation>कुछ नहीं बदला गया: इस हटाने की पुष्टि के लिए --yes जोड़ें।</translation>
    </message>
    <message>
        <source>Type yes to continue: </source>
        <translation>जारी रखने के लिए yes टाइप करें: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Another removal is still running.</source>
        <translation>एक और हटाना अभी चल रहा है।</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>Renamed: %1.</source>
        <translation>नाम बदला गया: %1।</translation>
    </message>
    <message>
        <source>--mode must be pstn or flow.</source>
        <translation>--mode pstn या flow होना चाहिए।</translation>
    </message>
    <message>
        <source>Mapped %1 (id %2).</source>
        <translation>%1 मैप किया गया (id %2)।</translation>
    </message>
    <message>
        <source>The mode must be pstn or flow.</source>
        <translation>मोड pstn या flow होना चाहिए।</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>%1 is now in %2 mode.</source>
        <translation>%1 अब %2 मोड में है।</translation>
    </message>
    <message>
        <source>The mask must be a whole number, 16 to 32.</source>
        <translation>मास्क 16 से 32 तक की पूर्ण संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>Whitelisted %1 (id %2).</source>
        <translation>%1 अनुमत किया गया (id %2)।</translation>
    </message>
    <message>
        <source>whitelisted IP</source>
        <translation>अनुमत IP</translation>
    </message>
    <message>
        <source>destination URI</source>
        <translation>गंतव्य URI</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>क्रेडेंशियल</translation>
    </message>
    <message>
        <source>Outbound calls now show %1.</source>
        <translation>आउटबाउंड कॉल अब %1 दिखाती हैं।</translation>
    </message>
    <message>
        <source>The trunk has no caller-ID alias: nothing was changed.</source>
        <translation>ट्रंक में कोई कॉलर-ID उपनाम नहीं है: कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Removed the caller-ID alias %1.</source>
        <translation>कॉलर-ID उपनाम %1 हटाया गया।</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message>
        <source>Strong (about %1 bits).</source>
        <translation>मज़बूत (लगभग %1 बिट)।</translation>
    </message>
    <message>
        <source>Fair (about %1 bits). 20 or more random characters are recommended.</source>
        <translation>ठीक-ठाक (लगभग %1 बिट)। 20 या अधिक यादृच्छिक वर्णों की सलाह दी जाती है।</translation>
    </message>
    <message>
        <source>Weak (about %1 bits): accepted, but a SIP password is attacked by machines — use Generate or 20 or more random characters.</source>
        <translation>कमज़ोर (लगभग %1 बिट): स्वीकार है, पर SIP पासवर्ड पर मशीनें हमला करती हैं — &quot;बनाएँ&quot; का उपयोग करें या 20 या अधिक यादृच्छिक वर्ण रखें।</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>A profile from environment variables is not saved.</source>
        <translation>एनवायरनमेंट वेरिएबल से बनी प्रोफ़ाइल सहेजी नहीं जाती।</translation>
    </message>
    <message>
        <source>The profile has no valid id.</source>
        <translation>प्रोफ़ाइल की कोई मान्य id नहीं है।</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be written (permission denied).</source>
        <translation>सेटिंग्स फ़ाइल %1 में लिखा नहीं जा सकता (अनुमति नहीं है)।</translation>
    </message>
    <message>
        <source>The settings file %1 is damaged and was not changed.</source>
        <translation>सेटिंग्स फ़ाइल %1 क्षतिग्रस्त है और उसे बदला नहीं गया।</translation>
    </message>
</context>
<context>
    <name>ProvisioningOwnership</name>
    <message>
        <source>an unknown time</source>
        <translation>अज्ञात समय</translation>
    </message>
    <message>
        <source>trunk “%1” (SID %2, created %3)</source>
        <translation>ट्रंक “%1” (SID %2, %3 को बनाया गया)</translation>
    </message>
    <message>
        <source>This setup cannot prove it created the trunk named “%1”, so it neither uses nor deletes it. Its own request for trunk “%1” (no SID yet) was first sent at %2; on the account is %3. Check the trunk list: if that trunk is left over from this setup, delete it yourself and retry; otherwise choose another name.</source>
        <translation>यह सेटअप साबित नहीं कर सकता कि “%1” नाम का ट्रंक उसी ने बनाया है, इसलिए वह न उसका उपयोग करता है और न उसे हटाता है। ट्रंक “%1” (अभी कोई SID नहीं) के लिए इसका अपना अनुरोध पहली बार %2 को भेजा गया था; खाते पर %3 है। ट्रंक सूची जाँचें: अगर वह ट्रंक इसी सेटअप से बचा हुआ है, तो उसे स्वयं हटाएँ और फिर से कोशिश करें; अन्यथा कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>; and </source>
        <translation>; और </translation>
    </message>
    <message>
        <source>credential “%1” (id %2, created %3)</source>
        <translation>क्रेडेंशियल “%1” (id %2, %3 को बनाया गया)</translation>
    </message>
    <message>
        <source>This setup cannot prove it created the credential “%1”, so it neither uses nor deletes it. Its own request was first sent at %2; on the trunk is %3. Delete that credential yourself and retry, or keep the trunk without it.</source>
        <translation>यह सेटअप साबित नहीं कर सकता कि क्रेडेंशियल “%1” उसी ने बनाया है, इसलिए वह न उसका उपयोग करता है और न उसे हटाता है। इसका अपना अनुरोध पहली बार %2 को भेजा गया था; ट्रंक पर %3 है। उस क्रेडेंशियल को स्वयं हटाएँ और फिर से कोशिश करें, या ट्रंक को उसके बिना रखें।</translation>
    </message>
</context>
<context>
    <name>QAccessibleComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>चयन सूची खोलें</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <source>Mumbai (api.in.exotel.com)</source>
        <translation>मुंबई (api.in.exotel.com)</translation>
    </message>
    <message>
        <source>Singapore (api.exotel.com)</source>
        <translation>सिंगापुर (api.exotel.com)</translation>
    </message>
    <message>
        <source>Custom server</source>
        <translation>कस्टम सर्वर</translation>
    </message>
</context>
<context>
    <name>SandboxTls</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>The openssl command is needed to generate the sandbox&apos;s certificate (install the openssl package), or give --tls-cert and --tls-key.</source>
        <translation>सैंडबॉक्स का प्रमाणपत्र बनाने के लिए openssl कमांड चाहिए (openssl पैकेज इंस्टॉल करें), या --tls-cert और --tls-key दें।</translation>
    </message>
    <message>
        <source>openssl could not generate a certificate: %1</source>
        <translation>openssl प्रमाणपत्र नहीं बना सका: %1</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 में कोई PEM प्रमाणपत्र नहीं है।</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA or EC private key in PEM form.</source>
        <translation>%1 में PEM रूप में कोई बिना एन्क्रिप्शन वाली RSA या EC निजी कुंजी नहीं है।</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No API token is saved for this profile in the system keychain. Enter the token again.</source>
        <translation>सिस्टम कीचेन में इस प्रोफ़ाइल का कोई API टोकन सहेजा नहीं है। टोकन फिर से दर्ज करें।</translation>
    </message>
    <message>
        <source>No system keychain is available (no Secret Service is running). You can use the token for this session only; it will not be saved.</source>
        <translation>कोई सिस्टम कीचेन उपलब्ध नहीं है (कोई Secret Service नहीं चल रही)। आप टोकन का उपयोग केवल इस सत्र के लिए कर सकते हैं; वह सहेजा नहीं जाएगा।</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or use the token for this session only; it will not be saved.</source>
        <translation>सिस्टम कीचेन लॉक है या उसने पहुँच से इनकार किया। उसे अनलॉक करके फिर कोशिश करें, या टोकन का उपयोग केवल इस सत्र के लिए करें; वह सहेजा नहीं जाएगा।</translation>
    </message>
    <message>
        <source>The system keychain could not complete the request. Try again.</source>
        <translation>सिस्टम कीचेन अनुरोध पूरा नहीं कर सका। फिर से कोशिश करें।</translation>
    </message>
</context>
<context>
    <name>TlsTrust</name>
    <message>
        <source>no host name</source>
        <translation>कोई होस्ट नाम नहीं</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued for another host name (%1), not for %2. Check the server address of the account: a wrong address, or a proxy, may be answering.</source>
        <translation>सर्वर का प्रमाणपत्र किसी दूसरे होस्ट नाम (%1) के लिए जारी हुआ है, %2 के लिए नहीं। खाते का सर्वर पता जाँचें: हो सकता है कोई गलत पता या प्रॉक्सी जवाब दे रहा हो।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. Check this computer&apos;s date and time; if they are right, the server&apos;s operator must renew the certificate.</source>
        <translation>सर्वर के प्रमाणपत्र की अवधि %1 को समाप्त हो गई। इस कंप्यूटर की तारीख़ और समय जाँचें; अगर वे सही हैं, तो सर्वर के संचालक को प्रमाणपत्र नवीनीकृत करना होगा।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is valid only from %1. Check this computer&apos;s date and time.</source>
        <translation>सर्वर का प्रमाणपत्र %1 से ही मान्य है। इस कंप्यूटर की तारीख़ और समय जाँचें।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was revoked by its issuer. Do not use this connection; tell the server&apos;s operator.</source>
        <translation>सर्वर का प्रमाणपत्र उसके जारीकर्ता ने रद्द कर दिया है। इस कनेक्शन का उपयोग न करें; सर्वर के संचालक को बताएँ।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it is self-signed (%1). If this is your own test server, add that certificate to the account profile as its extra CA certificate (Edit account, Advanced); otherwise do not use this connection.</source>
        <translation>सर्वर का प्रमाणपत्र विश्वसनीय नहीं है: यह स्व-हस्ताक्षरित है (%1)। अगर यह आपका अपना परीक्षण सर्वर है, तो वह प्रमाणपत्र खाता प्रोफ़ाइल में अतिरिक्त CA प्रमाणपत्र के रूप में जोड़ें (खाता संपादित करें, उन्नत); अन्यथा इस कनेक्शन का उपयोग न करें।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: its issuer (%1) is not among the certificate authorities this computer trusts. If your network inspects HTTPS traffic, add your organisation&apos;s CA certificate to the account profile (Edit account, Advanced); otherwise do not use this connection.</source>
        <translation>सर्वर का प्रमाणपत्र विश्वसनीय नहीं है: इसका जारीकर्ता (%1) उन प्रमाणपत्र प्राधिकरणों में नहीं है जिन पर यह कंप्यूटर भरोसा करता है। अगर आपका नेटवर्क HTTPS ट्रैफ़िक की जाँच करता है, तो अपने संगठन का CA प्रमाणपत्र खाता प्रोफ़ाइल में जोड़ें (खाता संपादित करें, उन्नत); अन्यथा इस कनेक्शन का उपयोग न करें।</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified: %1.</source>
        <translation>सर्वर का प्रमाणपत्र सत्यापित नहीं हो सका: %1।</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist. Choose it again, or clear the field.</source>
        <translation>CA प्रमाणपत्र फ़ाइल %1 मौजूद नहीं है। उसे फिर से चुनें, या फ़ील्ड खाली करें।</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read (%2). Check its permissions, or choose another copy.</source>
        <translation>CA प्रमाणपत्र फ़ाइल %1 पढ़ी नहीं जा सकती (%2)। उसकी अनुमतियाँ जाँचें, या कोई दूसरी प्रति चुनें।</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a CA certificate file. Choose the PEM or DER file with the CA certificate.</source>
        <translation>फ़ाइल %1 CA प्रमाणपत्र फ़ाइल होने के लिए बहुत बड़ी है। CA प्रमाणपत्र वाली PEM या DER फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The file %1 contains a private key. Choose a file with only the CA certificate, and keep the key secret.</source>
        <translation>फ़ाइल %1 में एक निजी कुंजी है। केवल CA प्रमाणपत्र वाली फ़ाइल चुनें, और कुंजी गुप्त रखें।</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM or DER form. Choose the CA certificate file your IT department gave you (usually .pem or .crt).</source>
        <translation>फ़ाइल %1 में PEM या DER रूप में कोई प्रमाणपत्र नहीं है। वह CA प्रमाणपत्र फ़ाइल चुनें जो आपके IT विभाग ने दी है (आमतौर पर .pem या .crt)।</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified.</source>
        <translation>सर्वर का प्रमाणपत्र सत्यापित नहीं हो सका।</translation>
    </message>
    <message>
        <source>Nothing was sent to the server.</source>
        <translation>सर्वर को कुछ नहीं भेजा गया।</translation>
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
    <name>Validation</name>
    <message>
        <source>An IPv4 address has exactly four numbers separated by dots, like 203.0.113.10.</source>
        <translation>IPv4 पते में ठीक चार संख्याएँ होती हैं जो बिंदुओं से अलग होती हैं, जैसे 203.0.113.10।</translation>
    </message>
    <message>
        <source>An IPv4 address has a number between every two dots, like 203.0.113.10.</source>
        <translation>IPv4 पते में हर दो बिंदुओं के बीच एक संख्या होती है, जैसे 203.0.113.10।</translation>
    </message>
    <message>
        <source>An IPv4 address contains only the digits 0–9 and dots, like 203.0.113.10.</source>
        <translation>IPv4 पते में केवल अंक 0–9 और बिंदु होते हैं, जैसे 203.0.113.10।</translation>
    </message>
    <message>
        <source>Remove the leading zeros in &quot;%1&quot;: some systems read them as octal.</source>
        <translation>&quot;%1&quot; में आगे के शून्य हटाएँ: कुछ सिस्टम उन्हें ऑक्टल के रूप में पढ़ते हैं।</translation>
    </message>
    <message>
        <source>Each number of an IPv4 address is between 0 and 255; &quot;%1&quot; is out of range.</source>
        <translation>IPv4 पते की हर संख्या 0 से 255 के बीच होती है; &quot;%1&quot; सीमा से बाहर है।</translation>
    </message>
    <message>
        <source>the unspecified address 0.0.0.0</source>
        <translation>अनिर्दिष्ट पता 0.0.0.0</translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation>ब्रॉडकास्ट पता</translation>
    </message>
    <message>
        <source>in 0.0.0.0/8 (&quot;this network&quot;)</source>
        <translation>0.0.0.0/8 में (&quot;यह नेटवर्क&quot;)</translation>
    </message>
    <message>
        <source>a private address (10.0.0.0/8)</source>
        <translation>एक निजी पता (10.0.0.0/8)</translation>
    </message>
    <message>
        <source>a carrier-grade NAT address (100.64.0.0/10)</source>
        <translation>एक कैरियर-ग्रेड NAT पता (100.64.0.0/10)</translation>
    </message>
    <message>
        <source>a loopback address (127.0.0.0/8)</source>
        <translation>एक लूपबैक पता (127.0.0.0/8)</translation>
    </message>
    <message>
        <source>a link-local address (169.254.0.0/16)</source>
        <translation>एक लिंक-लोकल पता (169.254.0.0/16)</translation>
    </message>
    <message>
        <source>a private address (172.16.0.0/12)</source>
        <translation>एक निजी पता (172.16.0.0/12)</translation>
    </message>
    <message>
        <source>reserved for IETF protocol assignments (192.0.0.0/24)</source>
        <translation>IETF प्रोटोकॉल आवंटन के लिए आरक्षित (192.0.0.0/24)</translation>
    </message>
    <message>
        <source>reserved for documentation (192.0.2.0/24)</source>
        <translation>दस्तावेज़ीकरण के लिए आरक्षित (192.0.2.0/24)</translation>
    </message>
    <message>
        <source>a deprecated 6to4 relay address (192.88.99.0/24)</source>
        <translation>एक अप्रचलित 6to4 रिले पता (192.88.99.0/24)</translation>
    </message>
    <message>
        <source>a private address (192.168.0.0/16)</source>
        <translation>एक निजी पता (192.168.0.0/16)</translation>
    </message>
    <message>
        <source>reserved for benchmarking (198.18.0.0/15)</source>
        <translation>बेंचमार्किंग के लिए आरक्षित (198.18.0.0/15)</translation>
    </message>
    <message>
        <source>reserved for documentation (198.51.100.0/24)</source>
        <translation>दस्तावेज़ीकरण के लिए आरक्षित (198.51.100.0/24)</translation>
    </message>
    <message>
        <source>reserved for documentation (203.0.113.0/24)</source>
        <translation>दस्तावेज़ीकरण के लिए आरक्षित (203.0.113.0/24)</translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation>एक मल्टीकास्ट पता (224.0.0.0/4)</translation>
    </message>
    <message>
        <source>reserved for future use (240.0.0.0/4)</source>
        <translation>भविष्य के उपयोग के लिए आरक्षित (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>Enter a trunk name.</source>
        <translation>ट्रंक का नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>A trunk name has at most 16 characters; this one has %1.</source>
        <translation>ट्रंक के नाम में अधिकतम 16 वर्ण होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>A trunk name cannot contain spaces: use an underscore instead, e.g. my_pbx_trunk.</source>
        <translation>ट्रंक के नाम में रिक्त स्थान नहीं हो सकते: उसकी जगह अंडरस्कोर का उपयोग करें, जैसे my_pbx_trunk।</translation>
    </message>
    <message>
        <source>A trunk name may contain only letters A–Z, digits and underscores, e.g. my_pbx_trunk.</source>
        <translation>ट्रंक के नाम में केवल अक्षर A–Z, अंक और अंडरस्कोर हो सकते हैं, जैसे my_pbx_trunk।</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 form, e.g. +919876543210.</source>
        <translation>फ़ोन नंबर E.164 रूप में दर्ज करें, जैसे +919876543210।</translation>
    </message>
    <message>
        <source>Only one + is allowed, at the start of the number.</source>
        <translation>केवल एक + की अनुमति है, नंबर की शुरुआत में।</translation>
    </message>
    <message>
        <source>Remove spaces, dashes and brackets: write the number as +%1.</source>
        <translation>रिक्त स्थान, डैश और कोष्ठक हटाएँ: नंबर को +%1 के रूप में लिखें।</translation>
    </message>
    <message>
        <source>Use the digits 0–9 only; the number contains other numerals.</source>
        <translation>केवल अंक 0–9 का उपयोग करें; नंबर में दूसरे अंक हैं।</translation>
    </message>
    <message>
        <source>A phone number contains only a leading + and digits, e.g. +919876543210.</source>
        <translation>फ़ोन नंबर में केवल शुरुआत में + और अंक होते हैं, जैसे +919876543210।</translation>
    </message>
    <message>
        <source>Replace the leading 00 with +: write the number as +%1.</source>
        <translation>शुरुआत के 00 को + से बदलें: नंबर को +%1 के रूप में लिखें।</translation>
    </message>
    <message>
        <source>Drop the trunk prefix 0 and start with + and the country code, e.g. +919876543210.</source>
        <translation>ट्रंक उपसर्ग 0 हटाएँ और + तथा देश कोड से शुरू करें, जैसे +919876543210।</translation>
    </message>
    <message>
        <source>Start the number with + and the country code, e.g. %1.</source>
        <translation>नंबर + और देश कोड से शुरू करें, जैसे %1।</translation>
    </message>
    <message>
        <source>Enter the digits after the +.</source>
        <translation>+ के बाद के अंक दर्ज करें।</translation>
    </message>
    <message>
        <source>A country code never starts with 0: after the + comes the country code, e.g. +91.</source>
        <translation>देश कोड कभी 0 से शुरू नहीं होता: + के बाद देश कोड आता है, जैसे +91।</translation>
    </message>
    <message>
        <source>An E.164 number has at most 15 digits; this one has %1.</source>
        <translation>E.164 नंबर में अधिकतम 15 अंक होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>This number is too short to be a full international number: include the country code and the whole subscriber number.</source>
        <translation>यह नंबर पूरा अंतरराष्ट्रीय नंबर होने के लिए बहुत छोटा है: देश कोड और पूरा ग्राहक नंबर शामिल करें।</translation>
    </message>
    <message>
        <source>Indian numbers have 10 digits after +91; this one has %1.</source>
        <translation>भारतीय नंबरों में +91 के बाद 10 अंक होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>Enter the server&apos;s public IPv4 address, e.g. 203.0.113.10.</source>
        <translation>सर्वर का सार्वजनिक IPv4 पता दर्ज करें, जैसे 203.0.113.10।</translation>
    </message>
    <message>
        <source>Remove the spaces from the IP address.</source>
        <translation>IP पते से रिक्त स्थान हटाएँ।</translation>
    </message>
    <message>
        <source>Enter the address without a /mask: the mask is a separate field.</source>
        <translation>पता बिना /मास्क के दर्ज करें: मास्क एक अलग फ़ील्ड है।</translation>
    </message>
    <message>
        <source>That is an IPv6 address; Exotel accepts only IPv4 addresses here.</source>
        <translation>यह एक IPv6 पता है; Exotel यहाँ केवल IPv4 पते स्वीकार करता है।</translation>
    </message>
    <message>
        <source>Enter only the IPv4 address, without a port, e.g. 203.0.113.10.</source>
        <translation>केवल IPv4 पता दर्ज करें, बिना पोर्ट के, जैसे 203.0.113.10।</translation>
    </message>
    <message>
        <source>%1 is %2. Exotel needs the server&apos;s public IP address, as seen from the internet.</source>
        <translation>%1 %2 है। Exotel को सर्वर का सार्वजनिक IP पता चाहिए, जैसा वह इंटरनेट से दिखता है।</translation>
    </message>
    <message>
        <source>The mask must be between 16 and 32; use 32 for a single server.</source>
        <translation>मास्क 16 और 32 के बीच होना चाहिए; एक सर्वर के लिए 32 का उपयोग करें।</translation>
    </message>
    <message>
        <source>A /%1 allows %2 addresses. Trunks do not support CIDR ranges: use /32 for each server unless Exotel has confirmed the range.</source>
        <translation>/%1 से %2 पतों की अनुमति मिलती है। ट्रंक CIDR रेंज का समर्थन नहीं करते: जब तक Exotel ने रेंज की पुष्टि न की हो, हर सर्वर के लिए /32 का उपयोग करें।</translation>
    </message>
    <message>
        <source>Enter a host: an IPv4 address or a fully qualified domain name such as sip.example.com.</source>
        <translation>होस्ट दर्ज करें: एक IPv4 पता या sip.example.com जैसा पूर्ण डोमेन नाम।</translation>
    </message>
    <message>
        <source>Remove the spaces from the host.</source>
        <translation>होस्ट से रिक्त स्थान हटाएँ।</translation>
    </message>
    <message>
        <source>IPv6 addresses are not supported: use an IPv4 address or a domain name.</source>
        <translation>IPv6 पते समर्थित नहीं हैं: IPv4 पता या डोमेन नाम का उपयोग करें।</translation>
    </message>
    <message>
        <source>Enter the port in its own field, not after the host.</source>
        <translation>पोर्ट उसके अपने फ़ील्ड में दर्ज करें, होस्ट के बाद नहीं।</translation>
    </message>
    <message>
        <source>Enter only the host name, such as sip.example.com, without a scheme, path, user or parameters.</source>
        <translation>केवल होस्ट नाम दर्ज करें, जैसे sip.example.com, बिना स्कीम, पाथ, उपयोगकर्ता या पैरामीटर के।</translation>
    </message>
    <message>
        <source>Use the ASCII form of the domain name: %1.</source>
        <translation>डोमेन नाम का ASCII रूप इस्तेमाल करें: %1।</translation>
    </message>
    <message>
        <source>A host name contains only letters A–Z, digits, hyphens and dots.</source>
        <translation>होस्ट नाम में केवल अक्षर A–Z, अंक, हाइफ़न और बिंदु होते हैं।</translation>
    </message>
    <message>
        <source>Remove the dot at the end of the host name.</source>
        <translation>होस्ट नाम के अंत का बिंदु हटाएँ।</translation>
    </message>
    <message>
        <source>A host name has at most 253 characters; this one has %1.</source>
        <translation>होस्ट नाम में अधिकतम 253 वर्ण होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>Enter a fully qualified domain name such as sip.example.com, not a bare host name.</source>
        <translation>sip.example.com जैसा पूर्ण डोमेन नाम दर्ज करें, केवल होस्ट नाम नहीं।</translation>
    </message>
    <message>
        <source>A host name cannot contain two dots in a row or start with a dot.</source>
        <translation>होस्ट नाम में लगातार दो बिंदु नहीं हो सकते और न ही वह बिंदु से शुरू हो सकता है।</translation>
    </message>
    <message>
        <source>Each part of a host name between dots has at most 63 characters.</source>
        <translation>होस्ट नाम के बिंदुओं के बीच के हर भाग में अधिकतम 63 वर्ण होते हैं।</translation>
    </message>
    <message>
        <source>Underscores are not allowed in host names.</source>
        <translation>होस्ट नामों में अंडरस्कोर की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>A part of a host name cannot start or end with a hyphen.</source>
        <translation>होस्ट नाम का कोई भाग हाइफ़न से शुरू या खत्म नहीं हो सकता।</translation>
    </message>
    <message>
        <source>The last part of a domain name cannot be all digits.</source>
        <translation>डोमेन नाम का अंतिम भाग केवल अंकों का नहीं हो सकता।</translation>
    </message>
    <message>
        <source>A port is a number from 1 to 65535 (SIP usually uses 5060, or 5061 for TLS).</source>
        <translation>पोर्ट 1 से 65535 तक की एक संख्या है (SIP आमतौर पर 5060, या TLS के लिए 5061 का उपयोग करता है)।</translation>
    </message>
    <message>
        <source>Port 5060 is usually plain SIP; TLS normally uses 5061.</source>
        <translation>पोर्ट 5060 आमतौर पर सादा SIP होता है; TLS सामान्यतः 5061 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>Port 5061 is usually SIP over TLS; check the transport.</source>
        <translation>पोर्ट 5061 आमतौर पर TLS पर SIP होता है; ट्रांसपोर्ट जाँचें।</translation>
    </message>
    <message>
        <source>Enter a destination such as sip.example.com:5061;transport=tls.</source>
        <translation>sip.example.com:5061;transport=tls जैसा गंतव्य दर्ज करें।</translation>
    </message>
    <message>
        <source>Remove the spaces from the destination.</source>
        <translation>गंतव्य से रिक्त स्थान हटाएँ।</translation>
    </message>
    <message>
        <source>Write sip: (or nothing) and ;transport=tls instead of sips:.</source>
        <translation>sips: की जगह sip: (या कुछ नहीं) और ;transport=tls लिखें।</translation>
    </message>
    <message>
        <source>A destination is host:port;transport=…, without a user part before @.</source>
        <translation>गंतव्य host:port;transport=… होता है, @ से पहले उपयोगकर्ता भाग के बिना।</translation>
    </message>
    <message>
        <source>Remove the stray &apos;;&apos; from the destination.</source>
        <translation>गंतव्य से फ़ालतू &apos;;&apos; हटाएँ।</translation>
    </message>
    <message>
        <source>Only the ;transport= parameter is supported, not &quot;%1&quot;.</source>
        <translation>केवल ;transport= पैरामीटर समर्थित है, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>Give ;transport= only once.</source>
        <translation>;transport= केवल एक बार दें।</translation>
    </message>
    <message>
        <source>Say which transport after ;transport=: tls, tcp or udp.</source>
        <translation>;transport= के बाद बताएँ कौन-सा ट्रांसपोर्ट: tls, tcp या udp।</translation>
    </message>
    <message>
        <source>The transport must be tls, tcp or udp, not &quot;%1&quot;.</source>
        <translation>ट्रांसपोर्ट tls, tcp या udp होना चाहिए, &quot;%1&quot; नहीं।</translation>
    </message>
    <message>
        <source>Give the port after the &apos;:&apos;, e.g. :5061.</source>
        <translation>&apos;:&apos; के बाद पोर्ट दें, जैसे :5061।</translation>
    </message>
    <message>
        <source>The port must be a number from 1 to 65535.</source>
        <translation>पोर्ट 1 से 65535 तक की संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>उपयोगकर्ता नाम दर्ज करें।</translation>
    </message>
    <message>
        <source>A user name has at most 32 characters; this one has %1.</source>
        <translation>उपयोगकर्ता नाम में अधिकतम 32 वर्ण होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>A user name starts with a letter or a digit.</source>
        <translation>उपयोगकर्ता नाम किसी अक्षर या अंक से शुरू होता है।</translation>
    </message>
    <message>
        <source>A user name may contain only letters A–Z, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;, e.g. voice_ai_user.</source>
        <translation>उपयोगकर्ता नाम में केवल अक्षर A–Z, अंक, &apos;_&apos;, &apos;.&apos; और &apos;-&apos; हो सकते हैं, जैसे voice_ai_user।</translation>
    </message>
    <message>
        <source>A friendly name has at most 32 characters; this one has %1.</source>
        <translation>पहचान नाम में अधिकतम 32 वर्ण होते हैं; इसमें %1 हैं।</translation>
    </message>
    <message>
        <source>The friendly name contains invisible control characters; retype it.</source>
        <translation>पहचान नाम में अदृश्य नियंत्रण वर्ण हैं; इसे फिर से टाइप करें।</translation>
    </message>
    <message>
        <source>Enter a password, or generate one.</source>
        <translation>पासवर्ड दर्ज करें, या एक बनाएँ।</translation>
    </message>
    <message>
        <source>The password contains invisible control characters.</source>
        <translation>पासवर्ड में अदृश्य नियंत्रण वर्ण हैं।</translation>
    </message>
    <message>
        <source>at least 12 characters (it has %1)</source>
        <translation>कम से कम 12 वर्ण (इसमें %1 हैं)</translation>
    </message>
    <message>
        <source>an upper-case letter</source>
        <translation>एक बड़ा अक्षर</translation>
    </message>
    <message>
        <source>a lower-case letter</source>
        <translation>एक छोटा अक्षर</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>एक अंक</translation>
    </message>
    <message>
        <source>The password needs %1.</source>
        <translation>पासवर्ड में %1 चाहिए।</translation>
    </message>
    <message>
        <source>Spaces and non-ASCII characters in a SIP password are not accepted by every platform; prefer letters, digits and simple symbols.</source>
        <translation>SIP पासवर्ड में रिक्त स्थान और गैर-ASCII वर्ण हर प्लेटफ़ॉर्म स्वीकार नहीं करता; अक्षर, अंक और सरल चिह्न बेहतर हैं।</translation>
    </message>
    <message>
        <source>Enter the account SID, as shown in the Exotel dashboard under API settings.</source>
        <translation>खाता SID दर्ज करें, जैसा Exotel डैशबोर्ड में API सेटिंग के अंतर्गत दिखता है।</translation>
    </message>
    <message>
        <source>An account SID has at most 64 characters.</source>
        <translation>खाता SID में अधिकतम 64 वर्ण होते हैं।</translation>
    </message>
    <message>
        <source>An account SID contains only letters, digits, &apos;_&apos; and &apos;-&apos;: copy it from the Exotel dashboard without spaces.</source>
        <translation>खाता SID में केवल अक्षर, अंक, &apos;_&apos; और &apos;-&apos; होते हैं: इसे Exotel डैशबोर्ड से बिना रिक्त स्थान के कॉपी करें।</translation>
    </message>
</context>
<context>
    <name>ValidityLabel</name>
    <message>
        <source>Warning: %1</source>
        <translation>चेतावनी: %1</translation>
    </message>
</context>
<context>
    <name>exotrunk</name>
    <message>
        <source>(not created)</source>
        <translation>(नहीं बना)</translation>
    </message>
    <message>
        <source>Exotel SIP trunk — hand-off summary</source>
        <translation>Exotel SIP ट्रंक — सौंपने का सारांश</translation>
    </message>
    <message>
        <source>Trunk name:        %1</source>
        <translation>ट्रंक का नाम:       %1</translation>
    </message>
    <message>
        <source>Trunk SID:         %1</source>
        <translation>ट्रंक SID:          %1</translation>
    </message>
    <message>
        <source>Use case:          %1</source>
        <translation>उपयोग:             %1</translation>
    </message>
    <message>
        <source>Voice AI provider: %1</source>
        <translation>Voice AI प्रदाता:    %1</translation>
    </message>
    <message>
        <source>Connect applet:    sip:%1  (Dial whom — the trunk SID only, not a full SIP URI)</source>
        <translation>Connect ऐप्लेट:     sip:%1  (Dial whom — केवल ट्रंक SID, पूरा SIP URI नहीं)</translation>
    </message>
    <message>
        <source>SIP domain:        %1</source>
        <translation>SIP डोमेन:          %1</translation>
    </message>
    <message>
        <source>Exophone:          %1 (mode %2)</source>
        <translation>Exophone:           %1 (मोड %2)</translation>
    </message>
    <message>
        <source>Caller-ID alias:   %1</source>
        <translation>कॉलर-ID उपनाम:      %1</translation>
    </message>
    <message>
        <source>Exotel edge (signalling toward Exotel):</source>
        <translation>Exotel एज (Exotel की ओर सिग्नलिंग):</translation>
    </message>
    <message>
        <source>regional edges</source>
        <translation>क्षेत्रीय एज</translation>
    </message>
    <message>
        <source>RTP media:         UDP %1–%2</source>
        <translation>RTP मीडिया:         UDP %1–%2</translation>
    </message>
    <message>
        <source>Codec:             G.711 A-law (PCMA)</source>
        <translation>कोडेक:              G.711 A-law (PCMA)</translation>
    </message>
    <message>
        <source>Whitelisted IP:    %1/%2</source>
        <translation>अनुमत IP:           %1/%2</translation>
    </message>
    <message>
        <source>Whitelisted IP:    %1/%2 (for the IP destination)</source>
        <translation>अनुमत IP:           %1/%2 (IP गंतव्य के लिए)</translation>
    </message>
    <message>
        <source>Destination URI:   sip:%1</source>
        <translation>गंतव्य URI:         sip:%1</translation>
    </message>
    <message>
        <source>SIP user name:     %1</source>
        <translation>SIP उपयोगकर्ता नाम:  %1</translation>
    </message>
    <message>
        <source>SIP password:      %1</source>
        <translation>SIP पासवर्ड:         %1</translation>
    </message>
    <message>
        <source>SIP password:      (not shown — shared separately)</source>
        <translation>SIP पासवर्ड:         (नहीं दिखाया — अलग से साझा किया गया)</translation>
    </message>
    <message>
        <source>  Note: the password was generated again when the setup was resumed; use this one on the SIP side.</source>
        <translation>  ध्यान दें: सेटअप फिर से शुरू होने पर पासवर्ड दोबारा बनाया गया; SIP की ओर यही पासवर्ड उपयोग करें।</translation>
    </message>
    <message>
        <source>Not configured yet:</source>
        <translation>अभी कॉन्फ़िगर नहीं हुआ:</translation>
    </message>
    <message>
        <source>Remaining manual steps:</source>
        <translation>बाकी हाथ से किए जाने वाले चरण:</translation>
    </message>
    <message>
        <source>  %1. In App Bazaar (https://my.in.exotel.com/apps) create a Flow with a Connect applet whose Dial whom is sip:%2.</source>
        <translation>  %1. App Bazaar (https://my.in.exotel.com/apps) में एक Flow बनाएँ जिसमें Connect ऐप्लेट हो और उसका Dial whom sip:%2 हो।</translation>
    </message>
    <message>
        <source>  %1. Map the Exophone %2 to that Flow.</source>
        <translation>  %1. Exophone %2 को उस Flow से जोड़ें।</translation>
    </message>
    <message>
        <source>(your number)</source>
        <translation>(आपका नंबर)</translation>
    </message>
    <message>
        <source>  %1. Point the SIP side at the Exotel edge above, with the user name and password of this trunk (or from the whitelisted IP).</source>
        <translation>  %1. SIP की ओर को ऊपर दिए Exotel एज पर इस ट्रंक के उपयोगकर्ता नाम और पासवर्ड के साथ (या अनुमत IP से) सेट करें।</translation>
    </message>
    <message>
        <source>  %1. Enter the same SIP user name and password on the Voice AI platform and confirm its host, port and transport with the provider.</source>
        <translation>  %1. Voice AI प्लेटफ़ॉर्म पर वही SIP उपयोगकर्ता नाम और पासवर्ड दर्ज करें और प्रदाता से उसका होस्ट, पोर्ट और ट्रांसपोर्ट पक्का करें।</translation>
    </message>
    <message>
        <source>  %1. Place a test call in each direction.</source>
        <translation>  %1. दोनों दिशाओं में एक-एक परीक्षण कॉल करें।</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>प्रतीक्षा में</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Outbound to PSTN</source>
        <translation>PSTN की ओर आउटबाउंड</translation>
    </message>
    <message>
        <source>Inbound from PSTN</source>
        <translation>PSTN से इनबाउंड</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>दोनों दिशाएँ</translation>
    </message>
    <message>
        <source>Voice AI outbound</source>
        <translation>Voice AI आउटबाउंड</translation>
    </message>
    <message>
        <source>Voice AI inbound / StreamKit</source>
        <translation>Voice AI इनबाउंड / StreamKit</translation>
    </message>
    <message>
        <source>Your PBX or dialler places calls to phones through Exotel: a number plus an IP whitelist or SIP credentials.</source>
        <translation>आपका PBX या डायलर Exotel के ज़रिए फ़ोन पर कॉल करता है: एक नंबर और साथ में IP अनुमति-सूची या SIP क्रेडेंशियल।</translation>
    </message>
    <message>
        <source>Callers dial your Exophone and reach your SIP server: a number plus a destination URI (and a Flow you build afterwards).</source>
        <translation>कॉल करने वाले आपका Exophone डायल करके आपके SIP सर्वर तक पहुँचते हैं: एक नंबर और एक गंतव्य URI (और बाद में आपके द्वारा बनाया गया Flow)।</translation>
    </message>
    <message>
        <source>The common case: calls out through Exotel and calls in to your SIP server — number, authentication and destination URI.</source>
        <translation>सामान्य स्थिति: Exotel के ज़रिए बाहर कॉल और आपके SIP सर्वर पर आने वाली कॉल — नंबर, प्रमाणीकरण और गंतव्य URI।</translation>
    </message>
    <message>
        <source>A Voice AI platform calls phones through Exotel: number in flow mode and SIP digest credentials shared with the provider.</source>
        <translation>एक Voice AI प्लेटफ़ॉर्म Exotel के ज़रिए फ़ोन पर कॉल करता है: flow मोड में नंबर और प्रदाता के साथ साझा SIP डाइजेस्ट क्रेडेंशियल।</translation>
    </message>
    <message>
        <source>Callers reach a Voice AI agent: number in flow mode, the provider&apos;s SIP host as destination URI, digest credentials.</source>
        <translation>कॉल करने वाले Voice AI एजेंट तक पहुँचते हैं: flow मोड में नंबर, गंतव्य URI के रूप में प्रदाता का SIP होस्ट, डाइजेस्ट क्रेडेंशियल।</translation>
    </message>
    <message>
        <source>Mode flow: calls on this number are routed to Voice AI (StreamKit).</source>
        <translation>मोड flow: इस नंबर की कॉल Voice AI (StreamKit) पर भेजी जाती हैं।</translation>
    </message>
    <message>
        <source>Mode pstn: calls go between the phone network and your SIP side; Flows with a Connect applet use pstn too.</source>
        <translation>मोड pstn: कॉल फ़ोन नेटवर्क और आपकी SIP ओर के बीच चलती हैं; Connect ऐप्लेट वाले Flow भी pstn का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>Confirm host, port, transport and authentication with the provider before going live.</source>
        <translation>लाइव होने से पहले प्रदाता से होस्ट, पोर्ट, ट्रांसपोर्ट और प्रमाणीकरण पक्का करें।</translation>
    </message>
    <message>
        <source>ElevenLabs imports the number with SIP digest credentials that must match the trunk&apos;s. </source>
        <translation>ElevenLabs नंबर को ऐसे SIP डाइजेस्ट क्रेडेंशियल के साथ आयात करता है जो ट्रंक के क्रेडेंशियल से मेल खाने चाहिए। </translation>
    </message>
    <message>
        <source>Copy the SIP URI of your LiveKit Cloud project and replace &lt;subdomain&gt;; the outbound trunk&apos;s authUsername/authPassword are the digest credentials. </source>
        <translation>अपने LiveKit Cloud प्रोजेक्ट का SIP URI कॉपी करें और &lt;subdomain&gt; बदलें; आउटबाउंड ट्रंक के authUsername/authPassword ही डाइजेस्ट क्रेडेंशियल हैं। </translation>
    </message>
    <message>
        <source>Retell&apos;s custom telephony uses sip.retellai.com (TCP; TLS and UDP also offered); its termination settings take the digest credentials. </source>
        <translation>Retell की कस्टम टेलीफ़ोनी sip.retellai.com का उपयोग करती है (TCP; TLS और UDP भी उपलब्ध); उसकी termination सेटिंग्स में डाइजेस्ट क्रेडेंशियल दिए जाते हैं। </translation>
    </message>
    <message>
        <source>Bolna&apos;s SIP entry is an IP address, so it is added to the whitelist (/32) before the destination. The guide names no transport (sip:13.200.45.61:5060, so SIP&apos;s default UDP); Bolna does not support SRTP and its SIP trunking is in beta. </source>
        <translation>Bolna की SIP प्रविष्टि एक IP पता है, इसलिए गंतव्य से पहले उसे अनुमति-सूची (/32) में जोड़ा जाता है। गाइड में कोई ट्रांसपोर्ट नहीं बताया गया (sip:13.200.45.61:5060, इसलिए SIP का डिफ़ॉल्ट UDP); Bolna SRTP का समर्थन नहीं करता और उसकी SIP ट्रंकिंग बीटा में है। </translation>
    </message>
    <message>
        <source>Rapida&apos;s guide uses UDP on port 5060. </source>
        <translation>Rapida की गाइड पोर्ट 5060 पर UDP का उपयोग करती है। </translation>
    </message>
    <message>
        <source>Daily gives each room its own sip_uri, usually bridged by your webhook server; a destination URI is only right when you run a fixed SIP ingress (an SBC). Outbound needs the number and digest credentials. </source>
        <translation>Daily हर रूम को अपना sip_uri देता है, जिसे आम तौर पर आपका webhook सर्वर जोड़ता है; गंतव्य URI तभी सही है जब आप एक स्थिर SIP ingress (SBC) चलाते हों। आउटबाउंड के लिए नंबर और डाइजेस्ट क्रेडेंशियल चाहिए। </translation>
    </message>
    <message>
        <source>Other</source>
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Enter the SIP host your provider gives you. </source>
        <translation>आपका प्रदाता जो SIP होस्ट देता है, उसे दर्ज करें। </translation>
    </message>
    <message>
        <source>Exotel&apos;s reference says a destination URI is mandatory on every trunk, flow mode too; the Voice AI guides leave it out of outbound-only setups unless Exotel asks for one. Keep it unless Exotel told you otherwise.</source>
        <translation>Exotel के संदर्भ के अनुसार हर ट्रंक पर, flow मोड में भी, एक गंतव्य URI अनिवार्य है; Voice AI गाइड केवल आउटबाउंड सेटअप में इसे छोड़ देती हैं, जब तक Exotel न कहे। जब तक Exotel ने कुछ और न कहा हो, इसे रखें।</translation>
    </message>
    <message>
        <source>Exotel&apos;s reference says a destination URI is mandatory on every trunk, even one that only places calls. Leave it out only if Exotel told you so.</source>
        <translation>Exotel के संदर्भ के अनुसार हर ट्रंक पर गंतव्य URI अनिवार्य है, उस पर भी जो केवल कॉल करता है। इसे तभी छोड़ें जब Exotel ने ऐसा कहा हो।</translation>
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
    <name>exotrunk::AccountDialog</name>
    <message>
        <source>Add an Exotel account</source>
        <translation>Exotel खाता जोड़ें</translation>
    </message>
    <message>
        <source>e.g. Acme production</source>
        <translation>जैसे Acme production</translation>
    </message>
    <message>
        <source>The region the account was created in. A wrong region is refused as a bad token.</source>
        <translation>वह क्षेत्र जिसमें खाता बनाया गया था। गलत क्षेत्र को गलत टोकन मानकर अस्वीकार कर दिया जाता है।</translation>
    </message>
    <message>
        <source>From the API settings page of the Exotel dashboard</source>
        <translation>Exotel डैशबोर्ड के API सेटिंग्स पेज से</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>उन्नत</translation>
    </message>
    <message>
        <source>An Exotel-compatible server instead of the region&apos;s, e.g. the sandbox. Leave empty to use the region.</source>
        <translation>क्षेत्र के सर्वर के बजाय कोई Exotel-संगत सर्वर, जैसे सैंडबॉक्स। क्षेत्र का उपयोग करने के लिए खाली छोड़ें।</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>सर्वर पता (&amp;A):</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>प्रोफ़ाइल नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>क्षेत्र (&amp;R):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>कनेक्शन जाँचें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Use for this session only</source>
        <translation>केवल इस सत्र के लिए उपयोग करें (&amp;U)</translation>
    </message>
    <message>
        <source>Keep the token in memory until the console quits; it is never written to disk.</source>
        <translation>कंसोल बंद होने तक टोकन मेमोरी में रखें; उसे कभी डिस्क पर नहीं लिखा जाता।</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Edit account “%1”</source>
        <translation>खाता “%1” संपादित करें</translation>
    </message>
    <message>
        <source>Enter the token again (it was kept for one session only)</source>
        <translation>टोकन फिर से दर्ज करें (वह केवल एक सत्र के लिए रखा गया था)</translation>
    </message>
    <message>
        <source>Leave empty to keep the saved token</source>
        <translation>सहेजा गया टोकन रखने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>API टोकन दर्ज करें।</translation>
    </message>
    <message>
        <source>The API token starts or ends with a space.</source>
        <translation>API टोकन के आरंभ या अंत में स्पेस है।</translation>
    </message>
    <message>
        <source>The custom server address in Advanced is used instead of the region.</source>
        <translation>क्षेत्र के बजाय &quot;उन्नत&quot; में दिया गया कस्टम सर्वर पता उपयोग होता है।</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>कनेक्शन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>Connected: Exotel accepted these credentials.</source>
        <translation>जुड़ गया: Exotel ने ये क्रेडेंशियल स्वीकार कर लिए।</translation>
    </message>
    <message>
        <source>Saving the profile…</source>
        <translation>प्रोफ़ाइल सहेजी जा रही है…</translation>
    </message>
    <message>
        <source>Saving the token in the system keychain…</source>
        <translation>टोकन सिस्टम कीचेन में सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The API key shown beside the token in the Exotel dashboard</source>
        <translation>Exotel डैशबोर्ड में टोकन के साथ दिखाई गई API कुंजी</translation>
    </message>
    <message>
        <source>Check the key and token against Exotel without saving</source>
        <translation>सहेजे बिना कुंजी और टोकन को Exotel से जाँचें</translation>
    </message>
    <message>
        <source>Show or hide the server address and CA certificate settings</source>
        <translation>सर्वर पता और CA प्रमाणपत्र सेटिंग दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Extra CA certi&amp;ficate:</source>
        <translation>अतिरिक्त CA प्रमाणपत्र (&amp;F):</translation>
    </message>
    <message>
        <source>Only when your network inspects HTTPS traffic: the CA certificate your IT department gives out. Check its fingerprint with them before saving.</source>
        <translation>केवल तब जब आपका नेटवर्क HTTPS ट्रैफ़िक की जाँच करता हो: आपके IT विभाग द्वारा दिया गया CA प्रमाणपत्र। सहेजने से पहले उनसे इसका फ़िंगरप्रिंट मिलाएँ।</translation>
    </message>
    <message>
        <source>Account S&amp;ID:</source>
        <translation>खाता SID (&amp;I):</translation>
    </message>
    <message>
        <source>API t&amp;oken:</source>
        <translation>API टोकन (&amp;O):</translation>
    </message>
</context>
<context>
    <name>exotrunk::AccountManager</name>
    <message>
        <source>A profile with this id exists already; edit it instead of adding it again.</source>
        <translation>इस id की प्रोफ़ाइल पहले से मौजूद है; उसे दोबारा जोड़ने के बजाय संपादित करें।</translation>
    </message>
    <message>
        <source>The API token of this profile was kept for one session only. Enter it again.</source>
        <translation>इस प्रोफ़ाइल का API टोकन केवल एक सत्र के लिए रखा गया था। उसे फिर से दर्ज करें।</translation>
    </message>
    <message>
        <source>Enter the new API token.</source>
        <translation>नया API टोकन दर्ज करें।</translation>
    </message>
</context>
<context>
    <name>exotrunk::AddDestinationsDialog</name>
    <message>
        <source>Add destinations to %1</source>
        <translation>%1 में गंतव्य जोड़ें</translation>
    </message>
    <message>
        <source>Inbound calls are sent to these SIP URIs. An IP address must be allowed on the trunk first (Allow IP); a host name (FQDN) needs no allow-list entry. TLS usually uses port 5061, TCP and UDP 5060.</source>
        <translation>आने वाली कॉल इन SIP URI पर भेजी जाती हैं। IP पते को पहले ट्रंक पर अनुमति देनी होगी (IP की अनुमति दें); होस्ट नाम (FQDN) के लिए अनुमति-सूची की ज़रूरत नहीं। TLS आम तौर पर पोर्ट 5061, TCP और UDP पोर्ट 5060 का उपयोग करते हैं।</translation>
    </message>
    <message>
        <source>&amp;Add destinations</source>
        <translation>गंतव्य जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Allow this IP and retry</source>
        <translation>इस IP की अनुमति दें और फिर कोशिश करें</translation>
    </message>
    <message>
        <source>an IP destination is refused unless %1 is allowed on the trunk.</source>
        <translation>IP गंतव्य तब तक अस्वीकार होता है जब तक ट्रंक पर %1 की अनुमति न हो।</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>✓ Added</source>
        <translation>✓ जोड़ा गया</translation>
    </message>
    <message>
        <source>✗ Failed: %1</source>
        <translation>✗ विफल: %1</translation>
    </message>
    <message>
        <source>Allowing %1…</source>
        <translation>%1 की अनुमति दी जा रही है…</translation>
    </message>
    <message>
        <source>Whitelists this IP with mask 32, then sends the destination again</source>
        <translation>इस IP को मास्क 32 के साथ अनुमत करता है, फिर गंतव्य दोबारा भेजता है</translation>
    </message>
</context>
<context>
    <name>exotrunk::AllowIpDialog</name>
    <message>
        <source>Allow IP on %1</source>
        <translation>%1 पर IP की अनुमति दें</translation>
    </message>
    <message>
        <source>203.0.113.10</source>
        <translation>203.0.113.10</translation>
    </message>
    <message>
        <source>&amp;IPv4 address:</source>
        <translation>IPv4 पता (&amp;I):</translation>
    </message>
    <message>
        <source>Mas&amp;k:</source>
        <translation>मास्क (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Allow IP</source>
        <translation>IP की अनुमति दें (&amp;A)</translation>
    </message>
    <message>
        <source>Allowing %1/%2…</source>
        <translation>%1/%2 की अनुमति दी जा रही है…</translation>
    </message>
    <message>
        <source>/32 allows exactly this address</source>
        <translation>/32 ठीक इसी पते की अनुमति देता है</translation>
    </message>
    <message>
        <source>Allow the peer&apos;s fixed public egress address. Masks /16 to /32 are accepted, but trunks do not support CIDR ranges: use /32 for each server unless Exotel has confirmed the range. If the provider&apos;s egress changes or is shared, use digest credentials instead.</source>
        <translation>पीयर के स्थायी सार्वजनिक निकास (egress) पते की अनुमति दें। /16 से /32 तक के मास्क स्वीकार किए जाते हैं, लेकिन ट्रंक CIDR रेंज का समर्थन नहीं करते: जब तक Exotel ने रेंज की पुष्टि न की हो, हर सर्वर के लिए /32 का उपयोग करें। अगर प्रदाता का निकास पता बदलता है या साझा है, तो उसकी जगह डाइजेस्ट क्रेडेंशियल का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ApiError</name>
    <message>
        <source>Exotel refused access (code 1003): the trunk SID is invalid, the trunk does not exist, or it belongs to another account. Exotel does not say which. Check that the active account profile is the one that owns this trunk, and check the trunk SID.</source>
        <translation>Exotel ने पहुँच अस्वीकार कर दी (कोड 1003): ट्रंक SID अमान्य है, ट्रंक मौजूद नहीं है, या वह किसी दूसरे खाते का है। Exotel यह नहीं बताता कि इनमें से कौन-सा कारण है। जाँचें कि सक्रिय खाता प्रोफ़ाइल वही है जिसका यह ट्रंक है, और ट्रंक SID भी जाँचें।</translation>
    </message>
    <message>
        <source>Request id: %1.</source>
        <translation>अनुरोध id: %1।</translation>
    </message>
    <message>
        <source>This account&apos;s server does not support this action. Nothing was changed.</source>
        <translation>इस खाते का सर्वर यह काम समर्थित नहीं करता। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>This account&apos;s server does not support this action (%1). Nothing was changed.</source>
        <translation>इस खाते का सर्वर यह काम (%1) समर्थित नहीं करता। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Could not reach Exotel. Check the internet connection, any proxy or firewall, and that the API address of the account is right.</source>
        <translation>Exotel तक पहुँच नहीं हो सकी। इंटरनेट कनेक्शन, कोई प्रॉक्सी या फ़ायरवॉल, और खाते का API पता सही है, यह जाँचें।</translation>
    </message>
    <message>
        <source>Exotel did not answer in time. The request may or may not have been carried out: refresh the view before trying again.</source>
        <translation>Exotel ने समय पर उत्तर नहीं दिया। अनुरोध पूरा हुआ हो भी सकता है और नहीं भी: फिर कोशिश करने से पहले दृश्य रीफ़्रेश करें।</translation>
    </message>
    <message>
        <source>The secure connection to Exotel could not be verified. Check the computer&apos;s date and time, and whether a proxy intercepts HTTPS traffic.</source>
        <translation>Exotel से सुरक्षित कनेक्शन सत्यापित नहीं हो सका। कंप्यूटर की तारीख और समय जाँचें, और यह कि कोई प्रॉक्सी HTTPS ट्रैफ़िक को बीच में तो नहीं पढ़ता।</translation>
    </message>
    <message>
        <source>Exotel rejected the API key or token. Check both, and that the account&apos;s region is right: a Mumbai account does not work against Singapore.</source>
        <translation>Exotel ने API key या टोकन अस्वीकार किया। दोनों जाँचें, और यह कि खाते का क्षेत्र सही है: मुंबई का खाता सिंगापुर पर काम नहीं करता।</translation>
    </message>
    <message>
        <source>Exotel refused access. The trunk probably belongs to another account, or the API key lacks permission for it: check the account selected and the trunk SID.</source>
        <translation>Exotel ने पहुँच से मना किया। ट्रंक शायद किसी और खाते का है, या API key को उसकी अनुमति नहीं है: चुना गया खाता और ट्रंक SID जाँचें।</translation>
    </message>
    <message>
        <source>Exotel could not find what was asked for. It may have been deleted or belong to another account: refresh the list and check the trunk SID or id.</source>
        <translation>Exotel को माँगी गई चीज़ नहीं मिली। वह हटाई गई हो सकती है या किसी और खाते की हो सकती है: सूची रीफ़्रेश करें और ट्रंक SID या id जाँचें।</translation>
    </message>
    <message>
        <source>Exotel refused the request because a value was missing or invalid. Check the fields shown and try again.</source>
        <translation>Exotel ने अनुरोध अस्वीकार किया क्योंकि कोई मान नहीं था या अमान्य था। दिखाए गए फ़ील्ड जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>This already exists on the trunk, so nothing was changed. That is safe to ignore if the existing entry is the one wanted.</source>
        <translation>यह ट्रंक पर पहले से है, इसलिए कुछ नहीं बदला गया। अगर मौजूदा प्रविष्टि वही है जो चाहिए, तो इसे अनदेखा करना सुरक्षित है।</translation>
    </message>
    <message>
        <source>Too many requests to Exotel for this account (the limit is 200 per minute). Wait a minute before trying again.</source>
        <translation>इस खाते के लिए Exotel को बहुत अधिक अनुरोध (सीमा 200 प्रति मिनट है)। फिर कोशिश करने से पहले एक मिनट रुकें।</translation>
    </message>
    <message>
        <source>Exotel had an internal problem (HTTP %1). Try again in a few minutes; if it persists, contact Exotel support with the request id.</source>
        <translation>Exotel में आंतरिक समस्या हुई (HTTP %1)। कुछ मिनट बाद फिर कोशिश करें; समस्या बनी रहे तो request id के साथ Exotel सहायता से संपर्क करें।</translation>
    </message>
    <message>
        <source>Exotel reported a failure without a usable reason. Try again; if it persists, contact Exotel support with the request id.</source>
        <translation>Exotel ने बिना उपयोगी कारण के विफलता बताई। फिर कोशिश करें; समस्या बनी रहे तो request id के साथ Exotel सहायता से संपर्क करें।</translation>
    </message>
    <message>
        <source>Exotel&apos;s answer could not be understood, so the console cannot tell whether the request succeeded. Refresh the view before trying again; a proxy or a wrong API address may be answering instead of Exotel.</source>
        <translation>Exotel का उत्तर समझा नहीं जा सका, इसलिए कंसोल नहीं बता सकता कि अनुरोध सफल हुआ या नहीं। फिर कोशिश करने से पहले दृश्य रीफ़्रेश करें; हो सकता है Exotel की जगह कोई प्रॉक्सी या गलत API पता उत्तर दे रहा हो।</translation>
    </message>
    <message>
        <source>The request was cancelled before it finished.</source>
        <translation>अनुरोध पूरा होने से पहले रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>Exotel could not find the trunk, phone-number id or path (code 1000). Check the trunk SID and id, and refresh the list: it may have been deleted or belong to another account.</source>
        <translation>Exotel को ट्रंक, फ़ोन-नंबर id या पथ नहीं मिला (कोड 1000)। ट्रंक SID और id जाँचें, और सूची रीफ़्रेश करें: वह हटाया गया हो सकता है या किसी और खाते का हो सकता है।</translation>
    </message>
    <message>
        <source>A mandatory field was missing from the request (code 1001). Fill in every required field and try again.</source>
        <translation>अनुरोध में एक अनिवार्य फ़ील्ड नहीं था (कोड 1001)। हर आवश्यक फ़ील्ड भरें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Exotel found a value invalid (code 1002): check the format of the IP address, host name, port or E.164 number. An IP destination must be whitelisted on the trunk first.</source>
        <translation>Exotel को एक मान अमान्य लगा (कोड 1002): IP पते, होस्ट नाम, पोर्ट या E.164 नंबर का प्रारूप जाँचें। IP गंतव्य को पहले ट्रंक पर अनुमत करना होगा।</translation>
    </message>
    <message>
        <source>Exotel refused the request with code %1, which its documentation does not describe. Try again; if it repeats, contact Exotel support with the request id.</source>
        <translation>Exotel ने अनुरोध कोड %1 के साथ अस्वीकार किया, जिसका वर्णन उसके दस्तावेज़ों में नहीं है। फिर कोशिश करें; दोबारा हो तो request id के साथ Exotel सहायता से संपर्क करें।</translation>
    </message>
    <message>
        <source>Exotel could not read the request body (code 1007), for example a number out of range. Check the values entered; if they look right, report it with the request id.</source>
        <translation>Exotel अनुरोध का मुख्य भाग नहीं पढ़ सका (कोड 1007), जैसे सीमा से बाहर कोई संख्या। दर्ज किए गए मान जाँचें; वे सही लगें तो request id के साथ इसकी सूचना दें।</translation>
    </message>
    <message>
        <source>This already exists on the trunk (code 1008), so nothing was changed. That is safe to ignore if the existing entry is the one wanted.</source>
        <translation>यह ट्रंक पर पहले से है (कोड 1008), इसलिए कुछ नहीं बदला गया। अगर मौजूदा प्रविष्टि वही है जो चाहिए, तो इसे अनदेखा करना सुरक्षित है।</translation>
    </message>
    <message>
        <source>Exotel rejected the API key or token (code 1010). Check both, and that the account&apos;s region is right: a Mumbai account does not work against Singapore.</source>
        <translation>Exotel ने API key या टोकन अस्वीकार किया (कोड 1010)। दोनों जाँचें, और यह कि खाते का क्षेत्र सही है: मुंबई का खाता सिंगापुर पर काम नहीं करता।</translation>
    </message>
    <message>
        <source>Exotel refused the content type (code 1011). This is a fault in the console or a proxy that rewrites requests: report it with the request id.</source>
        <translation>Exotel ने content type अस्वीकार किया (कोड 1011)। यह कंसोल में या अनुरोध बदलने वाले किसी प्रॉक्सी में खराबी है: request id के साथ इसकी सूचना दें।</translation>
    </message>
    <message>
        <source>Exotel said: %1%2</source>
        <translation>Exotel ने कहा: %1%2</translation>
    </message>
    <message>
        <source>Details: %1%2</source>
        <translation>विवरण: %1%2</translation>
    </message>
</context>
<context>
    <name>exotrunk::AuthWizardPage</name>
    <message>
        <source>Authentication</source>
        <translation>प्रमाणीकरण</translation>
    </message>
    <message>
        <source>How Exotel recognises calls from your side: a whitelisted IP, SIP digest credentials, or both.</source>
        <translation>Exotel आपकी ओर से आने वाली कॉल को कैसे पहचानता है: अनुमत IP, SIP डाइजेस्ट क्रेडेंशियल, या दोनों।</translation>
    </message>
    <message>
        <source>&amp;Whitelist a static IP address</source>
        <translation>स्थिर IP पते को अनुमति-सूची में डालें (&amp;W)</translation>
    </message>
    <message>
        <source>Use SIP &amp;digest credentials</source>
        <translation>SIP डाइजेस्ट क्रेडेंशियल का उपयोग करें (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>optional, e.g. elevenlabs-prod</source>
        <translation>वैकल्पिक, जैसे elevenlabs-prod</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>पहचान नाम (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>बनाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the password to the clipboard for the provider&apos;s settings.</source>
        <translation>प्रदाता की सेटिंग्स के लिए पासवर्ड क्लिपबोर्ड पर कॉपी करें।</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>Lets calls from one static public IP through this trunk</source>
        <translation>एक स्थिर सार्वजनिक IP से इस ट्रंक पर कॉल आने देता है</translation>
    </message>
    <message>
        <source>Creates a SIP user name and password that your side uses to authenticate</source>
        <translation>एक SIP उपयोगकर्ता नाम और पासवर्ड बनाता है, जिनसे आपका पक्ष प्रमाणित होता है</translation>
    </message>
    <message>
        <source>The SIP digest user name, the same on your side or the Voice AI platform</source>
        <translation>SIP डाइजेस्ट उपयोगकर्ता नाम, आपकी ओर या Voice AI प्लेटफ़ॉर्म पर भी यही</translation>
    </message>
    <message>
        <source>SIP password</source>
        <translation>SIP पासवर्ड</translation>
    </message>
    <message>
        <source>A strong password; shown once, never stored by the console</source>
        <translation>एक मज़बूत पासवर्ड; केवल एक बार दिखाया जाता है, कंसोल इसे कभी संग्रहीत नहीं करता</translation>
    </message>
    <message>
        <source>Replaces the password with a new strong one</source>
        <translation>पासवर्ड की जगह एक नया मज़बूत पासवर्ड बनाता है</translation>
    </message>
</context>
<context>
    <name>exotrunk::CaCertificateField</name>
    <message>
        <source>Extra CA certificate file</source>
        <translation>अतिरिक्त CA प्रमाणपत्र फ़ाइल</translation>
    </message>
    <message>
        <source>None: only the system&apos;s certificate authorities</source>
        <translation>कोई नहीं: केवल सिस्टम के प्रमाणपत्र प्राधिकरण</translation>
    </message>
    <message>
        <source>A PEM or DER file with the CA certificate of a proxy that inspects HTTPS traffic, trusted for this account besides the system&apos;s.</source>
        <translation>HTTPS ट्रैफ़िक की जाँच करने वाली प्रॉक्सी के CA प्रमाणपत्र वाली PEM या DER फ़ाइल, जिस पर इस खाते के लिए सिस्टम के प्राधिकरणों के अलावा भरोसा किया जाता है।</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>ब्राउज़ करें (&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the extra CA certificate file</source>
        <translation>अतिरिक्त CA प्रमाणपत्र फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Pick the CA certificate file (PEM or DER) from a folder</source>
        <translation>किसी फ़ोल्डर से CA प्रमाणपत्र फ़ाइल (PEM या DER) चुनें</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>खाली करें (&amp;L)</translation>
    </message>
    <message>
        <source>Clear the extra CA certificate file</source>
        <translation>अतिरिक्त CA प्रमाणपत्र फ़ाइल हटाएँ</translation>
    </message>
    <message>
        <source>Trust only the system&apos;s certificate authorities for this account</source>
        <translation>इस खाते के लिए केवल सिस्टम के प्रमाणपत्र प्राधिकरणों पर भरोसा करें</translation>
    </message>
    <message>
        <source>Choose the extra CA certificate</source>
        <translation>अतिरिक्त CA प्रमाणपत्र चुनें</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>प्रमाणपत्र (*.pem *.crt *.cer *.der);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>विषय: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>समाप्ति: %1</translation>
    </message>
</context>
<context>
    <name>exotrunk::CallPath</name>
    <message>
        <source>PSTN caller</source>
        <translation>PSTN कॉलर</translation>
    </message>
    <message>
        <source>Exophone</source>
        <translation>Exophone</translation>
    </message>
    <message>
        <source>Flow: Connect</source>
        <translation>Flow: Connect</translation>
    </message>
    <message>
        <source>Trunk</source>
        <translation>ट्रंक</translation>
    </message>
    <message>
        <source>Destination URI</source>
        <translation>गंतव्य URI</translation>
    </message>
    <message>
        <source>PBX</source>
        <translation>PBX</translation>
    </message>
    <message>
        <source>PBX: whitelisted IP or credentials</source>
        <translation>PBX: अनुमत IP या क्रेडेंशियल</translation>
    </message>
    <message>
        <source>Exotel edge</source>
        <translation>Exotel edge</translation>
    </message>
    <message>
        <source>Caller ID number</source>
        <translation>कॉलर ID नंबर</translation>
    </message>
    <message>
        <source>PSTN</source>
        <translation>PSTN</translation>
    </message>
    <message>
        <source>Number in mode flow</source>
        <translation>flow मोड में नंबर</translation>
    </message>
    <message>
        <source>StreamKit</source>
        <translation>StreamKit</translation>
    </message>
    <message>
        <source>Provider&apos;s SIP destination</source>
        <translation>प्रदाता का SIP गंतव्य</translation>
    </message>
    <message>
        <source>Inbound (PSTN → SIP)</source>
        <translation>इनबाउंड (PSTN → SIP)</translation>
    </message>
    <message>
        <source>Not visible through the API: check that the number&apos;s Flow has a Connect applet dialling sip:&lt;trunk_sid&gt; (§13).</source>
        <translation>API से नहीं दिखता: जाँचें कि नंबर के Flow में sip:&lt;trunk_sid&gt; डायल करने वाला Connect applet है (§13)।</translation>
    </message>
    <message>
        <source>The customer&apos;s PBX must accept Exotel&apos;s signalling IPs and media (§15): probe it, and hand the firewall rules to the network team.</source>
        <translation>ग्राहक के PBX को Exotel के सिग्नलिंग IP और मीडिया स्वीकार करने होंगे (§15): उसकी जाँच (probe) करें, और फ़ायरवॉल नियम नेटवर्क टीम को दें।</translation>
    </message>
    <message>
        <source>Outbound (SIP → PSTN)</source>
        <translation>आउटबाउंड (SIP → PSTN)</translation>
    </message>
    <message>
        <source>Voice AI (StreamKit)</source>
        <translation>Voice AI (StreamKit)</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>कॉन्फ़िगर है</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>अनुपस्थित</translation>
    </message>
    <message>
        <source>check by hand</source>
        <translation>हाथ से जाँचें</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>लोड नहीं हुआ</translation>
    </message>
</context>
<context>
    <name>exotrunk::CallerIdDialog</name>
    <message>
        <source>Caller-ID alias of %1</source>
        <translation>%1 का कॉलर-ID उपनाम</translation>
    </message>
    <message>
        <source>+918047112233</source>
        <translation>+918047112233</translation>
    </message>
    <message>
        <source>Last set:</source>
        <translation>पिछली बार सेट:</translation>
    </message>
    <message>
        <source>New &amp;alias (E.164):</source>
        <translation>नया उपनाम (E.164) (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Set alias</source>
        <translation>उपनाम सेट करें (&amp;S)</translation>
    </message>
    <message>
        <source>Not set by this console (Exotel cannot report the current alias).</source>
        <translation>इस कंसोल ने सेट नहीं किया (Exotel वर्तमान उपनाम नहीं बता सकता)।</translation>
    </message>
    <message>
        <source>%1 — set by this console on %2</source>
        <translation>%1 — इस कंसोल ने %2 को सेट किया</translation>
    </message>
    <message>
        <source>Setting the alias…</source>
        <translation>उपनाम सेट किया जा रहा है…</translation>
    </message>
    <message>
        <source>The alias is the number shown to called parties for outbound calls on this trunk. “Last set” is only what this console set, on this computer; the details page shows the alias Exotel reports where the account&apos;s server can read it back.</source>
        <translation>उपनाम वह नंबर है जो इस ट्रंक की आउटबाउंड कॉल में कॉल पाने वालों को दिखता है। “पिछली बार सेट” केवल वही है जो इस कंसोल ने इस कंप्यूटर पर सेट किया; जहाँ खाते का सर्वर इसे वापस पढ़ सकता है, वहाँ विवरण पेज Exotel का बताया उपनाम दिखाता है।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ChangeModeDialog</name>
    <message>
        <source>Change mode of %1</source>
        <translation>%1 का मोड बदलें</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>नंबर:</translation>
    </message>
    <message>
        <source>Mapping id:</source>
        <translation>मैपिंग id:</translation>
    </message>
    <message>
        <source>Current mode:</source>
        <translation>वर्तमान मोड:</translation>
    </message>
    <message>
        <source>&amp;New mode:</source>
        <translation>नया मोड (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Change mode</source>
        <translation>मोड बदलें (&amp;C)</translation>
    </message>
    <message>
        <source>Changing the mode…</source>
        <translation>मोड बदला जा रहा है…</translation>
    </message>
</context>
<context>
    <name>exotrunk::CreateCredentialDialog</name>
    <message>
        <source>S&amp;how</source>
        <translation>दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>New SIP credential on %1</source>
        <translation>%1 पर नया SIP क्रेडेंशियल</translation>
    </message>
    <message>
        <source>voice_ai_user</source>
        <translation>voice_ai_user</translation>
    </message>
    <message>
        <source>optional, up to 32 characters</source>
        <translation>वैकल्पिक, अधिकतम 32 वर्ण</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>बनाएँ (&amp;G)</translation>
    </message>
    <message>
        <source>A new random password of 24 characters</source>
        <translation>24 वर्णों का नया यादृच्छिक पासवर्ड</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>पहचान नाम (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Create credential</source>
        <translation>क्रेडेंशियल बनाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>%1 बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>Credential “%1” was created. Configure the peer with this user name and password.</source>
        <translation>क्रेडेंशियल “%1” बन गया। सामने वाले पक्ष को इसी उपयोगकर्ता नाम और पासवर्ड से कॉन्फ़िगर करें।</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>हो गया (&amp;D)</translation>
    </message>
    <message>
        <source>The SIP digest password the PBX or Voice AI platform will use</source>
        <translation>SIP डाइजेस्ट पासवर्ड जिसे PBX या Voice AI प्लेटफ़ॉर्म इस्तेमाल करेगा</translation>
    </message>
    <message>
        <source>Show the password in clear text</source>
        <translation>पासवर्ड साफ़ अक्षरों में दिखाएँ</translation>
    </message>
</context>
<context>
    <name>exotrunk::CreateTrunkDialog</name>
    <message>
        <source>Create Trunk</source>
        <translation>ट्रंक बनाएँ</translation>
    </message>
    <message>
        <source>Trunk Details</source>
        <translation>ट्रंक विवरण</translation>
    </message>
    <message>
        <source>up to 16 letters, digits or _</source>
        <translation>अधिकतम 16 अक्षर, अंक या _</translation>
    </message>
    <message>
        <source>Trunk &amp;Name *</source>
        <translation>ट्रंक का नाम * (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Exophone *</source>
        <translation>Exophone * (&amp;E)</translation>
    </message>
    <message>
        <source>optional caller ID, E.164</source>
        <translation>वैकल्पिक कॉलर ID, E.164</translation>
    </message>
    <message>
        <source>&amp;Alias</source>
        <translation>उपनाम (&amp;A)</translation>
    </message>
    <message>
        <source>Whitelist IPs</source>
        <translation>अनुमत IP</translation>
    </message>
    <message>
        <source>Destination URIs</source>
        <translation>गंतव्य URI</translation>
    </message>
    <message>
        <source>Create Exotrunk</source>
        <translation>Exotrunk बनाएँ</translation>
    </message>
    <message>
        <source>Add a whitelist IP (outbound) or a destination URI (inbound), or both.</source>
        <translation>एक अनुमत IP (आउटबाउंड) या एक गंतव्य URI (इनबाउंड), या दोनों जोड़ें।</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Trunk name</source>
        <translation>ट्रंक का नाम</translation>
    </message>
    <message>
        <source>Exophone</source>
        <translation>Exophone</translation>
    </message>
    <message>
        <source>Numbers already on this account&apos;s trunks are suggested as you type.</source>
        <translation>इस खाते के ट्रंकों पर पहले से मौजूद नंबर टाइप करते समय सुझाए जाते हैं।</translation>
    </message>
    <message>
        <source>Alias (caller ID)</source>
        <translation>उपनाम (कॉलर ID)</translation>
    </message>
    <message>
        <source>The public IPs of your PBX or SIP side that may place calls through this trunk. Optional when you use only destination URIs.</source>
        <translation>आपके PBX या SIP पक्ष के वे सार्वजनिक IP जो इस ट्रंक से कॉल कर सकते हैं। केवल गंतव्य URI इस्तेमाल करने पर वैकल्पिक।</translation>
    </message>
    <message>
        <source>Where Exotel sends calls for this trunk. Exotel&apos;s reference asks for one on every trunk.</source>
        <translation>Exotel इस ट्रंक की कॉल कहाँ भेजता है। Exotel का संदर्भ हर ट्रंक पर एक गंतव्य माँगता है।</translation>
    </message>
    <message>
        <source>Closes the form; nothing is created</source>
        <translation>फ़ॉर्म बंद करता है; कुछ भी नहीं बनता</translation>
    </message>
    <message>
        <source>Creates the trunk and adds its number, IPs and destinations; enabled when the whole form is valid</source>
        <translation>ट्रंक बनाता है और उसका नंबर, IP और गंतव्य जोड़ता है; पूरा फ़ॉर्म सही होने पर ही सक्रिय</translation>
    </message>
    <message>
        <source>Add to whitelist</source>
        <translation>अनुमत सूची में जोड़ें</translation>
    </message>
    <message>
        <source>Adds this IP to the whitelist with mask 32</source>
        <translation>इस IP को मास्क 32 के साथ अनुमत सूची में जोड़ता है</translation>
    </message>
    <message>
        <source>%1 is not in the whitelist, and Exotel refuses an IP destination that is not. Add it? (Otherwise Create adds it as %1/32 first.)</source>
        <translation>%1 अनुमत सूची में नहीं है, और Exotel ऐसे IP गंतव्य को अस्वीकार करता है। इसे जोड़ें? (वरना “बनाएँ” पहले इसे %1/32 के रूप में जोड़ देगा।)</translation>
    </message>
</context>
<context>
    <name>exotrunk::CredentialRotation</name>
    <message>
        <source>Choose the credential to replace.</source>
        <translation>बदलने के लिए क्रेडेंशियल चुनें।</translation>
    </message>
    <message>
        <source>The new user name must differ from the old one, so that both can exist while the peer is updated.</source>
        <translation>नया उपयोगकर्ता नाम पुराने से अलग होना चाहिए, ताकि सामने वाले पक्ष के अपडेट होने तक दोनों मौजूद रह सकें।</translation>
    </message>
    <message>
        <source>A credential named “%1” already exists on this trunk.</source>
        <translation>इस ट्रंक पर “%1” नाम का क्रेडेंशियल पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>New SIP digest credential for Exotel trunk %1</source>
        <translation>Exotel ट्रंक %1 के लिए नया SIP डाइजेस्ट क्रेडेंशियल</translation>
    </message>
    <message>
        <source>User name: %1</source>
        <translation>उपयोगकर्ता नाम: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>पासवर्ड: %1</translation>
    </message>
    <message>
        <source>Password: (shown once when the credential was created; not stored)</source>
        <translation>पासवर्ड: (क्रेडेंशियल बनाते समय एक बार दिखाया गया; सहेजा नहीं गया)</translation>
    </message>
    <message>
        <source>Exotel SIP edge: %1</source>
        <translation>Exotel SIP एज: %1</translation>
    </message>
    <message>
        <source>  TLS: port %1 (transport=tls)</source>
        <translation>  TLS: पोर्ट %1 (transport=tls)</translation>
    </message>
    <message>
        <source>  TCP: port %1 (transport=tcp)</source>
        <translation>  TCP: पोर्ट %1 (transport=tcp)</translation>
    </message>
    <message>
        <source>Replace the user name “%1” and its password on the PBX or Voice AI platform. “%1” stops working when it is deleted after the update.</source>
        <translation>PBX या Voice AI प्लेटफ़ॉर्म पर उपयोगकर्ता नाम “%1” और उसका पासवर्ड बदलें। अपडेट के बाद हटाए जाने पर “%1” काम करना बंद कर देगा।</translation>
    </message>
    <message>
        <source>The new credential “%1” no longer exists on the trunk, so “%2” was kept: deleting it would leave the peer without a working credential.</source>
        <translation>नया क्रेडेंशियल “%1” अब ट्रंक पर मौजूद नहीं है, इसलिए “%2” रखा गया: उसे हटाने से सामने वाले पक्ष के पास कोई काम करने वाला क्रेडेंशियल नहीं रहता।</translation>
    </message>
</context>
<context>
    <name>exotrunk::CredentialsModel</name>
    <message>
        <source>Credentials</source>
        <translation>क्रेडेंशियल</translation>
    </message>
    <message>
        <source>No credentials configured – Add SIP digest credentials so devices can authenticate to this trunk.</source>
        <translation>कोई क्रेडेंशियल कॉन्फ़िगर नहीं – SIP डाइजेस्ट क्रेडेंशियल जोड़ें ताकि डिवाइस इस ट्रंक पर प्रमाणित हो सकें।</translation>
    </message>
    <message>
        <source>User Name</source>
        <translation>उपयोगकर्ता नाम</translation>
    </message>
    <message>
        <source>Friendly Name</source>
        <translation>पहचान नाम</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
</context>
<context>
    <name>exotrunk::DeleteCredentialDialog</name>
    <message>
        <source>Delete credential %1</source>
        <translation>क्रेडेंशियल %1 हटाएँ</translation>
    </message>
    <message>
        <source>Delete the SIP digest credential &lt;b&gt;%1&lt;/b&gt; from trunk %2?</source>
        <translation>ट्रंक %2 से SIP डाइजेस्ट क्रेडेंशियल &lt;b&gt;%1&lt;/b&gt; हटाएँ?</translation>
    </message>
    <message>
        <source>Every PBX or Voice AI platform that still authenticates as “%1” will have its calls refused with &lt;b&gt;SIP 401 Unauthorized&lt;/b&gt; from the moment it is deleted. This cannot be undone. To replace a credential without downtime, use &lt;i&gt;Rotate credential&lt;/i&gt; instead.</source>
        <translation>हटाए जाने के क्षण से, जो भी PBX या Voice AI प्लेटफ़ॉर्म अब भी “%1” के रूप में प्रमाणित होता है, उसकी कॉल &lt;b&gt;SIP 401 Unauthorized&lt;/b&gt; के साथ अस्वीकार होंगी। इसे पूर्ववत नहीं किया जा सकता। बिना रुकावट क्रेडेंशियल बदलने के लिए इसके बजाय &lt;i&gt;क्रेडेंशियल बदलें&lt;/i&gt; का उपयोग करें।</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 हटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 हटाया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>exotrunk::DestinationAddition</name>
    <message>
        <source>Sending %1…</source>
        <translation>%1 भेजा जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n destination(s)…</source>
        <translation>
            <numerusform>%n गंतव्य जोड़ा जा रहा है…</numerusform>
            <numerusform>%n गंतव्य जोड़े जा रहे हैं…</numerusform>
        </translation>
    </message>
    <message>
        <source>the answer did not mention this destination</source>
        <translation>उत्तर में इस गंतव्य का उल्लेख नहीं था</translation>
    </message>
    <message>
        <source>Allowing %1…</source>
        <translation>%1 अनुमत किया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>exotrunk::DestinationOrderDialog</name>
    <message>
        <source>Priority and weight of %1</source>
        <translation>%1 की प्राथमिकता और भार</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Lower values are tried first.</source>
        <translation>कम मान पहले आज़माए जाते हैं।</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>भार</translation>
    </message>
    <message>
        <source>Destinations of equal priority share calls in proportion to their weights.</source>
        <translation>समान प्राथमिकता वाले गंतव्य अपने भार के अनुपात में कॉल बाँटते हैं।</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>गंतव्य:</translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation>प्राथमिकता (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>भार (&amp;W):</translation>
    </message>
    <message>
        <source>Failover order:</source>
        <translation>फ़ेलओवर क्रम:</translation>
    </message>
    <message>
        <source>&amp;Save order</source>
        <translation>क्रम सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Saving the order of %1…</source>
        <translation>%1 का क्रम सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>exotrunk::DestinationProbe</name>
    <message>
        <source>Cancelled before this step finished.</source>
        <translation>यह चरण पूरा होने से पहले रद्द हुआ।</translation>
    </message>
    <message>
        <source>Not tried: the probe was cancelled.</source>
        <translation>कोशिश नहीं की गई: जाँच रद्द कर दी गई।</translation>
    </message>
    <message>
        <source>Not tried: the %1 step did not succeed.</source>
        <translation>कोशिश नहीं की गई: %1 चरण सफल नहीं हुआ।</translation>
    </message>
    <message>
        <source>The destination has no host.</source>
        <translation>गंतव्य में कोई होस्ट नहीं है।</translation>
    </message>
    <message>
        <source>%1 is an IP address: nothing to look up.</source>
        <translation>%1 एक IP पता है: खोजने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>SRV %1 points to %2:%3.</source>
        <translation>SRV %1 %2:%3 की ओर इशारा करता है।</translation>
    </message>
    <message>
        <source>No SRV record %1, so the default port %2 is used.</source>
        <translation>कोई SRV रिकॉर्ड %1 नहीं, इसलिए डिफ़ॉल्ट पोर्ट %2 उपयोग हुआ।</translation>
    </message>
    <message>
        <source>%1 could not be resolved (%2). Check the spelling of the destination, and that its DNS records are published.</source>
        <translation>%1 हल नहीं हो सका (%2)। गंतव्य की वर्तनी जाँचें, और यह कि उसके DNS रिकॉर्ड प्रकाशित हैं।</translation>
    </message>
    <message>
        <source>%1 resolves to %2; probing %3.</source>
        <translation>%1 का पता %2 है; %3 की जाँच हो रही है।</translation>
    </message>
    <message>
        <source>UDP opens no connection.</source>
        <translation>UDP कोई कनेक्शन नहीं खोलता।</translation>
    </message>
    <message>
        <source>Not a TLS destination.</source>
        <translation>TLS गंतव्य नहीं है।</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 से जुड़ गया।</translation>
    </message>
    <message>
        <source>The server sent more than 64 KiB without a SIP answer: it does not speak SIP on this port.</source>
        <translation>सर्वर ने SIP उत्तर के बिना 64 KiB से अधिक भेजा: वह इस पोर्ट पर SIP नहीं बोलता।</translation>
    </message>
    <message>
        <source>The SRV lookup of %1 failed (%2), so the default port %3 is used.</source>
        <translation>%1 का SRV लुकअप विफल रहा (%2), इसलिए डिफ़ॉल्ट पोर्ट %3 उपयोग होता है।</translation>
    </message>
</context>
<context>
    <name>exotrunk::DestinationUrisModel</name>
    <message>
        <source>Destination URIs</source>
        <translation>गंतव्य URI</translation>
    </message>
    <message>
        <source>No destination URIs configured – Configure destination URIs to route calls from this trunk.</source>
        <translation>कोई गंतव्य URI कॉन्फ़िगर नहीं – इस ट्रंक से कॉल भेजने के लिए गंतव्य URI कॉन्फ़िगर करें।</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ट्रांसपोर्ट</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>प्राथमिकता</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>भार</translation>
    </message>
</context>
<context>
    <name>exotrunk::DestinationWizardPage</name>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>%1 is already covered by the whitelist.</source>
        <translation>%1 पहले से अनुमति-सूची में शामिल है।</translation>
    </message>
    <message>
        <source>An IP destination must be whitelisted first: %1/32 will be added to the whitelist automatically, before the destination.</source>
        <translation>IP गंतव्य को पहले अनुमति-सूची में होना चाहिए: गंतव्य से पहले %1/32 अपने-आप अनुमति-सूची में जोड़ा जाएगा।</translation>
    </message>
    <message>
        <source>An FQDN destination needs no whitelist entry.</source>
        <translation>FQDN गंतव्य के लिए अनुमति-सूची प्रविष्टि की ज़रूरत नहीं।</translation>
    </message>
    <message>
        <source>Where Exotel sends calls for this trunk.</source>
        <translation>Exotel इस ट्रंक की कॉल कहाँ भेजता है।</translation>
    </message>
    <message>
        <source>Add a &amp;destination URI to this trunk</source>
        <translation>इस ट्रंक में एक गंतव्य URI जोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Where Exotel sends calls for this trunk; optional for outbound-only use cases</source>
        <translation>Exotel इस ट्रंक की कॉल कहाँ भेजता है; केवल आउटबाउंड उपयोगों के लिए वैकल्पिक</translation>
    </message>
</context>
<context>
    <name>exotrunk::DoneWizardPage</name>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
    <message>
        <source>Hand this summary to whoever configures the SIP side.</source>
        <translation>यह सारांश उसे दें जो SIP की ओर को कॉन्फ़िगर करता है।</translation>
    </message>
    <message>
        <source>&amp;Include the SIP password</source>
        <translation>SIP पासवर्ड शामिल करें (&amp;I)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>कॉपी करें (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as text…</source>
        <translation>टेक्स्ट के रूप में सहेजें… (&amp;S)</translation>
    </message>
    <message>
        <source>Save hand-off summary</source>
        <translation>सौंपने का सारांश सहेजें</translation>
    </message>
    <message>
        <source>Trunk %1 is ready.</source>
        <translation>ट्रंक %1 तैयार है।</translation>
    </message>
    <message>
        <source>Trunk %1 was kept with parts missing (listed below). Finish it later from its details page.</source>
        <translation>ट्रंक %1 कुछ अधूरे हिस्सों (नीचे सूचीबद्ध) के साथ रखा गया। बाद में उसके विवरण पेज से इसे पूरा करें।</translation>
    </message>
    <message>
        <source>Rolled back: the trunk was deleted, nothing was left on the account.</source>
        <translation>वापस लिया गया: ट्रंक हटा दिया गया, खाते में कुछ नहीं छोड़ा गया।</translation>
    </message>
    <message>
        <source>Hand-off summary</source>
        <translation>हैंड-ऑफ़ सारांश</translation>
    </message>
    <message>
        <source>What the SIP side needs: trunk SID, domain, Exotel edge, credentials and the manual steps left</source>
        <translation>SIP पक्ष को क्या चाहिए: ट्रंक SID, डोमेन, Exotel एज, क्रेडेंशियल और बाकी मैन्युअल चरण</translation>
    </message>
    <message>
        <source>Copies the summary to the clipboard</source>
        <translation>सारांश क्लिपबोर्ड पर कॉपी करता है</translation>
    </message>
    <message>
        <source>Saves the summary as a text file</source>
        <translation>सारांश को टेक्स्ट फ़ाइल के रूप में सहेजता है</translation>
    </message>
</context>
<context>
    <name>exotrunk::EditCredentialDialog</name>
    <message>
        <source>Change password &amp;in place</source>
        <translation>पासवर्ड यहीं बदलें (&amp;I)</translation>
    </message>
    <message>
        <source>Edit credential %1</source>
        <translation>क्रेडेंशियल %1 संपादित करें</translation>
    </message>
    <message>
        <source>Friendly name</source>
        <translation>मित्रवत नाम</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>यूज़र नाम:</translation>
    </message>
    <message>
        <source>&amp;Friendly name:</source>
        <translation>मित्रवत नाम (&amp;F):</translation>
    </message>
    <message>
        <source>New pass&amp;word:</source>
        <translation>नया पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <source>&lt;b&gt;To change a password, rotate the credential instead&lt;/b&gt;: a new credential is created first, the peer is updated, then the old one is deleted, so no call is refused. A password changed in place breaks every call of a PBX or platform authenticating as “%1” (SIP 401) until that peer uses the new password.</source>
        <translation>&lt;b&gt;पासवर्ड बदलने के लिए क्रेडेंशियल रोटेट करें&lt;/b&gt;: पहले नया क्रेडेंशियल बनता है, पीयर अपडेट होता है, फिर पुराना हटाया जाता है, ताकि कोई कॉल अस्वीकार न हो। यहीं बदला गया पासवर्ड “%1” के रूप में प्रमाणित होने वाले हर PBX या प्लेटफ़ॉर्म की कॉल (SIP 401) तब तक तोड़ देता है जब तक वह पीयर नया पासवर्ड उपयोग न करे।</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Type the new password.</source>
        <translation>नया पासवर्ड टाइप करें।</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>%1 सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>exotrunk::EditDialogBase</name>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
</context>
<context>
    <name>exotrunk::EditMaskDialog</name>
    <message>
        <source>Edit mask of %1 on %2</source>
        <translation>%2 पर %1 का मास्क संपादित करें</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>मास्क</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>पता:</translation>
    </message>
    <message>
        <source>Mas&amp;k:</source>
        <translation>मास्क (&amp;K):</translation>
    </message>
    <message>
        <source>A smaller mask lets a whole range call in; trunks do not support CIDR ranges unless Exotel has confirmed it, so /32 is recommended.</source>
        <translation>छोटा मास्क पूरी रेंज को कॉल करने देता है; जब तक Exotel पुष्टि न करे, ट्रंक CIDR रेंज का समर्थन नहीं करते, इसलिए /32 की सलाह दी जाती है।</translation>
    </message>
    <message>
        <source>&amp;Save mask</source>
        <translation>मास्क सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Saving %1/%2…</source>
        <translation>%1/%2 सहेजा जा रहा है…</translation>
    </message>
</context>
<context>
    <name>exotrunk::Envelope</name>
    <message>
        <source>null</source>
        <comment>JSON type, after: got</comment>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <comment>JSON type, after: got</comment>
        <translation>एक boolean</translation>
    </message>
    <message>
        <source>a number</source>
        <comment>JSON type, after: got</comment>
        <translation>एक संख्या</translation>
    </message>
    <message>
        <source>a string</source>
        <comment>JSON type, after: got</comment>
        <translation>एक string</translation>
    </message>
    <message>
        <source>an array</source>
        <comment>JSON type, after: got</comment>
        <translation>एक array</translation>
    </message>
    <message>
        <source>an object</source>
        <comment>JSON type, after: got</comment>
        <translation>एक object</translation>
    </message>
    <message>
        <source>nothing</source>
        <comment>JSON type, after: got</comment>
        <translation>कुछ नहीं</translation>
    </message>
    <message>
        <source>The body was not an Exotel response (%1).</source>
        <translation>मुख्य भाग Exotel का उत्तर नहीं था (%1)।</translation>
    </message>
    <message>
        <source>The server sent a page titled &quot;%1&quot; instead of an Exotel response.</source>
        <translation>सर्वर ने Exotel के उत्तर की जगह &quot;%1&quot; शीर्षक वाला पेज भेजा।</translation>
    </message>
    <message>
        <source>The response is not a valid Exotel envelope: %1.</source>
        <translation>उत्तर मान्य Exotel envelope नहीं है: %1।</translation>
    </message>
    <message>
        <source>The server sent an HTML page titled &quot;%1&quot;.</source>
        <translation>सर्वर ने &quot;%1&quot; शीर्षक वाला HTML पेज भेजा।</translation>
    </message>
    <message>
        <source>%1 must be an object, got %2</source>
        <translation>%1 एक object होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>%1.code must be a whole number, got %2</source>
        <translation>%1.code पूर्ण संख्या होनी चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>%1.status must be a string, got %2</source>
        <translation>%1.status एक string होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>%1.error_data.code must be a number, got &quot;%2&quot;</source>
        <translation>%1.error_data.code एक संख्या होनी चाहिए, मिला &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.error_data.code must be a number, got %2</source>
        <translation>%1.error_data.code एक संख्या होनी चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>%1.error_data.message must be a string, got %2</source>
        <translation>%1.error_data.message एक string होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>%1.error_data.description must be a string, got %2</source>
        <translation>%1.error_data.description एक string होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>%1.error_data must be an object or null, got %2</source>
        <translation>%1.error_data एक object या null होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>The item reported status &quot;%1&quot; with code %2.</source>
        <translation>आइटम ने कोड %2 के साथ स्थिति &quot;%1&quot; बताई।</translation>
    </message>
    <message>
        <source>none</source>
        <comment>an item without a status</comment>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>metadata.%1 must be a whole number, got %2</source>
        <translation>metadata.%1 पूर्ण संख्या होनी चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>metadata.%1 must be a string or null, got %2</source>
        <translation>metadata.%1 एक string या null होना चाहिए, मिला %2</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>मुख्य भाग खाली है</translation>
    </message>
    <message>
        <source>it is an HTML or XML page, not JSON</source>
        <translation>यह HTML या XML पेज है, JSON नहीं</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2 of %3)</source>
        <translation>यह मान्य JSON नहीं है (%3 में से बाइट %2 पर %1)</translation>
    </message>
    <message>
        <source>the top level is an array, not an object</source>
        <translation>सबसे ऊपरी स्तर array है, object नहीं</translation>
    </message>
    <message>
        <source>request_id must be a string, got %1</source>
        <translation>request_id एक string होना चाहिए, मिला %1</translation>
    </message>
    <message>
        <source>method must be a string, got %1</source>
        <translation>method एक string होना चाहिए, मिला %1</translation>
    </message>
    <message>
        <source>http_code must be a whole number, got %1</source>
        <translation>http_code पूर्ण संख्या होनी चाहिए, मिला %1</translation>
    </message>
    <message>
        <source>metadata must be an object, got %1</source>
        <translation>metadata एक object होना चाहिए, मिला %1</translation>
    </message>
    <message>
        <source>it has no &quot;response&quot; field</source>
        <translation>इसमें &quot;response&quot; फ़ील्ड नहीं है</translation>
    </message>
    <message>
        <source>&quot;response&quot; must be an object or an array, got %1</source>
        <translation>&quot;response&quot; एक object या array होना चाहिए, मिला %1</translation>
    </message>
    <message>
        <source>it reports no failure</source>
        <translation>यह कोई विफलता नहीं बताता</translation>
    </message>
    <message>
        <source>The server answered with an error status, but its envelope reported no failure.</source>
        <translation>सर्वर ने त्रुटि स्थिति के साथ उत्तर दिया, पर उसके envelope ने कोई विफलता नहीं बताई।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ExotelClient</name>
    <message>
        <source>The server may or may not have applied the change: refresh to see the current state before trying again.</source>
        <translation>हो सकता है सर्वर ने बदलाव लागू किया हो या न किया हो: फिर से कोशिश करने से पहले वर्तमान स्थिति देखने के लिए रीफ़्रेश करें।</translation>
    </message>
    <message>
        <source>The account SID contains characters that cannot be sent.</source>
        <translation>खाता SID में ऐसे वर्ण हैं जो भेजे नहीं जा सकते।</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>अनुरोध रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>The %1 is missing or contains characters that are not allowed in an id.</source>
        <translation>%1 मौजूद नहीं है या उसमें ऐसे वर्ण हैं जो id में अनुमत नहीं हैं।</translation>
    </message>
    <message>
        <source>The server&apos;s answer held no result.</source>
        <translation>सर्वर के उत्तर में कोई परिणाम नहीं था।</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>सर्वर ने अनुरोध अस्वीकार कर दिया (HTTP %1)।</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>सर्वर का उत्तर पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The server answered with a single result where a list was expected.</source>
        <translation>सर्वर ने सूची की जगह एक ही परिणाम के साथ उत्तर दिया।</translation>
    </message>
    <message>
        <source>Item %1 on page %2 of the list could not be read: %3</source>
        <translation>सूची के पेज %2 पर आइटम %1 पढ़ा नहीं जा सका: %3</translation>
    </message>
    <message>
        <source>The server pointed to a next page on another server; it was not followed.</source>
        <translation>सर्वर ने अगले पेज के लिए किसी दूसरे सर्वर की ओर इशारा किया; उसका अनुसरण नहीं किया गया।</translation>
    </message>
    <message>
        <source>The server&apos;s pages do not end; the list was not loaded.</source>
        <translation>सर्वर के पेज खत्म नहीं होते; सूची लोड नहीं की गई।</translation>
    </message>
    <message>
        <source>The server gave no result for this entry; refresh to see whether it was applied.</source>
        <translation>सर्वर ने इस प्रविष्टि का कोई परिणाम नहीं दिया; यह लागू हुई या नहीं, देखने के लिए रीफ़्रेश करें।</translation>
    </message>
    <message>
        <source>The result for this entry could not be read: %1</source>
        <translation>इस प्रविष्टि का परिणाम पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The server is limiting the request rate and refused this request %1 times; nothing was changed. Wait a minute and try again.</source>
        <translation>सर्वर अनुरोधों की दर सीमित कर रहा है और उसने यह अनुरोध %1 बार अस्वीकार किया; कुछ नहीं बदला गया। एक मिनट रुककर फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server did not answer within %1 seconds.</source>
        <translation>सर्वर ने %1 सेकंड में उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation>सर्वर तक पहुँचा नहीं जा सका (%1)।</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered (%1).</source>
        <translation>सर्वर के उत्तर देने से पहले ही उससे कनेक्शन टूट गया (%1)।</translation>
    </message>
    <message>
        <source>The server failed with HTTP %1.</source>
        <translation>सर्वर HTTP %1 के साथ विफल रहा।</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>थोड़ी देर में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>trunk SID</source>
        <translation>ट्रंक SID</translation>
    </message>
    <message>
        <source>phone number id</source>
        <translation>फ़ोन नंबर id</translation>
    </message>
    <message>
        <source>Add at least one destination URI.</source>
        <translation>कम से कम एक गंतव्य URI जोड़ें।</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>credential id</source>
        <translation>क्रेडेंशियल id</translation>
    </message>
    <message>
        <source>The connection to the server was lost before it answered.</source>
        <translation>सर्वर के उत्तर देने से पहले ही उससे कनेक्शन टूट गया।</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; it was not followed, so the API key and token stay with the configured server. Check the server address of the account.</source>
        <translation>सर्वर ने अनुरोध को %1 पर भेजा; उसका अनुसरण नहीं किया गया, ताकि API कुंजी और टोकन कॉन्फ़िगर किए गए सर्वर तक ही रहें। खाते का सर्वर पता जाँचें।</translation>
    </message>
    <message>
        <source>another address</source>
        <translation>किसी दूसरे पते</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be established (%1). Check this computer&apos;s date and time, and whether a proxy intercepts HTTPS traffic. Nothing was sent to the server.</source>
        <translation>सर्वर से सुरक्षित कनेक्शन नहीं बन सका (%1)। इस कंप्यूटर की तारीख़ और समय जाँचें, और यह भी कि कहीं कोई प्रॉक्सी HTTPS ट्रैफ़िक को बीच में तो नहीं रोक रही। सर्वर को कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 MiB, so the console stopped reading it. A proxy or a wrong API address may be answering instead of Exotel.</source>
        <translation>सर्वर का उत्तर %1 MiB से बड़ा था, इसलिए कंसोल ने उसे पढ़ना बंद कर दिया। हो सकता है Exotel की जगह कोई प्रॉक्सी या गलत API पता जवाब दे रहा हो।</translation>
    </message>
    <message>
        <source>The server did not finish answering within %1 seconds.</source>
        <translation>सर्वर ने %1 सेकंड के भीतर उत्तर पूरा नहीं किया।</translation>
    </message>
    <message>
        <source>whitelisted IP id</source>
        <translation>अनुमत IP की id</translation>
    </message>
    <message>
        <source>destination URI id</source>
        <translation>गंतव्य URI की id</translation>
    </message>
    <message>
        <source>Priority and weight cannot be negative.</source>
        <translation>प्राथमिकता और भार ऋणात्मक नहीं हो सकते।</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>बदलने को कुछ नहीं।</translation>
    </message>
    <message>
        <source>setting name</source>
        <translation>सेटिंग का नाम</translation>
    </message>
</context>
<context>
    <name>exotrunk::FinishSetupDialog</name>
    <message>
        <source>Finish setup</source>
        <translation>सेटअप पूरा करें</translation>
    </message>
    <message>
        <source>Hand-off summary</source>
        <translation>हैंड-ऑफ़ सारांश</translation>
    </message>
    <message>
        <source>What the SIP side needs to finish the set-up</source>
        <translation>सेटअप पूरा करने के लिए SIP पक्ष को क्या चाहिए</translation>
    </message>
    <message>
        <source>&amp;Include the SIP password</source>
        <translation>SIP पासवर्ड शामिल करें (&amp;I)</translation>
    </message>
    <message>
        <source>Shows the SIP password in the summary</source>
        <translation>सारांश में SIP पासवर्ड दिखाता है</translation>
    </message>
    <message>
        <source>C&amp;opy summary</source>
        <translation>सारांश कॉपी करें (&amp;O)</translation>
    </message>
    <message>
        <source>Copies the summary to the clipboard</source>
        <translation>सारांश क्लिपबोर्ड पर कॉपी करता है</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Closes this window; what is still missing stays listed on the details page</source>
        <translation>यह विंडो बंद करता है; जो अभी बाकी है वह विवरण पेज पर सूचीबद्ध रहता है</translation>
    </message>
    <message>
        <source>Nothing is left to finish on trunk %1.</source>
        <translation>ट्रंक %1 पर पूरा करने को कुछ बाकी नहीं है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trunk %1 is now complete.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ट्रंक %1 अब पूरा है।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rolled back:&lt;/b&gt; trunk %1 was deleted.</source>
        <translation>&lt;b&gt;वापस लिया गया:&lt;/b&gt; ट्रंक %1 हटा दिया गया।</translation>
    </message>
    <message>
        <source>The setup of trunk &lt;b&gt;%1&lt;/b&gt; (%2) did not finish. Retry sends only what is missing; Roll back deletes the trunk.</source>
        <translation>ट्रंक &lt;b&gt;%1&lt;/b&gt; (%2) का सेटअप पूरा नहीं हुआ। “फिर से आज़माएँ” केवल बाकी कॉल भेजता है; “वापस लें” ट्रंक को हटा देता है।</translation>
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
    <message>
        <source>Clear search</source>
        <translation>खोज साफ़ करें</translation>
    </message>
</context>
<context>
    <name>exotrunk::MapNumberDialog</name>
    <message>
        <source>Map number to %1</source>
        <translation>%1 से नंबर जोड़ें</translation>
    </message>
    <message>
        <source>+919876543210</source>
        <translation>+919876543210</translation>
    </message>
    <message>
        <source>&amp;Number (E.164):</source>
        <translation>नंबर (E.164) (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Map number</source>
        <translation>नंबर जोड़ें (&amp;M)</translation>
    </message>
    <message>
        <source>Mapping %1…</source>
        <translation>%1 जोड़ा जा रहा है…</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>मोड (&amp;O):</translation>
    </message>
</context>
<context>
    <name>exotrunk::NetworkHandoff</name>
    <message>
        <source>The network data file has an invalid entry: %1.</source>
        <translation>नेटवर्क डेटा फ़ाइल में एक अमान्य प्रविष्टि है: %1।</translation>
    </message>
    <message>
        <source>Firewall rules for the Exotel SIP trunk %1</source>
        <translation>Exotel SIP ट्रंक %1 के फ़ायरवॉल नियम</translation>
    </message>
    <message>
        <source>From: %1.</source>
        <translation>स्रोत: %1।</translation>
    </message>
    <message>
        <source>Data version %1 of %2.</source>
        <translation>डेटा संस्करण %1, दिनांक %2।</translation>
    </message>
    <message>
        <source>Source ports are dynamic: never restrict them.</source>
        <translation>स्रोत पोर्ट बदलते रहते हैं: उन्हें कभी सीमित न करें।</translation>
    </message>
    <message>
        <source>Exotel media IPs (all pools)</source>
        <translation>Exotel मीडिया IP (सभी पूल)</translation>
    </message>
    <message>
        <source>Exotel media IPs (India pool)</source>
        <translation>Exotel मीडिया IP (भारत पूल)</translation>
    </message>
    <message>
        <source>Exotel signalling IPs</source>
        <translation>Exotel सिग्नलिंग IP</translation>
    </message>
    <message>
        <source>Direction | Traffic | Source | Destination | Port / protocol</source>
        <translation>दिशा | ट्रैफ़िक | स्रोत | गंतव्य | पोर्ट / प्रोटोकॉल</translation>
    </message>
    <message>
        <source>Inbound | SIP signalling | %1 | your SIP server | %2/%3</source>
        <translation>इनबाउंड | SIP सिग्नलिंग | %1 | आपका SIP सर्वर | %2/%3</translation>
    </message>
    <message>
        <source>Inbound | RTP media | %1 | your RTP ports | %2</source>
        <translation>इनबाउंड | RTP मीडिया | %1 | आपके RTP पोर्ट | %2</translation>
    </message>
    <message>
        <source>Outbound | SIP signalling | your SIP server | %1 | %2</source>
        <translation>आउटबाउंड | SIP सिग्नलिंग | आपका SIP सर्वर | %1 | %2</translation>
    </message>
    <message>
        <source>Exotel edge FQDNs</source>
        <translation>Exotel edge FQDN</translation>
    </message>
    <message>
        <source>Outbound | RTP media | your RTP ports | %1 | %2</source>
        <translation>आउटबाउंड | RTP मीडिया | आपके RTP पोर्ट | %1 | %2</translation>
    </message>
    <message>
        <source>Exotel edge FQDNs:</source>
        <translation>Exotel edge FQDN:</translation>
    </message>
    <message>
        <source>nft resolves these names once, when the rules are loaded.</source>
        <translation>nft इन नामों को एक बार हल करता है, जब नियम लोड होते हैं।</translation>
    </message>
    <message>
        <source>iptables resolves these names once, when the rule is added.</source>
        <translation>iptables इन नामों को एक बार हल करता है, जब नियम जोड़ा जाता है।</translation>
    </message>
    <message>
        <source>The network data file is not valid JSON.</source>
        <translation>नेटवर्क डेटा फ़ाइल मान्य JSON नहीं है।</translation>
    </message>
    <message>
        <source>The network data file has version %1; this console reads version %2.</source>
        <translation>नेटवर्क डेटा फ़ाइल का संस्करण %1 है; यह कंसोल संस्करण %2 पढ़ता है।</translation>
    </message>
    <message>
        <source>Could not read the network data file %1: %2.</source>
        <translation>नेटवर्क डेटा फ़ाइल %1 पढ़ी नहीं जा सकी: %2।</translation>
    </message>
    <message>
        <source>Exotel edge for calls from the PBX (SIP → PSTN):</source>
        <translation>PBX से कॉल के लिए Exotel edge (SIP → PSTN):</translation>
    </message>
    <message>
        <source>Failover: configure the primary and the secondary, and retry the secondary when the primary is unreachable.</source>
        <translation>फ़ेलओवर: प्राथमिक और द्वितीयक दोनों कॉन्फ़िगर करें, और प्राथमिक तक न पहुँचने पर द्वितीयक पर फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Average ping to Exotel&apos;s SIP endpoints below 50 ms, no spikes above 150 ms.</source>
        <translation>Exotel के SIP endpoints तक औसत ping 50 ms से कम, 150 ms से ऊपर कोई उछाल नहीं।</translation>
    </message>
    <message>
        <source>UDP jitter test (iperf3) for at least 5 minutes under load: below 20 ms.</source>
        <translation>लोड में कम से कम 5 मिनट UDP jitter जाँच (iperf3): 20 ms से कम।</translation>
    </message>
    <message>
        <source>Packet loss under simulated call load: below 1%.</source>
        <translation>नकली कॉल लोड में पैकेट हानि: 1% से कम।</translation>
    </message>
    <message>
        <source>Bandwidth for %1 concurrent calls: at least %2 Mbps (100 kbps per G.711 call × 1.5 headroom).</source>
        <translation>%1 एक साथ कॉल के लिए बैंडविड्थ: कम से कम %2 Mbps (प्रति G.711 कॉल 100 kbps × 1.5 अतिरिक्त क्षमता)।</translation>
    </message>
    <message>
        <source>SIP ALG disabled on every router and firewall.</source>
        <translation>हर राउटर और फ़ायरवॉल पर SIP ALG बंद।</translation>
    </message>
    <message>
        <source>UDP media ports open in both directions.</source>
        <translation>UDP मीडिया पोर्ट दोनों दिशाओं में खुले।</translation>
    </message>
    <message>
        <source>10 test calls placed and their MOS reviewed in the Exotel dashboard: 4.0 or better.</source>
        <translation>10 परीक्षण कॉल की गईं और Exotel डैशबोर्ड में उनका MOS देखा गया: 4.0 या बेहतर।</translation>
    </message>
</context>
<context>
    <name>exotrunk::NumberLookup</name>
    <message>
        <source>Not connected to an account.</source>
        <translation>किसी खाते से जुड़ा नहीं है।</translation>
    </message>
    <message>
        <source>%1 is not mapped to any trunk of this account: map it to this trunk, or check that it is the account&apos;s Exophone.</source>
        <translation>%1 इस खाते के किसी ट्रंक से मैप नहीं है: इसे इस ट्रंक से मैप करें, या जाँचें कि यह खाते का Exophone है।</translation>
    </message>
    <message>
        <source>The account says %1 is mapped to this trunk.</source>
        <translation>खाते के अनुसार %1 इस ट्रंक से मैप है।</translation>
    </message>
    <message>
        <source>The account says %1 is mapped to trunk %2, not to this one: calls to it reach that trunk.</source>
        <translation>खाते के अनुसार %1 ट्रंक %2 से मैप है, इससे नहीं: उस पर आई कॉल उसी ट्रंक पर पहुँचती हैं।</translation>
    </message>
</context>
<context>
    <name>exotrunk::NumberWizardPage</name>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>The Exophone (DID) this trunk uses, in E.164 form.</source>
        <translation>यह ट्रंक जिस Exophone (DID) का उपयोग करता है, E.164 रूप में।</translation>
    </message>
    <message>
        <source>&amp;Exophone:</source>
        <translation>Exophone (&amp;E):</translation>
    </message>
    <message>
        <source>The API cannot list your Exophones: type the number (numbers already on this account&apos;s trunks are suggested).</source>
        <translation>API आपके Exophone की सूची नहीं दे सकता: नंबर लिखें (इस खाते के ट्रंक पर पहले से मौजूद नंबर सुझाए जाते हैं)।</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>मोड:</translation>
    </message>
</context>
<context>
    <name>exotrunk::OnceSecretPanel</name>
    <message>
        <source>&amp;Copy password</source>
        <translation>पासवर्ड कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>नया पासवर्ड</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>उपयोगकर्ता नाम:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>पासवर्ड:</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s) if it still holds the password.</source>
        <translation>
            <numerusform>कॉपी हो गया। अगर क्लिपबोर्ड में तब भी पासवर्ड रहा तो %n सेकंड में उसे साफ़ कर दिया जाएगा।</numerusform>
            <numerusform>कॉपी हो गया। अगर क्लिपबोर्ड में तब भी पासवर्ड रहा तो %n सेकंड में उसे साफ़ कर दिया जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;This password is shown only now.&lt;/b&gt; Exotel never returns it and the console does not store it: copy it to the peer&apos;s configuration before you leave this page.</source>
        <translation>&lt;b&gt;यह पासवर्ड केवल अभी दिखाया जा रहा है।&lt;/b&gt; Exotel इसे कभी वापस नहीं देता और कंसोल इसे सहेजता नहीं: यह पेज छोड़ने से पहले इसे सामने वाले पक्ष के कॉन्फ़िगरेशन में कॉपी कर लें।</translation>
    </message>
    <message>
        <source>Shown only now; it cannot be read back later</source>
        <translation>केवल अभी दिखाया गया; बाद में इसे दोबारा पढ़ा नहीं जा सकता</translation>
    </message>
    <message>
        <source>Copy the password; the clipboard is cleared again shortly</source>
        <translation>पासवर्ड कॉपी करें; क्लिपबोर्ड थोड़ी देर बाद फिर से साफ़ कर दिया जाता है</translation>
    </message>
</context>
<context>
    <name>exotrunk::PhoneNumbersModel</name>
    <message>
        <source>Phone Numbers</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>No phone numbers assigned – Assign phone numbers to this trunk for incoming calls.</source>
        <translation>कोई फ़ोन नंबर नहीं दिया गया – आने वाली कॉल के लिए इस ट्रंक को फ़ोन नंबर दें।</translation>
    </message>
    <message>
        <source>pstn (default)</source>
        <translation>pstn (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <source>Phone Number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>मोड</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>pstn</source>
        <translation>pstn</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProbeText</name>
    <message>
        <source>no host name</source>
        <translation>कोई होस्ट नाम नहीं</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens on that port, or a firewall rejects it. Check the port in the destination and that the SIP server listens on it.</source>
        <translation>%1 ने कनेक्शन से मना किया: उस पोर्ट पर कोई नहीं सुन रहा, या फ़ायरवॉल उसे अस्वीकार करता है। गंतव्य में पोर्ट जाँचें और यह कि SIP सर्वर उस पर सुन रहा है।</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (%2). Check the address, and the routes and firewalls between here and there.</source>
        <translation>इस कंप्यूटर से %1 तक पहुँच नहीं है (%2)। पता जाँचें, और यहाँ से वहाँ के बीच के रूट और फ़ायरवॉल भी।</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2.</source>
        <translation>%1 से कनेक्ट नहीं हो सका: %2।</translation>
    </message>
    <message numerus="yes">
        <source>The certificate chain is trusted and the certificate is valid for %1 (issued for %2). It expires on %3, in %n day(s).</source>
        <translation>
            <numerusform>प्रमाणपत्र श्रृंखला विश्वसनीय है और प्रमाणपत्र %1 के लिए मान्य है (%2 के लिए जारी)। यह %3 को, %n दिन में समाप्त होगा।</numerusform>
            <numerusform>प्रमाणपत्र श्रृंखला विश्वसनीय है और प्रमाणपत्र %1 के लिए मान्य है (%2 के लिए जारी)। यह %3 को, %n दिन में समाप्त होगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Ask the server&apos;s operator to renew it before then: calls fail the day it expires.</source>
        <translation>सर्वर के संचालक से उससे पहले इसे नवीनीकृत करने को कहें: जिस दिन यह समाप्त होगा, कॉल विफल होंगी।</translation>
    </message>
    <message>
        <source>The certificate is issued for %1, not for %2: Exotel would refuse it too. Put a host name the certificate covers in the destination, or have the certificate reissued for %2.</source>
        <translation>प्रमाणपत्र %1 के लिए जारी है, %2 के लिए नहीं: Exotel भी इसे अस्वीकार करेगा। गंतव्य में ऐसा होस्ट नाम रखें जो प्रमाणपत्र में शामिल हो, या %2 के लिए प्रमाणपत्र दोबारा जारी करवाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>The certificate expired on %1, %n day(s) ago. The server&apos;s operator must renew it.</source>
        <translation>
            <numerusform>प्रमाणपत्र %1 को, %n दिन पहले, समाप्त हो गया। सर्वर के संचालक को इसे नवीनीकृत करना होगा।</numerusform>
            <numerusform>प्रमाणपत्र %1 को, %n दिन पहले, समाप्त हो गया। सर्वर के संचालक को इसे नवीनीकृत करना होगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate is valid only from %1. Check this computer&apos;s date and time, and the server&apos;s.</source>
        <translation>प्रमाणपत्र केवल %1 से मान्य है। इस कंप्यूटर की और सर्वर की तारीख और समय जाँचें।</translation>
    </message>
    <message>
        <source>The certificate chain is not trusted: its issuer (%1) is not a certificate authority this computer trusts. A self-signed or private-CA certificate may be refused by Exotel as well; use one from a public authority.</source>
        <translation>प्रमाणपत्र श्रृंखला विश्वसनीय नहीं है: इसका जारीकर्ता (%1) ऐसा प्रमाणपत्र प्राधिकरण नहीं है जिस पर यह कंप्यूटर भरोसा करता हो। self-signed या निजी CA का प्रमाणपत्र Exotel भी अस्वीकार कर सकता है; किसी सार्वजनिक प्राधिकरण का प्रमाणपत्र उपयोग करें।</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>The certificate could not be verified: %1.</source>
        <translation>प्रमाणपत्र सत्यापित नहीं हो सका: %1।</translation>
    </message>
    <message>
        <source>The certificate could not be verified.</source>
        <translation>प्रमाणपत्र सत्यापित नहीं हो सका।</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2). The port may not speak TLS: check the port and the transport of the destination.</source>
        <translation>%1 के साथ TLS handshake विफल रहा (%2)। हो सकता है पोर्ट TLS न बोलता हो: गंतव्य का पोर्ट और ट्रांसपोर्ट जाँचें।</translation>
    </message>
    <message numerus="yes">
        <source>Answered %1 in %n ms.</source>
        <translation>
            <numerusform>%n ms में %1 उत्तर मिला।</numerusform>
            <numerusform>%n ms में %1 उत्तर मिला।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request was sent %n time(s) before the answer came; packets may be lost on the way.</source>
        <translation>
            <numerusform>उत्तर आने से पहले अनुरोध %n बार भेजा गया; रास्ते में पैकेट खो सकते हैं।</numerusform>
            <numerusform>उत्तर आने से पहले अनुरोध %n बार भेजा गया; रास्ते में पैकेट खो सकते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The SIP server is reachable but does not accept requests from this computer; it may accept only Exotel&apos;s signalling IPs (§15), so this need not mean it refuses Exotel.</source>
        <translation>SIP सर्वर तक पहुँच है पर वह इस कंप्यूटर से अनुरोध स्वीकार नहीं करता; हो सकता है वह केवल Exotel के सिग्नलिंग IP स्वीकार करता हो (§15), इसलिए इसका अर्थ यह नहीं कि वह Exotel को मना करता है।</translation>
    </message>
    <message>
        <source>The SIP server is reachable; it does not answer OPTIONS, which does not stop calls.</source>
        <translation>SIP सर्वर तक पहुँच है; वह OPTIONS का उत्तर नहीं देता, जिससे कॉल नहीं रुकतीं।</translation>
    </message>
    <message>
        <source>The SIP server answers but reports a problem: look the code up in the SIP error guide (§16).</source>
        <translation>SIP सर्वर उत्तर देता है पर समस्या बताता है: कोड SIP त्रुटि गाइड (§16) में देखें।</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering OPTIONS. The SIP server may reject this computer&apos;s address; check its logs.</source>
        <translation>%1 ने OPTIONS का उत्तर दिए बिना कनेक्शन बंद कर दिया। SIP सर्वर इस कंप्यूटर का पता अस्वीकार कर रहा हो सकता है; उसके लॉग जाँचें।</translation>
    </message>
    <message>
        <source>The connection to %1 broke before an answer came (%2).</source>
        <translation>उत्तर आने से पहले %1 से कनेक्शन टूट गया (%2)।</translation>
    </message>
    <message>
        <source>Nothing listens on UDP at %1: the port is closed (the computer there answered &quot;port unreachable&quot;). Check the port, and that the SIP server listens on UDP.</source>
        <translation>%1 पर UDP में कोई नहीं सुन रहा: पोर्ट बंद है (वहाँ के कंप्यूटर ने &quot;port unreachable&quot; कहा)। पोर्ट जाँचें, और यह कि SIP सर्वर UDP पर सुन रहा है।</translation>
    </message>
    <message>
        <source>Sending OPTIONS over UDP to %1 failed (%2).</source>
        <translation>%1 को UDP पर OPTIONS भेजना विफल रहा (%2)।</translation>
    </message>
    <message numerus="yes">
        <source>No DNS answer for %1 within %n ms. Check this computer&apos;s DNS server, and the spelling of the host.</source>
        <translation>
            <numerusform>%n ms में %1 के लिए कोई DNS उत्तर नहीं। इस कंप्यूटर का DNS सर्वर और होस्ट की वर्तनी जाँचें।</numerusform>
            <numerusform>%n ms में %1 के लिए कोई DNS उत्तर नहीं। इस कंप्यूटर का DNS सर्वर और होस्ट की वर्तनी जाँचें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to the connection request within %n ms from %1: a firewall drops it, or the host is down.</source>
        <translation>
            <numerusform>%n ms में %1 से कनेक्शन अनुरोध का कोई उत्तर नहीं: कोई फ़ायरवॉल उसे गिरा देता है, या होस्ट बंद है।</numerusform>
            <numerusform>%n ms में %1 से कनेक्शन अनुरोध का कोई उत्तर नहीं: कोई फ़ायरवॉल उसे गिरा देता है, या होस्ट बंद है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected, but the TLS handshake did not finish within %n ms. The port may not speak TLS: check the port and the transport.</source>
        <translation>
            <numerusform>कनेक्ट हुआ, पर TLS handshake %n ms में पूरा नहीं हुआ। हो सकता है पोर्ट TLS न बोलता हो: पोर्ट और ट्रांसपोर्ट जाँचें।</numerusform>
            <numerusform>कनेक्ट हुआ, पर TLS handshake %n ms में पूरा नहीं हुआ। हो सकता है पोर्ट TLS न बोलता हो: पोर्ट और ट्रांसपोर्ट जाँचें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer to OPTIONS within %n ms from %1 over UDP (requests sent: %2). A firewall may drop SIP, or nothing listens on this port.</source>
        <translation>
            <numerusform>%n ms में UDP पर %1 से OPTIONS का कोई उत्तर नहीं (भेजे गए अनुरोध: %2)। कोई फ़ायरवॉल SIP गिरा सकता है, या इस पोर्ट पर कोई नहीं सुन रहा।</numerusform>
            <numerusform>%n ms में UDP पर %1 से OPTIONS का कोई उत्तर नहीं (भेजे गए अनुरोध: %2)। कोई फ़ायरवॉल SIP गिरा सकता है, या इस पोर्ट पर कोई नहीं सुन रहा।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1, but no answer to OPTIONS within %n ms. The SIP server may ignore requests from this computer&apos;s address.</source>
        <translation>
            <numerusform>%1 से जुड़ा, पर %n ms में OPTIONS का कोई उत्तर नहीं। SIP सर्वर इस कंप्यूटर के पते से आए अनुरोध अनदेखा कर रहा हो सकता है।</numerusform>
            <numerusform>%1 से जुड़ा, पर %n ms में OPTIONS का कोई उत्तर नहीं। SIP सर्वर इस कंप्यूटर के पते से आए अनुरोध अनदेखा कर रहा हो सकता है।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::ProfileSwitcher</name>
    <message>
        <source>No account</source>
        <translation>कोई खाता नहीं</translation>
    </message>
    <message>
        <source>Active account</source>
        <translation>सक्रिय खाता</translation>
    </message>
    <message>
        <source>The account the console works on</source>
        <translation>वह खाता जिस पर कंसोल काम करता है</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>खाता जोड़ें… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit account…</source>
        <translation>खाता संपादित करें… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Remove account…</source>
        <translation>खाता हटाएँ… (&amp;R)</translation>
    </message>
    <message>
        <source>Rotate API &amp;token…</source>
        <translation>API टोकन बदलें… (&amp;T)</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>खाते की क्रियाएँ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (not saved)</source>
        <translation>%1 (सहेजा नहीं गया)</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (यह सत्र)</translation>
    </message>
    <message>
        <source>%1
Account %2 at %3</source>
        <translation>%1
खाता %2, %3 पर</translation>
    </message>
    <message>
        <source>No account yet: add one</source>
        <translation>अभी कोई खाता नहीं: एक जोड़ें</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>खाता हटाएँ</translation>
    </message>
    <message>
        <source>Remove the account “%1” (%2) from this console?</source>
        <translation>खाता “%1” (%2) इस कंसोल से हटाएँ?</translation>
    </message>
    <message>
        <source>Nothing changes on Exotel.</source>
        <translation>Exotel पर कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>Its API token is deleted from the system keychain. Nothing changes on Exotel.</source>
        <translation>इसका API टोकन सिस्टम कीचेन से हटा दिया जाता है। Exotel पर कुछ नहीं बदलता।</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>The account was not removed. %1</source>
        <translation>खाता नहीं हटाया गया। %1</translation>
    </message>
    <message>
        <source>Add, edit or remove accounts and rotate an API token</source>
        <translation>खाते जोड़ें, बदलें या हटाएँ और API टोकन बदलें</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProgressWizardPage</name>
    <message>
        <source>Creating the trunk</source>
        <translation>ट्रंक बनाया जा रहा है</translation>
    </message>
    <message>
        <source>Each call and its state. Nothing is left half-made without you knowing.</source>
        <translation>हर कॉल और उसकी स्थिति। आपकी जानकारी के बिना कुछ भी अधूरा नहीं छूटता।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningContext</name>
    <message>
        <source>A trunk named %1 already exists on this account.</source>
        <translation>%1 नाम का ट्रंक इस खाते में पहले से है।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningEngine</name>
    <message>
        <source>Not started</source>
        <translation>शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चल रहा है</translation>
    </message>
    <message>
        <source>Needs a decision</source>
        <translation>निर्णय चाहिए</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>पूरा हुआ</translation>
    </message>
    <message>
        <source>Kept as is</source>
        <translation>जैसा है वैसा रखा गया</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>वापस लिया जा रहा है</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>वापस लिया गया</translation>
    </message>
    <message>
        <source>Removed by the roll-back.</source>
        <translation>वापसी (रोल-बैक) द्वारा हटाया गया।</translation>
    </message>
    <message>
        <source>Not attempted: it needs “%1”, which did not succeed.</source>
        <translation>प्रयास नहीं किया गया: इसके लिए “%1” चाहिए, जो सफल नहीं हुआ।</translation>
    </message>
    <message>
        <source>A trunk named %1 already exists on this account; choose another name.</source>
        <translation>इस खाते में %1 नाम का ट्रंक पहले से मौजूद है; कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Exotel refused %1.</source>
        <translation>Exotel ने %1 अस्वीकार कर दिया।</translation>
    </message>
    <message>
        <source>Already set.</source>
        <translation>पहले से सेट है।</translation>
    </message>
    <message>
        <source>Already existed — verified by listing.</source>
        <translation>पहले से मौजूद था — सूची से पुष्टि की गई।</translation>
    </message>
    <message>
        <source>Exotel reports %1 as a duplicate, but it is not on this trunk; it may belong to another trunk.</source>
        <translation>Exotel %1 को डुप्लिकेट बताता है, पर यह इस ट्रंक पर नहीं है; यह किसी दूसरे ट्रंक का हो सकता है।</translation>
    </message>
    <message>
        <source>Already mapped — mode updated.</source>
        <translation>पहले से जुड़ा था — मोड अपडेट किया गया।</translation>
    </message>
    <message>
        <source>Recreated with the new password.</source>
        <translation>नए पासवर्ड के साथ फिर से बनाया गया।</translation>
    </message>
    <message>
        <source>Not finished: the setup was interrupted before this call completed.</source>
        <translation>पूरा नहीं हुआ: यह कॉल पूरी होने से पहले सेटअप बाधित हो गया।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningPlan</name>
    <message>
        <source>The trunk %1 itself was not created.</source>
        <translation>ट्रंक %1 ख़ुद ही नहीं बना।</translation>
    </message>
    <message>
        <source>Number %1 is not mapped: no calls in or out with it.</source>
        <translation>नंबर %1 जुड़ा नहीं है: इससे कोई कॉल अंदर या बाहर नहीं होगी।</translation>
    </message>
    <message>
        <source>IP %1/%2 is not whitelisted.</source>
        <translation>IP %1/%2 अनुमति-सूची में नहीं है।</translation>
    </message>
    <message>
        <source>Destination URI %1 is missing: inbound calls cannot reach you.</source>
        <translation>गंतव्य URI %1 मौजूद नहीं है: आने वाली कॉल आप तक नहीं पहुँच सकतीं।</translation>
    </message>
    <message>
        <source>SIP credentials %1 do not exist: digest authentication will fail.</source>
        <translation>SIP क्रेडेंशियल %1 मौजूद नहीं हैं: डाइजेस्ट प्रमाणीकरण विफल होगा।</translation>
    </message>
    <message>
        <source>Caller-ID alias %1 is not set.</source>
        <translation>कॉलर-ID उपनाम %1 सेट नहीं है।</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>कारण: %1</translation>
    </message>
    <message>
        <source>(after the whitelist)</source>
        <translation>(अनुमति-सूची के बाद)</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningProgressWidget</name>
    <message>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>विफल को फिर से आज़माएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Send the failed and skipped calls again; nothing done is repeated.</source>
        <translation>विफल और छोड़ी गई कॉल फिर से भेजें; जो हो चुका है वह दोहराया नहीं जाता।</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>जैसा है वैसा रखें (&amp;K)</translation>
    </message>
    <message>
        <source>Leave the trunk with what is missing; finish it later from the trunk&apos;s details page.</source>
        <translation>ट्रंक को अधूरे हिस्सों के साथ छोड़ दें; बाद में ट्रंक के विवरण पेज से इसे पूरा करें।</translation>
    </message>
    <message>
        <source>Roll &amp;back</source>
        <translation>वापस लें (&amp;B)</translation>
    </message>
    <message>
        <source>Delete the trunk and everything added to it.</source>
        <translation>ट्रंक और उसमें जोड़ी गई हर चीज़ हटाएँ।</translation>
    </message>
    <message>
        <source>Nothing has been sent yet.</source>
        <translation>अभी तक कुछ नहीं भेजा गया।</translation>
    </message>
    <message>
        <source>Creating… independent calls run at the same time.</source>
        <translation>बनाया जा रहा है… स्वतंत्र कॉल एक साथ चलती हैं।</translation>
    </message>
    <message>
        <source>The roll-back failed: %1</source>
        <translation>वापसी (रोल-बैक) विफल रही: %1</translation>
    </message>
    <message>
        <source>Some calls failed. Retry them, keep the trunk as it is, or roll back (delete the trunk).</source>
        <translation>कुछ कॉल विफल रहीं। उन्हें फिर से आज़माएँ, ट्रंक को जैसा है वैसा रखें, या वापस लें (ट्रंक हटाएँ)।</translation>
    </message>
    <message>
        <source>All calls succeeded.</source>
        <translation>सभी कॉल सफल रहीं।</translation>
    </message>
    <message>
        <source>Kept as is. The trunk&apos;s details page offers “Finish setup” later.</source>
        <translation>जैसा है वैसा रखा गया। ट्रंक के विवरण पेज पर बाद में “सेटअप पूरा करें” मिलेगा।</translation>
    </message>
    <message>
        <source>Rolling back: deleting the trunk…</source>
        <translation>वापस लिया जा रहा है: ट्रंक हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>Rolled back: nothing was left on the account.</source>
        <translation>वापस लिया गया: खाते में कुछ नहीं छोड़ा गया।</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>अधूरा:</translation>
    </message>
    <message>
        <source>API calls</source>
        <translation>API कॉल</translation>
    </message>
    <message>
        <source>One row per call: what it does, its state and why it failed</source>
        <translation>हर कॉल की एक पंक्ति: वह क्या करती है, उसकी स्थिति और विफल होने का कारण</translation>
    </message>
    <message>
        <source>Retry failed calls</source>
        <translation>विफल कॉल फिर से आज़माएँ</translation>
    </message>
    <message>
        <source>Keep the trunk as it is</source>
        <translation>ट्रंक को जैसा है वैसा रखें</translation>
    </message>
    <message>
        <source>Roll back: delete the trunk</source>
        <translation>वापस लें: ट्रंक हटाएँ</translation>
    </message>
    <message>
        <source>The roll-back stopped: %1</source>
        <translation>रोल-बैक रुक गया: %1</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningRequest</name>
    <message>
        <source>Enter the Exophone in E.164 form, e.g. +918047123456.</source>
        <translation>Exophone को E.164 रूप में दर्ज करें, जैसे +918047123456।</translation>
    </message>
    <message>
        <source>Voice AI platforms call from changing cloud IPs: add SIP digest credentials and use the same on the platform.</source>
        <translation>Voice AI प्लेटफ़ॉर्म बदलते क्लाउड IP से कॉल करते हैं: SIP डाइजेस्ट क्रेडेंशियल जोड़ें और प्लेटफ़ॉर्म पर भी वही उपयोग करें।</translation>
    </message>
    <message>
        <source>Outbound calls need a whitelisted IP or SIP digest credentials (or both).</source>
        <translation>बाहर जाने वाली कॉल के लिए अनुमत IP या SIP डाइजेस्ट क्रेडेंशियल (या दोनों) चाहिए।</translation>
    </message>
    <message>
        <source>Mixing an IP whitelist with digest credentials is only advised when Exotel and the provider have confirmed it.</source>
        <translation>IP अनुमति-सूची और डाइजेस्ट क्रेडेंशियल को साथ मिलाने की सलाह तभी है जब Exotel और प्रदाता ने इसकी पुष्टि की हो।</translation>
    </message>
    <message>
        <source>Inbound calls need a destination URI: where Exotel sends calls for this trunk.</source>
        <translation>आने वाली कॉल के लिए गंतव्य URI चाहिए: जहाँ Exotel इस ट्रंक की कॉल भेजता है।</translation>
    </message>
    <message>
        <source>IP destinations must be whitelisted first; %1 will be added to the whitelist with mask 32.</source>
        <translation>IP गंतव्य पहले अनुमति-सूची में होने चाहिए; %1 को मास्क 32 के साथ अनुमति-सूची में जोड़ा जाएगा।</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 दो बार सूचीबद्ध है।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ProvisioningStep</name>
    <message>
        <source>Create trunk %1</source>
        <translation>ट्रंक %1 बनाएँ</translation>
    </message>
    <message>
        <source>Map %1 (mode %2)</source>
        <translation>%1 जोड़ें (मोड %2)</translation>
    </message>
    <message>
        <source>Whitelist %1/%2 (IP destination)</source>
        <translation>%1/%2 को अनुमति-सूची में डालें (IP गंतव्य)</translation>
    </message>
    <message>
        <source>Whitelist %1/%2</source>
        <translation>%1/%2 को अनुमति-सूची में डालें</translation>
    </message>
    <message>
        <source>Add destination URI %1</source>
        <translation>गंतव्य URI %1 जोड़ें</translation>
    </message>
    <message>
        <source>Create SIP credentials for %1</source>
        <translation>%1 के लिए SIP क्रेडेंशियल बनाएँ</translation>
    </message>
    <message>
        <source>Set caller-ID alias %1</source>
        <translation>कॉलर-ID उपनाम %1 सेट करें</translation>
    </message>
</context>
<context>
    <name>exotrunk::ReachabilityProbe</name>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP कनेक्शन</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS handshake</translation>
    </message>
    <message>
        <source>SIP OPTIONS</source>
        <translation>SIP OPTIONS</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>छोड़ा गया</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>समय समाप्त</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <source>Measured from this computer (%1), not from Exotel&apos;s edge: Exotel reaches the destinations from its own signalling IPs (§15), so its path and the firewalls on the way may differ.</source>
        <translation>इस कंप्यूटर (%1) से मापा गया, Exotel के edge से नहीं: Exotel गंतव्यों तक अपने सिग्नलिंग IP (§15) से पहुँचता है, इसलिए उसका रास्ता और बीच के फ़ायरवॉल अलग हो सकते हैं।</translation>
    </message>
    <message numerus="yes">
        <source>Probing: %1 of %n destination(s) done.</source>
        <translation>
            <numerusform>जाँच: %n में से %1 गंतव्य पूरे।</numerusform>
            <numerusform>जाँच: %n में से %1 गंतव्य पूरे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n destination(s) had finished.</source>
        <translation>
            <numerusform>रद्द: %n में से %1 गंतव्य पूरे हो चुके थे।</numerusform>
            <numerusform>रद्द: %n में से %1 गंतव्य पूरे हो चुके थे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n destination(s) answered SIP OPTIONS.</source>
        <translation>
            <numerusform>%n में से %1 गंतव्यों ने SIP OPTIONS का उत्तर दिया।</numerusform>
            <numerusform>%n में से %1 गंतव्यों ने SIP OPTIONS का उत्तर दिया।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::Readiness</name>
    <message>
        <source>The trunk is not active, so it carries no calls until Exotel enables it.</source>
        <translation>ट्रंक सक्रिय नहीं है, इसलिए जब तक Exotel उसे सक्षम नहीं करता, वह कोई कॉल नहीं ले जाता।</translation>
    </message>
    <message>
        <source>No phone number is mapped to the trunk: outbound calls need one as caller ID and inbound calls need one to arrive on.</source>
        <translation>ट्रंक से कोई फ़ोन नंबर मैप नहीं है: आउटबाउंड कॉल को कॉलर ID के रूप में एक नंबर चाहिए और इनबाउंड कॉल को आने के लिए एक नंबर चाहिए।</translation>
    </message>
    <message>
        <source>Outbound calls need a whitelisted IP or SIP digest credentials, and the trunk has neither.</source>
        <translation>आउटबाउंड कॉल के लिए अनुमत IP या SIP डाइजेस्ट क्रेडेंशियल चाहिए, और ट्रंक में इनमें से कोई नहीं है।</translation>
    </message>
    <message>
        <source>Calls from the Voice-AI platform need SIP digest credentials (or a static IP on the whitelist), and the trunk has neither.</source>
        <translation>Voice-AI प्लेटफ़ॉर्म से आने वाली कॉल के लिए SIP डाइजेस्ट क्रेडेंशियल (या अनुमत सूची में एक स्थायी IP) चाहिए, और ट्रंक में इनमें से कोई नहीं है।</translation>
    </message>
    <message>
        <source>This Voice-AI provider sends from changing cloud addresses: it expects SIP digest credentials, and the trunk has none.</source>
        <translation>यह Voice-AI प्रदाता बदलते क्लाउड पतों से भेजता है: उसे SIP डाइजेस्ट क्रेडेंशियल चाहिए, और ट्रंक में कोई नहीं है।</translation>
    </message>
    <message>
        <source>Inbound calls need a destination URI on the trunk, and it has none.</source>
        <translation>इनबाउंड कॉल के लिए ट्रंक पर एक गंतव्य URI चाहिए, और उस पर कोई नहीं है।</translation>
    </message>
    <message>
        <source>A destination URI is mandatory in every SIP trunking setup, outbound only too, and the trunk has none.</source>
        <translation>हर SIP ट्रंकिंग सेटअप में गंतव्य URI अनिवार्य है, केवल आउटबाउंड में भी, और ट्रंक पर कोई नहीं है।</translation>
    </message>
    <message>
        <source>The trunk has no destination URI: the Voice-AI guide leaves it out of outbound-only setups, but the reference calls it mandatory.</source>
        <translation>ट्रंक पर कोई गंतव्य URI नहीं है: Voice-AI गाइड केवल-आउटबाउंड सेटअप में इसे छोड़ देती है, लेकिन संदर्भ इसे अनिवार्य बताता है।</translation>
    </message>
    <message>
        <source>Check by hand that the number&apos;s Flow has a Connect applet whose Dial whom is exactly %1.</source>
        <translation>स्वयं जाँचें कि नंबर के Flow में एक Connect ऐपलेट है जिसका Dial whom ठीक %1 है।</translation>
    </message>
    <message>
        <source>Voice AI needs mode flow on the number, and it is in mode pstn.</source>
        <translation>Voice AI के लिए नंबर पर flow मोड चाहिए, और वह pstn मोड में है।</translation>
    </message>
    <message>
        <source>Calls through a Connect applet or straight to the phone network need mode pstn, and the number is in mode flow.</source>
        <translation>Connect ऐपलेट से या सीधे फ़ोन नेटवर्क पर जाने वाली कॉल के लिए pstn मोड चाहिए, और नंबर flow मोड में है।</translation>
    </message>
    <message>
        <source>An IP destination must be on the trunk&apos;s whitelist, and this one is not.</source>
        <translation>IP गंतव्य ट्रंक की अनुमत सूची में होना चाहिए, और यह नहीं है।</translation>
    </message>
    <message>
        <source>An FQDN destination serves inbound calls only: outbound calls are accepted by the IP whitelist or credentials.</source>
        <translation>FQDN गंतव्य केवल इनबाउंड कॉल के लिए है: आउटबाउंड कॉल IP अनुमत सूची या क्रेडेंशियल से स्वीकार होती हैं।</translation>
    </message>
    <message>
        <source>The port does not match the transport: TLS usually listens on 5061, TCP and UDP on 5060.</source>
        <translation>पोर्ट ट्रांसपोर्ट से मेल नहीं खाता: TLS आमतौर पर 5061 पर, TCP और UDP 5060 पर सुनते हैं।</translation>
    </message>
    <message>
        <source>TLS is recommended for production; this destination sends signalling unencrypted.</source>
        <translation>प्रोडक्शन के लिए TLS की सलाह दी जाती है; यह गंतव्य सिग्नलिंग बिना एन्क्रिप्शन के भेजता है।</translation>
    </message>
    <message>
        <source>The trunk has both a whitelist and digest credentials: confirm with Exotel how they combine for this account.</source>
        <translation>ट्रंक पर अनुमत सूची और डाइजेस्ट क्रेडेंशियल दोनों हैं: Exotel से पुष्टि करें कि इस खाते के लिए ये साथ कैसे काम करते हैं।</translation>
    </message>
    <message>
        <source>Trunks do not support CIDR ranges: use /32 for each server unless Exotel has confirmed the range.</source>
        <translation>ट्रंक CIDR रेंज का समर्थन नहीं करते: जब तक Exotel ने रेंज की पुष्टि न की हो, हर सर्वर के लिए /32 का उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ReadinessCache</name>
    <message>
        <source>Not checked</source>
        <translation>जाँचा नहीं गया</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n समस्या</numerusform>
            <numerusform>%n समस्याएँ</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet: open the trunk to check it. The list never asks Exotel for this on its own.</source>
        <translation>अभी जाँचा नहीं गया: जाँचने के लिए ट्रंक खोलें। सूची इसके लिए खुद Exotel से कभी नहीं पूछती।</translation>
    </message>
    <message>
        <source>Readiness for %1, from what was loaded at %2:</source>
        <translation>%1 की तैयारी, %2 पर लोड हुए डेटा से:</translation>
    </message>
    <message>
        <source>Blocks calls</source>
        <translation>कॉल रोकता है</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>जोखिम भरा</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Nothing blocks or risks its calls.</source>
        <translation>कुछ भी इसकी कॉल को रोकता या जोखिम में नहीं डालता।</translation>
    </message>
    <message>
        <source>Not checked, because they did not load: %1</source>
        <translation>जाँचा नहीं गया, क्योंकि ये लोड नहीं हुए: %1</translation>
    </message>
    <message numerus="yes">
        <source>Readiness: %1, blocking calls: %n</source>
        <translation>
            <numerusform>तैयारी: %1, कॉल रोकने वाली: %n</numerusform>
            <numerusform>तैयारी: %1, कॉल रोकने वाली: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>तैयारी: %1</translation>
    </message>
</context>
<context>
    <name>exotrunk::RemoveAliasDialog</name>
    <message>
        <source>Remove caller-ID alias from %1</source>
        <translation>%1 से कॉलर-ID उपनाम हटाएँ</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(ज्ञात नहीं)</translation>
    </message>
    <message>
        <source>Remove the caller-ID alias %1 from trunk %2?</source>
        <translation>ट्रंक %2 से कॉलर-ID उपनाम %1 हटाएँ?</translation>
    </message>
    <message>
        <source>&amp;Remove alias</source>
        <translation>उपनाम हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Removing the alias…</source>
        <translation>उपनाम हटाया जा रहा है…</translation>
    </message>
</context>
<context>
    <name>exotrunk::RemoveRowsDialog</name>
    <message>
        <source>What stops working:</source>
        <translation>क्या काम करना बंद करेगा:</translation>
    </message>
    <message>
        <source>Result of each removal</source>
        <translation>हर हटाने का परिणाम</translation>
    </message>
    <message>
        <source>Removing %1 of %2…</source>
        <translation>%2 में से %1 हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>%1 — removed</source>
        <translation>%1 — हटाया गया</translation>
    </message>
    <message>
        <source>%1 — not removed: %2</source>
        <translation>%1 — नहीं हटाया गया: %2</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>exotrunk::RenameTrunkDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>%1 का नाम बदलें</translation>
    </message>
    <message>
        <source>New &amp;name:</source>
        <translation>नया नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>नाम बदलें (&amp;R)</translation>
    </message>
    <message>
        <source>Another trunk of this account is already called %1.</source>
        <translation>इस खाते का एक और ट्रंक पहले से %1 नाम का है।</translation>
    </message>
    <message>
        <source>Renaming to %1…</source>
        <translation>नाम बदलकर %1 किया जा रहा है…</translation>
    </message>
    <message>
        <source>The trunk keeps its SID, numbers, IPs, destinations and credentials: a Connect applet dialling sip:%1 keeps working. Only the name shown in the dashboard and here changes.</source>
        <translation>ट्रंक का SID, नंबर, IP, गंतव्य और क्रेडेंशियल वही रहते हैं: sip:%1 डायल करने वाला Connect applet काम करता रहता है। केवल डैशबोर्ड और यहाँ दिखने वाला नाम बदलता है।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ReviewWizardPage</name>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>These API calls will be made, in this order. Calls after the trunk run at the same time unless one needs another.</source>
        <translation>ये API कॉल इसी क्रम में की जाएँगी। ट्रंक के बाद की कॉल एक साथ चलती हैं, जब तक किसी को दूसरी की ज़रूरत न हो।</translation>
    </message>
    <message>
        <source>&amp;Create trunk</source>
        <translation>ट्रंक बनाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>API calls to be made</source>
        <translation>की जाने वाली API कॉल</translation>
    </message>
    <message>
        <source>The calls in order with their bodies; passwords are masked</source>
        <translation>कॉल क्रम से, उनके बॉडी के साथ; पासवर्ड छिपाए गए हैं</translation>
    </message>
</context>
<context>
    <name>exotrunk::RotateCredentialDialog</name>
    <message>
        <source>Rotate SIP credential — %1</source>
        <translation>SIP क्रेडेंशियल बदलें — %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Create new credential</source>
        <translation>नया क्रेडेंशियल बनाएँ (&amp;C)</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>बाद में पूरा करें (&amp;L)</translation>
    </message>
    <message>
        <source>Close this dialog. The rotation is saved and offered again as “Finish rotation” on the trunk page.</source>
        <translation>यह डायलॉग बंद करें। बदलाव की प्रक्रिया सहेजी जाती है और ट्रंक पेज पर “बदलाव पूरा करें” के रूप में फिर से मिलती है।</translation>
    </message>
    <message>
        <source>I have &amp;updated the peer</source>
        <translation>मैंने सामने वाले पक्ष को अपडेट कर दिया है (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>फिर से आज़माएँ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>The credentials could not be loaded: %1</source>
        <translation>क्रेडेंशियल लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>The new credential was not created: %1 Nothing was changed.</source>
        <translation>नया क्रेडेंशियल नहीं बना: %1 कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Which credential do you want to replace?</source>
        <translation>आप कौन-सा क्रेडेंशियल बदलना चाहते हैं?</translation>
    </message>
    <message>
        <source>The console creates a new credential next to the old one, shows you its password once, and deletes the old credential only after you confirm that the PBX or Voice AI platform uses the new one — calls keep working throughout.</source>
        <translation>कंसोल पुराने क्रेडेंशियल के साथ एक नया क्रेडेंशियल बनाता है, उसका पासवर्ड आपको एक बार दिखाता है, और पुराना क्रेडेंशियल तभी हटाता है जब आप पुष्टि कर दें कि PBX या Voice AI प्लेटफ़ॉर्म नया उपयोग कर रहा है — इस पूरे समय कॉल चलती रहती हैं।</translation>
    </message>
    <message>
        <source>Loading the trunk&apos;s credentials…</source>
        <translation>ट्रंक के क्रेडेंशियल लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>Credentials of the trunk</source>
        <translation>ट्रंक के क्रेडेंशियल</translation>
    </message>
    <message>
        <source>optional, up to 32 characters</source>
        <translation>वैकल्पिक, अधिकतम 32 वर्ण</translation>
    </message>
    <message>
        <source>New &amp;user name:</source>
        <translation>नया उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>New &amp;friendly name:</source>
        <translation>नया पहचान नाम (&amp;F):</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>नया पासवर्ड:</translation>
    </message>
    <message>
        <source>24 random characters, generated now and shown once the credential exists.</source>
        <translation>24 यादृच्छिक वर्ण, अभी बनाए गए और क्रेडेंशियल बनने पर दिखाए जाएँगे।</translation>
    </message>
    <message>
        <source>Hand-off text for whoever configures the peer:</source>
        <translation>सामने वाले पक्ष को कॉन्फ़िगर करने वाले के लिए सौंपने का पाठ:</translation>
    </message>
    <message>
        <source>Hand-off text</source>
        <translation>सौंपने का पाठ</translation>
    </message>
    <message>
        <source>Copy &amp;hand-off text</source>
        <translation>सौंपने का पाठ कॉपी करें (&amp;H)</translation>
    </message>
    <message>
        <source>The old credential was not deleted</source>
        <translation>पुराना क्रेडेंशियल नहीं हटाया गया</translation>
    </message>
    <message>
        <source>Forget this rotation without deleting anything.</source>
        <translation>कुछ भी हटाए बिना इस बदलाव को भूल जाएँ।</translation>
    </message>
    <message>
        <source>(created %1)</source>
        <translation>(%1 को बनाया गया)</translation>
    </message>
    <message>
        <source>This trunk has no SIP digest credentials to rotate.</source>
        <translation>इस ट्रंक पर बदलने के लिए कोई SIP डाइजेस्ट क्रेडेंशियल नहीं है।</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>चुनें</translation>
    </message>
    <message>
        <source>Create new</source>
        <translation>नया बनाएँ</translation>
    </message>
    <message>
        <source>Update the peer</source>
        <translation>सामने वाले पक्ष को अपडेट करें</translation>
    </message>
    <message>
        <source>Delete old</source>
        <translation>पुराना हटाएँ</translation>
    </message>
    <message>
        <source>Creating the new credential %1 next to %2…</source>
        <translation>%2 के साथ नया क्रेडेंशियल %1 बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>Give the new credential to the peer</source>
        <translation>नया क्रेडेंशियल सामने वाले पक्ष को दें</translation>
    </message>
    <message>
        <source>Finish the rotation of %1</source>
        <translation>%1 का बदलाव पूरा करें</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>The password of %1 cannot be shown again.</source>
        <translation>%1 का पासवर्ड फिर से नहीं दिखाया जा सकता।</translation>
    </message>
    <message>
        <source>Until you confirm, both %1 and %2 work, so live calls are not affected. Update the PBX or Voice AI platform, check that it authenticates, then confirm: %1 is deleted next. If you close this dialog, the trunk page offers &lt;i&gt;Finish rotation&lt;/i&gt;.</source>
        <translation>जब तक आप पुष्टि नहीं करते, %1 और %2 दोनों काम करते हैं, इसलिए चालू कॉल पर असर नहीं पड़ता। PBX या Voice AI प्लेटफ़ॉर्म अपडेट करें, जाँचें कि वह प्रमाणित होता है, फिर पुष्टि करें: इसके बाद %1 हटाया जाएगा। यह डायलॉग बंद करने पर ट्रंक पेज पर &lt;i&gt;बदलाव पूरा करें&lt;/i&gt; मिलेगा।</translation>
    </message>
    <message>
        <source>I have &amp;updated the peer — delete %1</source>
        <translation>मैंने सामने वाले पक्ष को अपडेट कर दिया है — %1 हटाएँ (&amp;U)</translation>
    </message>
    <message>
        <source>Deleting the old credential %1…</source>
        <translation>पुराना क्रेडेंशियल %1 हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotation complete.&lt;/b&gt;&lt;br&gt;%1 was deleted; the peer now uses %2.</source>
        <translation>&lt;b&gt;बदलाव पूरा हुआ।&lt;/b&gt;&lt;br&gt;%1 हटा दिया गया; सामने वाला पक्ष अब %2 का उपयोग करता है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotation abandoned.&lt;/b&gt;&lt;br&gt;%1 was kept, and so was %2. Delete whichever the peer does not use.</source>
        <translation>&lt;b&gt;बदलाव छोड़ दिया गया।&lt;/b&gt;&lt;br&gt;%1 रखा गया, और %2 भी। जिसका सामने वाला पक्ष उपयोग नहीं करता, उसे हटा दें।</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>कुछ बदले बिना बंद करें</translation>
    </message>
    <message>
        <source>Create the new credential first; the old one stays until the peer uses the new one</source>
        <translation>पहले नया क्रेडेंशियल बनाएँ; पुराना तब तक रहता है जब तक सामने वाला पक्ष नया इस्तेमाल न करने लगे</translation>
    </message>
    <message>
        <source>Delete the old credential now that the peer uses the new one</source>
        <translation>सामने वाला पक्ष नया इस्तेमाल कर रहा है, अब पुराना क्रेडेंशियल हटाएँ</translation>
    </message>
    <message>
        <source>Try deleting the old credential again</source>
        <translation>पुराना क्रेडेंशियल फिर से हटाने की कोशिश करें</translation>
    </message>
    <message>
        <source>Close this dialog</source>
        <translation>यह डायलॉग बंद करें</translation>
    </message>
    <message>
        <source>Choose the credential to replace</source>
        <translation>बदलने के लिए क्रेडेंशियल चुनें</translation>
    </message>
    <message>
        <source>The user name the peer will use with the new password</source>
        <translation>वह उपयोगकर्ता नाम जिसे सामने वाला पक्ष नए पासवर्ड के साथ इस्तेमाल करेगा</translation>
    </message>
    <message>
        <source>This rotation was started %1: %2 was created to replace %3. Its password was shown once, when it was created, and &lt;b&gt;cannot be shown again&lt;/b&gt; — Exotel never returns it and the console never stored it. If the peer does not have it, do not delete %3: delete %2 from the Credentials section and rotate again (confirming here then keeps %3 and lets you abandon this rotation).</source>
        <translation>यह रोटेशन %1 को शुरू हुआ था: %3 की जगह लेने के लिए %2 बनाया गया। इसका पासवर्ड केवल एक बार, बनाते समय दिखाया गया था और &lt;b&gt;दोबारा नहीं दिखाया जा सकता&lt;/b&gt; — Exotel इसे कभी नहीं लौटाता और कंसोल ने इसे कभी संग्रहीत नहीं किया। अगर सामने वाले पक्ष के पास यह नहीं है, तो %3 को न हटाएँ: क्रेडेंशियल अनुभाग से %2 हटाएँ और फिर से रोटेट करें (यहाँ पुष्टि करने पर %3 बना रहता है और आप यह रोटेशन छोड़ सकते हैं)।</translation>
    </message>
    <message>
        <source>%1 still exists and still works. If the peer already uses another credential, abandon this rotation; otherwise abandon it and rotate again.</source>
        <translation>%1 अब भी मौजूद है और काम करता है। अगर सामने वाला पक्ष पहले से कोई दूसरा क्रेडेंशियल इस्तेमाल करता है, तो यह रोटेशन छोड़ दें; वरना इसे छोड़कर फिर से रोटेट करें।</translation>
    </message>
    <message>
        <source>%1 still exists and still works, and so does %2. Retry now, or close this dialog: the rotation is saved and the trunk page offers &lt;i&gt;Finish rotation&lt;/i&gt;.</source>
        <translation>%1 अब भी मौजूद है और काम करता है, और %2 भी। अभी फिर से आज़माएँ, या यह डायलॉग बंद करें: रोटेशन सहेजा गया है और ट्रंक पेज &lt;i&gt;रोटेशन पूरा करें&lt;/i&gt; दिखाता है।</translation>
    </message>
    <message>
        <source>&amp;Abandon rotation (keep %1)</source>
        <translation>रोटेशन छोड़ें (%1 रखें) (&amp;A)</translation>
    </message>
</context>
<context>
    <name>exotrunk::SaveText</name>
    <message>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 लिखी नहीं जा सकी: %2</translation>
    </message>
</context>
<context>
    <name>exotrunk::SecretLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>सब चुनें (&amp;A)</translation>
    </message>
</context>
<context>
    <name>exotrunk::SecretStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>सिस्टम कीचेन ने %1 सेकंड में उत्तर नहीं दिया।</translation>
    </message>
</context>
<context>
    <name>exotrunk::SectionModel</name>
    <message numerus="yes">
        <source>%n item(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n आइटम पढ़ा नहीं जा सका और दिखाया नहीं गया है।</numerusform>
            <numerusform>%n आइटम पढ़े नहीं जा सके और दिखाए नहीं गए हैं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::SupportBundle</name>
    <message>
        <source>Trunk</source>
        <translation>ट्रंक</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>डोमेन</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Whitelisted IPs</source>
        <translation>अनुमत IP</translation>
    </message>
    <message>
        <source>Destination URIs</source>
        <translation>गंतव्य URI</translation>
    </message>
    <message>
        <source>Credentials (user names)</source>
        <translation>क्रेडेंशियल (उपयोगकर्ता नाम)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <source>(not loaded)</source>
        <translation>(लोड नहीं हुआ)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>कोई समस्या नहीं मिली।</translation>
    </message>
    <message>
        <source>[ ] SIP signalling port (443 / 5070) reachable</source>
        <translation>[ ] SIP सिग्नलिंग पोर्ट (443 / 5070) तक पहुँच है</translation>
    </message>
    <message>
        <source>[ ] UDP 10000–40000 open</source>
        <translation>[ ] UDP 10000–40000 खुले हैं</translation>
    </message>
    <message>
        <source>[ ] Correct Exotel IPs allowed</source>
        <translation>[ ] सही Exotel IP अनुमत हैं</translation>
    </message>
    <message>
        <source>[ ] Correct trunk domain used</source>
        <translation>[ ] सही ट्रंक डोमेन उपयोग हुआ है</translation>
    </message>
    <message>
        <source>[ ] Correct mode (pstn or flow)</source>
        <translation>[ ] सही मोड (pstn या flow)</translation>
    </message>
    <message>
        <source>[ ] Correct destination URI configured</source>
        <translation>[ ] सही गंतव्य URI कॉन्फ़िगर है</translation>
    </message>
    <message>
        <source>[ ] G.711 A-law enabled</source>
        <translation>[ ] G.711 A-law सक्षम है</translation>
    </message>
    <message>
        <source>CallSID of a failing call: …</source>
        <translation>विफल कॉल का CallSID: …</translation>
    </message>
    <message>
        <source>Call direction (inbound / outbound): …</source>
        <translation>कॉल की दिशा (इनबाउंड / आउटबाउंड): …</translation>
    </message>
    <message>
        <source>SIP response code, if any: …</source>
        <translation>SIP प्रतिक्रिया कोड, यदि कोई हो: …</translation>
    </message>
    <message>
        <source>Time of the failing call, with time zone: …</source>
        <translation>विफल कॉल का समय, समय क्षेत्र सहित: …</translation>
    </message>
    <message>
        <source>PBX SIP logs or a PCAP, if available</source>
        <translation>PBX के SIP लॉग या PCAP, यदि उपलब्ध हों</translation>
    </message>
    <message>
        <source>Exotel SIP trunk — before contacting Exotel support</source>
        <translation>Exotel SIP ट्रंक — Exotel सहायता से संपर्क करने से पहले</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>बनाया गया: %1</translation>
    </message>
    <message>
        <source>Account SID: %1</source>
        <translation>खाता SID: %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>उद्देश्य: %1</translation>
    </message>
    <message>
        <source>Readiness findings:</source>
        <translation>तैयारी की जाँच के परिणाम:</translation>
    </message>
    <message>
        <source>Reachability probe (measured from this computer):</source>
        <translation>पहुँच जाँच (इस कंप्यूटर से मापी गई):</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>नहीं चलाई गई।</translation>
    </message>
    <message>
        <source>Recent API requests:</source>
        <translation>हाल के API अनुरोध:</translation>
    </message>
    <message>
        <source>Verified (§16.9):</source>
        <translation>जाँचा गया (§16.9):</translation>
    </message>
    <message>
        <source>Also share (§16.10):</source>
        <translation>यह भी साझा करें (§16.10):</translation>
    </message>
    <message>
        <source>Not collected here yet: every error the console shows carries its request id, and exotrunk-console --verbose logs the id of each request.</source>
        <translation>यहाँ अभी एकत्र नहीं: कंसोल जो भी त्रुटि दिखाता है उसके साथ उसकी request id होती है, और exotrunk-console --verbose हर अनुरोध की id लॉग करता है।</translation>
    </message>
    <message>
        <source>None about this trunk among the console&apos;s recent requests in this session.</source>
        <translation>इस सत्र में कंसोल के हाल के अनुरोधों में इस ट्रंक के बारे में कोई नहीं।</translation>
    </message>
    <message>
        <source>Run at %1 from this computer, not from Exotel&apos;s edge.</source>
        <translation>%1 पर इस कंप्यूटर से चलाया गया, Exotel के एज से नहीं।</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>उत्तर दिया</translation>
    </message>
    <message>
        <source>did not answer</source>
        <translation>उत्तर नहीं दिया</translation>
    </message>
</context>
<context>
    <name>exotrunk::TokenField</name>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>टोकन दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>टोकन दिखाएँ</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>टोकन छिपाएँ</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API टोकन</translation>
    </message>
    <message>
        <source>Kept only in the system keychain, never on disk</source>
        <translation>केवल सिस्टम कीचेन में रखा जाता है, कभी डिस्क पर नहीं</translation>
    </message>
</context>
<context>
    <name>exotrunk::TokenRotationDialog</name>
    <message>
        <source>Rotate API token</source>
        <translation>API टोकन बदलें</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, account %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, खाता %3</translation>
    </message>
    <message>
        <source>Enter the new API key and token from the Exotel dashboard. They are checked against Exotel first; the saved token is replaced only if the check succeeds.</source>
        <translation>Exotel डैशबोर्ड से नई API कुंजी और टोकन दर्ज करें। पहले Exotel से उनकी जाँच होती है; जाँच सफल होने पर ही सहेजा गया टोकन बदला जाता है।</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>New API &amp;token:</source>
        <translation>नया API टोकन (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Verify and replace</source>
        <translation>जाँचें और बदलें (&amp;V)</translation>
    </message>
    <message>
        <source>This account profile no longer exists.</source>
        <translation>यह खाता प्रोफ़ाइल अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Checking the new token with Exotel…</source>
        <translation>Exotel से नया टोकन जाँचा जा रहा है…</translation>
    </message>
    <message>
        <source>The new token was not accepted, so nothing was changed. %1</source>
        <translation>नया टोकन स्वीकार नहीं हुआ, इसलिए कुछ नहीं बदला गया। %1</translation>
    </message>
    <message>
        <source>The new token could not be saved, so nothing was changed. %1</source>
        <translation>नया टोकन सहेजा नहीं जा सका, इसलिए कुछ नहीं बदला गया। %1</translation>
    </message>
    <message>
        <source>The new API token is verified and saved.</source>
        <translation>नया API टोकन जाँचा गया और सहेज लिया गया।</translation>
    </message>
    <message>
        <source>Saving the new token in the system keychain…</source>
        <translation>नया टोकन सिस्टम कीचेन में सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>The API key that goes with the new token</source>
        <translation>नए टोकन के साथ की API कुंजी</translation>
    </message>
</context>
<context>
    <name>exotrunk::Troubleshooter</name>
    <message>
        <source>Session Progress</source>
        <translation>Session Progress (सत्र प्रगति)</translation>
    </message>
    <message>
        <source>Early media (an IVR or announcement) is playing.</source>
        <translation>शुरुआती मीडिया (IVR या घोषणा) चल रहा है।</translation>
    </message>
    <message>
        <source>If the caller hears nothing, the RTP ports are blocked.</source>
        <translation>अगर कॉलर को कुछ सुनाई नहीं देता, तो RTP पोर्ट बंद हैं।</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>The call connected.</source>
        <translation>कॉल जुड़ गई।</translation>
    </message>
    <message>
        <source>If there is no audio, check RTP and NAT.</source>
        <translation>अगर आवाज़ नहीं है, तो RTP और NAT जाँचें।</translation>
    </message>
    <message>
        <source>Bad Request</source>
        <translation>Bad Request (गलत अनुरोध)</translation>
    </message>
    <message>
        <source>Malformed SIP headers or SDP.</source>
        <translation>गलत SIP हेडर या SDP।</translation>
    </message>
    <message>
        <source>Read the PBX&apos;s SIP logs for invalid headers.</source>
        <translation>अमान्य हेडर के लिए PBX के SIP लॉग पढ़ें।</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Unauthorized (अनधिकृत)</translation>
    </message>
    <message>
        <source>Authentication is required.</source>
        <translation>प्रमाणीकरण आवश्यक है।</translation>
    </message>
    <message>
        <source>Check the digest credentials the PBX sends.</source>
        <translation>PBX जो digest क्रेडेंशियल भेजता है, उन्हें जाँचें।</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Forbidden (निषिद्ध)</translation>
    </message>
    <message>
        <source>The sending IP address is not allowed.</source>
        <translation>भेजने वाला IP पता अनुमत नहीं है।</translation>
    </message>
    <message>
        <source>Check the whitelisted IPs (ACL).</source>
        <translation>अनुमत IP (ACL) जाँचें।</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Not Found (नहीं मिला)</translation>
    </message>
    <message>
        <source>Invalid DID or routing.</source>
        <translation>अमान्य DID या रूटिंग।</translation>
    </message>
    <message>
        <source>Check the phone number mapping.</source>
        <translation>फ़ोन नंबर की मैपिंग जाँचें।</translation>
    </message>
    <message>
        <source>Request Timeout</source>
        <translation>Request Timeout (अनुरोध का समय समाप्त)</translation>
    </message>
    <message>
        <source>No SIP response arrived.</source>
        <translation>कोई SIP प्रतिक्रिया नहीं आई।</translation>
    </message>
    <message>
        <source>Check the firewall and reachability.</source>
        <translation>फ़ायरवॉल और पहुँच जाँचें।</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Gone (हटाया गया)</translation>
    </message>
    <message>
        <source>The number is inactive or was removed.</source>
        <translation>नंबर निष्क्रिय है या हटा दिया गया।</translation>
    </message>
    <message>
        <source>Check the DID&apos;s status.</source>
        <translation>DID की स्थिति जाँचें।</translation>
    </message>
    <message>
        <source>Unsupported Media</source>
        <translation>Unsupported Media (असमर्थित मीडिया)</translation>
    </message>
    <message>
        <source>The codec is not supported.</source>
        <translation>कोडेक समर्थित नहीं है।</translation>
    </message>
    <message>
        <source>Make sure G.711 A-law is enabled.</source>
        <translation>सुनिश्चित करें कि G.711 A-law सक्षम है।</translation>
    </message>
    <message>
        <source>Temporarily Unavailable</source>
        <translation>Temporarily Unavailable (अस्थायी रूप से अनुपलब्ध)</translation>
    </message>
    <message>
        <source>The endpoint is unreachable.</source>
        <translation>endpoint तक पहुँच नहीं है।</translation>
    </message>
    <message>
        <source>Check that the PBX is available.</source>
        <translation>जाँचें कि PBX उपलब्ध है।</translation>
    </message>
    <message>
        <source>Address Incomplete</source>
        <translation>Address Incomplete (अधूरा पता)</translation>
    </message>
    <message>
        <source>The number&apos;s format is invalid.</source>
        <translation>नंबर का प्रारूप अमान्य है।</translation>
    </message>
    <message>
        <source>Send the number in E.164 format.</source>
        <translation>नंबर E.164 प्रारूप में भेजें।</translation>
    </message>
    <message>
        <source>Busy Here</source>
        <translation>Busy Here (व्यस्त)</translation>
    </message>
    <message>
        <source>The destination is busy.</source>
        <translation>गंतव्य व्यस्त है।</translation>
    </message>
    <message>
        <source>Normal behaviour.</source>
        <translation>सामान्य व्यवहार।</translation>
    </message>
    <message>
        <source>Not Acceptable Here</source>
        <translation>Not Acceptable Here (यहाँ स्वीकार्य नहीं)</translation>
    </message>
    <message>
        <source>SDP or codec mismatch.</source>
        <translation>SDP या कोडेक मेल नहीं खाते।</translation>
    </message>
    <message>
        <source>Offer G.711 A-law only.</source>
        <translation>केवल G.711 A-law प्रस्तावित करें।</translation>
    </message>
    <message>
        <source>Server Error</source>
        <translation>Server Error (सर्वर त्रुटि)</translation>
    </message>
    <message>
        <source>An internal processing failure.</source>
        <translation>आंतरिक प्रसंस्करण विफलता।</translation>
    </message>
    <message>
        <source>Retry the call.</source>
        <translation>कॉल फिर से करें।</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Bad Gateway (गलत गेटवे)</translation>
    </message>
    <message>
        <source>An upstream routing issue.</source>
        <translation>ऊपरी रूटिंग में समस्या।</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service Unavailable (सेवा अनुपलब्ध)</translation>
    </message>
    <message>
        <source>The destination is unreachable.</source>
        <translation>गंतव्य तक पहुँच नहीं है।</translation>
    </message>
    <message>
        <source>Check the network and routing.</source>
        <translation>नेटवर्क और रूटिंग जाँचें।</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway Timeout (गेटवे का समय समाप्त)</translation>
    </message>
    <message>
        <source>No upstream response.</source>
        <translation>ऊपर से कोई प्रतिक्रिया नहीं।</translation>
    </message>
    <message>
        <source>Check the firewall and latency.</source>
        <translation>फ़ायरवॉल और विलंब (latency) जाँचें।</translation>
    </message>
    <message>
        <source>Precondition Failure</source>
        <translation>Precondition Failure (पूर्व शर्त विफल)</translation>
    </message>
    <message>
        <source>Media negotiation failed.</source>
        <translation>मीडिया बातचीत विफल रही।</translation>
    </message>
    <message>
        <source>Check RTP and NAT.</source>
        <translation>RTP और NAT जाँचें।</translation>
    </message>
    <message>
        <source>Busy Everywhere</source>
        <translation>Busy Everywhere (हर जगह व्यस्त)</translation>
    </message>
    <message>
        <source>All endpoints are busy.</source>
        <translation>सभी endpoints व्यस्त हैं।</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline (अस्वीकार)</translation>
    </message>
    <message>
        <source>The endpoint rejected the call.</source>
        <translation>endpoint ने कॉल अस्वीकार कर दी।</translation>
    </message>
    <message>
        <source>Check the PBX&apos;s dial plan.</source>
        <translation>PBX का डायल प्लान जाँचें।</translation>
    </message>
    <message>
        <source>Does Not Exist Anywhere</source>
        <translation>Does Not Exist Anywhere (कहीं मौजूद नहीं)</translation>
    </message>
    <message>
        <source>The number is invalid.</source>
        <translation>नंबर अमान्य है।</translation>
    </message>
    <message>
        <source>Check that the DID is correct.</source>
        <translation>जाँचें कि DID सही है।</translation>
    </message>
    <message>
        <source>Not Acceptable</source>
        <translation>Not Acceptable (स्वीकार्य नहीं)</translation>
    </message>
    <message>
        <source>A media policy failure.</source>
        <translation>मीडिया नीति की विफलता।</translation>
    </message>
    <message>
        <source>Check the codec and SDP.</source>
        <translation>कोडेक और SDP जाँचें।</translation>
    </message>
    <message>
        <source>No audio in either direction</source>
        <translation>किसी भी दिशा में आवाज़ नहीं</translation>
    </message>
    <message>
        <source>RTP is blocked.</source>
        <translation>RTP बंद है।</translation>
    </message>
    <message>
        <source>Open UDP 10000–40000 to and from Exotel&apos;s media IPs.</source>
        <translation>Exotel के मीडिया IP से और तक UDP 10000–40000 खोलें।</translation>
    </message>
    <message>
        <source>One-way audio</source>
        <translation>एकतरफ़ा आवाज़</translation>
    </message>
    <message>
        <source>NAT or the firewall, most often SIP ALG on a router.</source>
        <translation>NAT या फ़ायरवॉल, अक्सर राउटर पर SIP ALG।</translation>
    </message>
    <message>
        <source>Put the public IP in the SDP and disable SIP ALG on every router and firewall.</source>
        <translation>SDP में सार्वजनिक IP रखें और हर राउटर और फ़ायरवॉल पर SIP ALG बंद करें।</translation>
    </message>
    <message>
        <source>Calls drop after 30–60 seconds</source>
        <translation>कॉल 30–60 सेकंड बाद कट जाती हैं</translation>
    </message>
    <message>
        <source>The firewall&apos;s UDP session timeout is too low.</source>
        <translation>फ़ायरवॉल का UDP सत्र टाइमआउट बहुत कम है।</translation>
    </message>
    <message>
        <source>Set the UDP session timeout to 180 seconds or more.</source>
        <translation>UDP सत्र टाइमआउट 180 सेकंड या अधिक रखें।</translation>
    </message>
    <message>
        <source>Choppy or robotic audio</source>
        <translation>टूटती या रोबोटिक आवाज़</translation>
    </message>
    <message>
        <source>Jitter above 40 ms or packet loss above 1%.</source>
        <translation>40 ms से अधिक jitter या 1% से अधिक पैकेट हानि।</translation>
    </message>
    <message>
        <source>Check the network for congestion and mark voice packets DSCP EF (46).</source>
        <translation>नेटवर्क में भीड़ जाँचें और आवाज़ के पैकेट DSCP EF (46) से चिह्नित करें।</translation>
    </message>
    <message>
        <source>Echo</source>
        <translation>गूँज</translation>
    </message>
    <message>
        <source>One-way latency above 150 ms.</source>
        <translation>एकतरफ़ा विलंब 150 ms से अधिक।</translation>
    </message>
    <message>
        <source>Use the nearest Exotel point of presence and enable echo cancellation.</source>
        <translation>निकटतम Exotel point of presence उपयोग करें और echo cancellation सक्षम करें।</translation>
    </message>
    <message>
        <source>DTMF not detected</source>
        <translation>DTMF पहचाना नहीं गया</translation>
    </message>
    <message>
        <source>RTP UDP ports are blocked.</source>
        <translation>RTP UDP पोर्ट बंद हैं।</translation>
    </message>
    <message>
        <source>Verify that UDP 10000–40000 is fully open.</source>
        <translation>जाँचें कि UDP 10000–40000 पूरी तरह खुले हैं।</translation>
    </message>
    <message>
        <source>On an inbound call the PBX refused Exotel: allow Exotel&apos;s signalling IPs in the PBX&apos;s firewall (§15).</source>
        <translation>इनबाउंड कॉल पर PBX ने Exotel को मना किया: PBX के फ़ायरवॉल में Exotel के सिग्नलिंग IP अनुमत करें (§15)।</translation>
    </message>
    <message>
        <source>Type the PBX&apos;s public IP address to check it against this trunk&apos;s whitelist.</source>
        <translation>इस ट्रंक की अनुमत सूची से मिलाने के लिए PBX का सार्वजनिक IP पता लिखें।</translation>
    </message>
    <message>
        <source>%1 is not an IPv4 address.</source>
        <translation>%1 IPv4 पता नहीं है।</translation>
    </message>
    <message>
        <source>The whitelisted IPs are not loaded: nothing concluded.</source>
        <translation>अनुमत IP लोड नहीं हुए: कोई निष्कर्ष नहीं।</translation>
    </message>
    <message>
        <source>%1 is inside the whitelisted range %2/%3: the refusal has another cause (credentials, the number).</source>
        <translation>%1 अनुमत सीमा %2/%3 के भीतर है: मना करने का कारण कुछ और है (क्रेडेंशियल, नंबर)।</translation>
    </message>
    <message>
        <source>%1 is not inside any whitelisted range of this trunk: whitelist it, or use digest credentials.</source>
        <translation>%1 इस ट्रंक की किसी भी अनुमत सीमा में नहीं है: इसे अनुमत करें, या digest क्रेडेंशियल उपयोग करें।</translation>
    </message>
    <message>
        <source>Type the user name the PBX authenticates with.</source>
        <translation>वह उपयोगकर्ता नाम लिखें जिससे PBX प्रमाणीकरण करता है।</translation>
    </message>
    <message>
        <source>The credentials are not loaded: nothing concluded.</source>
        <translation>क्रेडेंशियल लोड नहीं हुए: कोई निष्कर्ष नहीं।</translation>
    </message>
    <message>
        <source>A credential with the user name %1 exists: check the password the PBX sends (rotate it if unsure).</source>
        <translation>उपयोगकर्ता नाम %1 वाला क्रेडेंशियल मौजूद है: PBX जो पासवर्ड भेजता है उसे जाँचें (संदेह हो तो बदलें)।</translation>
    </message>
    <message>
        <source>No credential of this trunk has the user name %1 (names are case-sensitive).</source>
        <translation>इस ट्रंक के किसी क्रेडेंशियल का उपयोगकर्ता नाम %1 नहीं है (नामों में बड़े-छोटे अक्षर मायने रखते हैं)।</translation>
    </message>
    <message>
        <source>Type the number that was called.</source>
        <translation>जिस नंबर पर कॉल की गई थी वह लिखें।</translation>
    </message>
    <message>
        <source>%1 is not in E.164 format (+ and country code).</source>
        <translation>%1 E.164 प्रारूप में नहीं है (+ और देश कोड)।</translation>
    </message>
    <message>
        <source>The phone numbers are not loaded: nothing concluded.</source>
        <translation>फ़ोन नंबर लोड नहीं हुए: कोई निष्कर्ष नहीं।</translation>
    </message>
    <message>
        <source>%1 is mapped to this trunk.</source>
        <translation>%1 इस ट्रंक से मैप है।</translation>
    </message>
    <message>
        <source>%1 is not mapped to this trunk: ask the account which trunk it is mapped to, if any.</source>
        <translation>%1 इस ट्रंक से मैप नहीं है: खाते से पूछें कि यह किस ट्रंक से मैप है, यदि किसी से है।</translation>
    </message>
    <message>
        <source>Type the number that was dialled.</source>
        <translation>जो नंबर डायल किया गया था वह लिखें।</translation>
    </message>
    <message>
        <source>%1 is a valid E.164 number.</source>
        <translation>%1 एक मान्य E.164 नंबर है।</translation>
    </message>
    <message>
        <source>%1 is not in E.164 format: send + and the country code, then the number, without spaces.</source>
        <translation>%1 E.164 प्रारूप में नहीं है: + और देश कोड, फिर नंबर, बिना रिक्त स्थान के भेजें।</translation>
    </message>
    <message>
        <source>Probe the destinations from this computer: DNS, connection, TLS and a SIP OPTIONS.</source>
        <translation>इस कंप्यूटर से गंतव्यों की जाँच करें: DNS, कनेक्शन, TLS और एक SIP OPTIONS।</translation>
    </message>
    <message>
        <source>On the PBX: G.711 A-law enabled, no other codec forced ahead of it, transcoding off (§16.7).</source>
        <translation>PBX पर: G.711 A-law सक्षम, उससे पहले कोई दूसरा कोडेक ज़बरदस्ती नहीं, transcoding बंद (§16.7)।</translation>
    </message>
    <message>
        <source>On the customer&apos;s network: UDP 10000–40000 open both ways to Exotel&apos;s media IPs, SIP ALG off (§15, §15.1).</source>
        <translation>ग्राहक के नेटवर्क पर: Exotel के मीडिया IP तक UDP 10000–40000 दोनों ओर खुले, SIP ALG बंद (§15, §15.1)।</translation>
    </message>
    <message>
        <source>On an outbound call, Exotel answered the PBX with this code.</source>
        <translation>आउटबाउंड कॉल पर, Exotel ने PBX को यह कोड दिया।</translation>
    </message>
    <message>
        <source>On an inbound call, the PBX (or the network on the way to it) answered Exotel with this code.</source>
        <translation>इनबाउंड कॉल पर, PBX (या उस तक के रास्ते के नेटवर्क) ने Exotel को यह कोड दिया।</translation>
    </message>
</context>
<context>
    <name>exotrunk::Trunk</name>
    <message>
        <source>(no name)</source>
        <translation>(कोई नाम नहीं)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>trunk name (trunk SID)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkChangeTexts</name>
    <message>
        <source>Inbound calls to %1 will no longer reach this trunk; outbound calls using it as caller ID will be refused.</source>
        <translation>%1 पर इनबाउंड कॉल अब इस ट्रंक तक नहीं पहुँचेंगी; इसे कॉलर ID के रूप में उपयोग करने वाली आउटबाउंड कॉल अस्वीकार होंगी।</translation>
    </message>
    <message>
        <source>Calls from %1 will no longer be accepted by this trunk (SIP 403).</source>
        <translation>%1 से कॉल अब यह ट्रंक स्वीकार नहीं करेगा (SIP 403)।</translation>
    </message>
    <message>
        <source>This trunk has no credentials: without a whitelisted IP, every outbound call will be refused until an IP or a credential is added.</source>
        <translation>इस ट्रंक में कोई क्रेडेंशियल नहीं है: अनुमत IP के बिना हर आउटबाउंड कॉल तब तक अस्वीकार होगी जब तक कोई IP या क्रेडेंशियल न जोड़ा जाए।</translation>
    </message>
    <message>
        <source>Inbound calls will no longer be sent to %1.</source>
        <translation>इनबाउंड कॉल अब %1 पर नहीं भेजी जाएँगी।</translation>
    </message>
    <message>
        <source>This removes the last destination URI: every inbound call to this trunk will fail until a destination is added.</source>
        <translation>यह आख़िरी गंतव्य URI हटाता है: इस ट्रंक की हर इनबाउंड कॉल तब तक विफल होगी जब तक कोई गंतव्य न जोड़ा जाए।</translation>
    </message>
    <message>
        <source>A PBX or platform that authenticates as “%1” will have its calls refused with SIP 401 Unauthorized.</source>
        <translation>“%1” के रूप में प्रमाणित होने वाले PBX या प्लेटफ़ॉर्म की कॉल SIP 401 Unauthorized के साथ अस्वीकार होंगी।</translation>
    </message>
    <message>
        <source>This trunk has no whitelisted IP: without a credential, every outbound call will be refused until a credential or an IP is added.</source>
        <translation>इस ट्रंक में कोई अनुमत IP नहीं है: क्रेडेंशियल के बिना हर आउटबाउंड कॉल तब तक अस्वीकार होगी जब तक कोई क्रेडेंशियल या IP न जोड़ा जाए।</translation>
    </message>
    <message>
        <source>Outbound calls will no longer show %1 as caller ID; they show the number the call is made from instead.</source>
        <translation>आउटबाउंड कॉल अब कॉलर ID के रूप में %1 नहीं दिखाएँगी; वे उस नंबर को दिखाएँगी जिससे कॉल की गई है।</translation>
    </message>
    <message>
        <source>No destination URI: inbound calls to this trunk fail.</source>
        <translation>कोई गंतव्य URI नहीं: इस ट्रंक की इनबाउंड कॉल विफल होती हैं।</translation>
    </message>
    <message>
        <source>Inbound calls go to %1.</source>
        <translation>इनबाउंड कॉल %1 पर जाती हैं।</translation>
    </message>
    <message>
        <source>%1 (weight %2, about %3% of calls)</source>
        <translation>%1 (भार %2, लगभग %3% कॉल)</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source>Inbound calls are shared between %1.</source>
        <translation>इनबाउंड कॉल %1 के बीच बाँटी जाती हैं।</translation>
    </message>
    <message>
        <source>Inbound calls go to %1 first</source>
        <translation>इनबाउंड कॉल पहले %1 पर जाती हैं</translation>
    </message>
    <message>
        <source>; if that fails, to %1</source>
        <translation>; वह विफल हो तो %1 पर</translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkChanges</name>
    <message>
        <source>Stopped before this row was removed.</source>
        <translation>यह पंक्ति हटाए जाने से पहले रोका गया।</translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkDetailsWizardPage</name>
    <message>
        <source>Trunk</source>
        <translation>ट्रंक</translation>
    </message>
    <message>
        <source>A name you will recognise in the trunk list, and an optional caller ID.</source>
        <translation>ऐसा नाम जिसे आप ट्रंक सूची में पहचान सकें, और एक वैकल्पिक कॉलर ID।</translation>
    </message>
    <message>
        <source>e.g. acme_pbx (letters, digits, _; up to 16)</source>
        <translation>जैसे acme_pbx (अक्षर, अंक, _; अधिकतम 16)</translation>
    </message>
    <message>
        <source>optional, E.164, e.g. +918047123456</source>
        <translation>वैकल्पिक, E.164, जैसे +918047123456</translation>
    </message>
    <message>
        <source>Caller-ID &amp;alias:</source>
        <translation>कॉलर-ID उपनाम (&amp;A):</translation>
    </message>
    <message>
        <source>SIP domain:</source>
        <translation>SIP डोमेन:</translation>
    </message>
    <message>
        <source>Set by Exotel from your account SID.</source>
        <translation>Exotel आपके खाता SID से सेट करता है।</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP डोमेन</translation>
    </message>
    <message>
        <source>Set by Exotel from the account SID; read only</source>
        <translation>Exotel खाता SID से तय करता है; केवल पढ़ने के लिए</translation>
    </message>
    <message>
        <source>Trunk na&amp;me:</source>
        <translation>ट्रंक का नाम (&amp;M):</translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkEditActions</name>
    <message>
        <source>&amp;Map number…</source>
        <translation>नंबर जोड़ें… (&amp;M)</translation>
    </message>
    <message>
        <source>Change &amp;mode…</source>
        <translation>मोड बदलें… (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Allow IP…</source>
        <translation>IP की अनुमति दें… (&amp;A)</translation>
    </message>
    <message>
        <source>Add &amp;destinations…</source>
        <translation>गंतव्य जोड़ें… (&amp;D)</translation>
    </message>
    <message>
        <source>Set caller-ID &amp;alias…</source>
        <translation>कॉलर-ID उपनाम सेट करें… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;New credential…</source>
        <translation>नया क्रेडेंशियल… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete credential…</source>
        <translation>क्रेडेंशियल हटाएँ… (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rotate credential…</source>
        <translation>क्रेडेंशियल बदलें… (&amp;R)</translation>
    </message>
    <message>
        <source>Replace a credential without downtime: create a new one, update the peer, then delete the old one.</source>
        <translation>बिना रुकावट क्रेडेंशियल बदलें: नया बनाएँ, सामने वाले पक्ष को अपडेट करें, फिर पुराना हटाएँ।</translation>
    </message>
    <message>
        <source>&amp;Finish rotation…</source>
        <translation>बदलाव पूरा करें… (&amp;F)</translation>
    </message>
    <message>
        <source>No credential rotation is waiting on this trunk.</source>
        <translation>इस ट्रंक पर कोई क्रेडेंशियल बदलाव बाकी नहीं है।</translation>
    </message>
    <message>
        <source>&amp;Finish rotation (%1 → %2)…</source>
        <translation>बदलाव पूरा करें (%1 → %2)… (&amp;F)</translation>
    </message>
    <message>
        <source>A rotation was interrupted: “%1” is still to be deleted once the peer uses “%2”.</source>
        <translation>एक बदलाव बीच में रुक गया: सामने वाला पक्ष “%2” का उपयोग करने लगे, तब “%1” को हटाना अभी बाकी है।</translation>
    </message>
    <message>
        <source>Switch %1 between pstn and flow.</source>
        <translation>%1 को pstn और flow के बीच बदलें।</translation>
    </message>
    <message>
        <source>Select a number first.</source>
        <translation>पहले एक नंबर चुनें।</translation>
    </message>
    <message>
        <source>Delete %1; peers using it get SIP 401.</source>
        <translation>%1 हटाएँ; इसका उपयोग करने वाले पक्षों को SIP 401 मिलेगा।</translation>
    </message>
    <message>
        <source>Select a credential first.</source>
        <translation>पहले एक क्रेडेंशियल चुनें।</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>trunk name (trunk SID)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rename trunk…</source>
        <translation>ट्रंक का नाम बदलें…</translation>
    </message>
    <message>
        <source>Give the trunk another name; its SID stays (F2).</source>
        <translation>ट्रंक को दूसरा नाम दें; उसका SID वही रहता है (F2)।</translation>
    </message>
    <message>
        <source>Remove number…</source>
        <translation>नंबर हटाएँ…</translation>
    </message>
    <message>
        <source>Edit mask…</source>
        <translation>मास्क संपादित करें…</translation>
    </message>
    <message>
        <source>Remove IP…</source>
        <translation>IP हटाएँ…</translation>
    </message>
    <message>
        <source>Priority and weight…</source>
        <translation>प्राथमिकता और भार…</translation>
    </message>
    <message>
        <source>Remove destination…</source>
        <translation>गंतव्य हटाएँ…</translation>
    </message>
    <message>
        <source>Remove alias…</source>
        <translation>उपनाम हटाएँ…</translation>
    </message>
    <message>
        <source>Edit credential…</source>
        <translation>क्रेडेंशियल संपादित करें…</translation>
    </message>
    <message>
        <source>Unmap %1 from this trunk (Del).</source>
        <translation>%1 को इस ट्रंक से अनमैप करें (Del)।</translation>
    </message>
    <message numerus="yes">
        <source>Unmap the %n selected numbers from this trunk (Del).</source>
        <translation>
            <numerusform>चुना गया %n नंबर इस ट्रंक से अनमैप करें (Del)।</numerusform>
            <numerusform>चुने गए %n नंबर इस ट्रंक से अनमैप करें (Del)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more numbers first.</source>
        <translation>पहले एक या अधिक नंबर चुनें।</translation>
    </message>
    <message>
        <source>Remove %1 from the whitelist (Del).</source>
        <translation>%1 को अनुमत सूची से हटाएँ (Del)।</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected addresses from the whitelist (Del).</source>
        <translation>
            <numerusform>चुना गया %n पता अनुमत सूची से हटाएँ (Del)।</numerusform>
            <numerusform>चुने गए %n पते अनुमत सूची से हटाएँ (Del)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more IPs first.</source>
        <translation>पहले एक या अधिक IP चुनें।</translation>
    </message>
    <message>
        <source>Change the mask of %1.</source>
        <translation>%1 का मास्क बदलें।</translation>
    </message>
    <message>
        <source>Select one IP first.</source>
        <translation>पहले एक IP चुनें।</translation>
    </message>
    <message>
        <source>Stop sending inbound calls to %1 (Del).</source>
        <translation>%1 पर इनबाउंड कॉल भेजना बंद करें (Del)।</translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected destinations (Del).</source>
        <translation>
            <numerusform>चुना गया %n गंतव्य हटाएँ (Del)।</numerusform>
            <numerusform>चुने गए %n गंतव्य हटाएँ (Del)।</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more destinations first.</source>
        <translation>पहले एक या अधिक गंतव्य चुनें।</translation>
    </message>
    <message>
        <source>Change the priority and weight of %1.</source>
        <translation>%1 की प्राथमिकता और भार बदलें।</translation>
    </message>
    <message>
        <source>Select one destination first.</source>
        <translation>पहले एक गंतव्य चुनें।</translation>
    </message>
    <message>
        <source>Change the friendly name of %1.</source>
        <translation>%1 का मित्रवत नाम बदलें।</translation>
    </message>
    <message>
        <source>Remove the caller-ID alias %1.</source>
        <translation>कॉलर-ID उपनाम %1 हटाएँ।</translation>
    </message>
    <message>
        <source>This trunk has no caller-ID alias.</source>
        <translation>इस ट्रंक में कोई कॉलर-ID उपनाम नहीं है।</translation>
    </message>
    <message>
        <source>Read from Exotel (GET …/settings).</source>
        <translation>Exotel से पढ़ा गया (GET …/settings)।</translation>
    </message>
    <message>
        <source>%1 (set by this console on %2)</source>
        <translation>%1 (इस कंसोल ने %2 को सेट किया)</translation>
    </message>
    <message>
        <source>The server could not be asked (%1); this is the last alias set from this console.</source>
        <translation>सर्वर से पूछा नहीं जा सका (%1); यह इस कंसोल से सेट किया गया पिछला उपनाम है।</translation>
    </message>
    <message>
        <source>Remove numbers from %1</source>
        <translation>%1 से नंबर हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Unmap %n phone number(s) from trunk %1?</source>
        <translation>
            <numerusform>ट्रंक %1 से %n फ़ोन नंबर अनमैप करें?</numerusform>
            <numerusform>ट्रंक %1 से %n फ़ोन नंबर अनमैप करें?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n number(s)</source>
        <translation>
            <numerusform>%n नंबर हटाएँ (&amp;R)</numerusform>
            <numerusform>%n नंबर हटाएँ (&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove whitelisted IPs from %1</source>
        <translation>%1 से अनुमत IP हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n whitelisted IP(s) from trunk %1?</source>
        <translation>
            <numerusform>ट्रंक %1 से %n अनुमत IP हटाएँ?</numerusform>
            <numerusform>ट्रंक %1 से %n अनुमत IP हटाएँ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n IP(s)</source>
        <translation>
            <numerusform>%n IP हटाएँ (&amp;R)</numerusform>
            <numerusform>%n IP हटाएँ (&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove destinations from %1</source>
        <translation>%1 से गंतव्य हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n destination URI(s) from trunk %1?</source>
        <translation>
            <numerusform>ट्रंक %1 से %n गंतव्य URI हटाएँ?</numerusform>
            <numerusform>ट्रंक %1 से %n गंतव्य URI हटाएँ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Remove %n destination(s)</source>
        <translation>
            <numerusform>%n गंतव्य हटाएँ (&amp;R)</numerusform>
            <numerusform>%n गंतव्य हटाएँ (&amp;R)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected credentials; peers using them get SIP 401.</source>
        <translation>
            <numerusform>चुना गया %n क्रेडेंशियल हटाएँ; इसे उपयोग करने वाले पीयर को SIP 401 मिलेगा।</numerusform>
            <numerusform>चुने गए %n क्रेडेंशियल हटाएँ; इन्हें उपयोग करने वाले पीयर को SIP 401 मिलेगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one or more credentials first.</source>
        <translation>पहले एक या अधिक क्रेडेंशियल चुनें।</translation>
    </message>
    <message>
        <source>Delete credentials of %1</source>
        <translation>%1 के क्रेडेंशियल हटाएँ</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n credential(s) of trunk %1?</source>
        <translation>
            <numerusform>ट्रंक %1 का %n क्रेडेंशियल हटाएँ?</numerusform>
            <numerusform>ट्रंक %1 के %n क्रेडेंशियल हटाएँ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %n credential(s)</source>
        <translation>
            <numerusform>%n क्रेडेंशियल हटाएँ (&amp;D)</numerusform>
            <numerusform>%n क्रेडेंशियल हटाएँ (&amp;D)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkListModel</name>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 हटाएँ</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>हटाया जा रहा है…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Trunk Name</source>
        <translation>ट्रंक का नाम</translation>
    </message>
    <message>
        <source>Domain Name</source>
        <translation>डोमेन नाम</translation>
    </message>
    <message>
        <source>Created At</source>
        <translation>बनाने का समय</translation>
    </message>
    <message>
        <source>Updated At</source>
        <translation>अपडेट का समय</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>क्रियाएँ</translation>
    </message>
    <message>
        <source>Not connected to an account.</source>
        <translation>किसी खाते से नहीं जुड़ा।</translation>
    </message>
    <message>
        <source>Created by this console, but reading it back from Exotel failed so far. Press F5 to refresh.</source>
        <translation>इस कंसोल ने बनाया, लेकिन Exotel से इसे वापस पढ़ना अब तक विफल रहा। रीफ़्रेश करने के लिए F5 दबाएँ।</translation>
    </message>
    <message>
        <source>Not yet read back</source>
        <translation>अभी वापस नहीं पढ़ा गया</translation>
    </message>
    <message numerus="yes">
        <source>%n trunk(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n ट्रंक पढ़ा नहीं जा सका और दिखाया नहीं गया है।</numerusform>
            <numerusform>%n ट्रंक पढ़े नहीं जा सके और दिखाए नहीं गए हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>तैयारी</translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkPurpose</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkValues</name>
    <message>
        <source>Unknown</source>
        <comment>trunk status</comment>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>trunk status</comment>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Inactive</source>
        <comment>trunk status</comment>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Enabled</source>
        <comment>registration, secure trunking</comment>
        <translation>सक्षम</translation>
    </message>
    <message>
        <source>Disabled</source>
        <comment>registration, secure trunking</comment>
        <translation>अक्षम</translation>
    </message>
    <message>
        <source>Automatic</source>
        <comment>edge server preference</comment>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <source>IP whitelist</source>
        <comment>trunk authentication type</comment>
        <translation>IP अनुमत सूची</translation>
    </message>
</context>
<context>
    <name>exotrunk::TrunkWizard</name>
    <message>
        <source>New trunk</source>
        <translation>नया ट्रंक</translation>
    </message>
</context>
<context>
    <name>exotrunk::UseCaseWizardPage</name>
    <message>
        <source>What is this trunk for?</source>
        <translation>यह ट्रंक किसलिए है?</translation>
    </message>
    <message>
        <source>The use case decides the number mode, the authentication and whether calls come in to a destination URI.</source>
        <translation>उपयोग से तय होता है कि नंबर का मोड क्या होगा, प्रमाणीकरण कैसा होगा और कॉल किसी गंतव्य URI पर आएँगी या नहीं।</translation>
    </message>
    <message>
        <source>Voice AI provider</source>
        <translation>Voice AI प्रदाता</translation>
    </message>
    <message>
        <source>Destination %1:%2 over %3, SIP digest credentials.</source>
        <translation>गंतव्य %1:%2, %3 पर, SIP डाइजेस्ट क्रेडेंशियल।</translation>
    </message>
    <message>
        <source>Only for the Voice AI use cases.</source>
        <translation>केवल Voice AI उपयोगों के लिए।</translation>
    </message>
    <message>
        <source>Fills in the provider&apos;s SIP host, port and transport; confirm them with the provider</source>
        <translation>प्रदाता का SIP होस्ट, पोर्ट और ट्रांसपोर्ट भरता है; प्रदाता से इनकी पुष्टि करें</translation>
    </message>
</context>
<context>
    <name>exotrunk::WhitelistedIpsModel</name>
    <message>
        <source>Whitelisted IPs</source>
        <translation>अनुमत IP</translation>
    </message>
    <message>
        <source>No whitelisted IPs configured – Add IP addresses to restrict trunk access and enhance security.</source>
        <translation>कोई अनुमत IP कॉन्फ़िगर नहीं – ट्रंक तक पहुँच सीमित करने और सुरक्षा बढ़ाने के लिए IP पते जोड़ें।</translation>
    </message>
    <message>
        <source>IP / Mask</source>
        <translation>IP / मास्क</translation>
    </message>
    <message>
        <source>Friendly Name</source>
        <translation>पहचान नाम</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
</context>
<context>
    <name>exotrunk::numbermodetext</name>
    <message>
        <source>pstn</source>
        <translation>pstn</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <source>not set (behaves as pstn)</source>
        <translation>सेट नहीं (pstn की तरह व्यवहार करता है)</translation>
    </message>
    <message>
        <source>&lt;b&gt;pstn&lt;/b&gt;: calls are carried as ordinary phone calls — use it for SIP ↔ PSTN and for Exotel flows whose &lt;i&gt;Connect&lt;/i&gt; applet dials the trunk.&lt;br&gt;&lt;b&gt;flow&lt;/b&gt;: calls to the number run an Exotel flow directly — use it to route to Voice AI / StreamKit (Voicebot, Stream) and other non-Connect applets.</source>
        <translation>&lt;b&gt;pstn&lt;/b&gt;: कॉल सामान्य फ़ोन कॉल की तरह चलती हैं — इसे SIP ↔ PSTN के लिए और उन Exotel flow के लिए उपयोग करें जिनका &lt;i&gt;Connect&lt;/i&gt; ऐप्लेट ट्रंक को डायल करता है।&lt;br&gt;&lt;b&gt;flow&lt;/b&gt;: नंबर पर आने वाली कॉल सीधे एक Exotel flow चलाती हैं — इसे Voice AI / StreamKit (Voicebot, Stream) और Connect के अलावा दूसरे ऐप्लेट तक भेजने के लिए उपयोग करें।</translation>
    </message>
    <message>
        <source>pstn — phone calls, Connect-applet flows</source>
        <translation>pstn — फ़ोन कॉल, Connect-ऐप्लेट वाले flow</translation>
    </message>
    <message>
        <source>flow — Voice AI / StreamKit and other non-Connect applets</source>
        <translation>flow — Voice AI / StreamKit और Connect के अलावा दूसरे ऐप्लेट</translation>
    </message>
    <message>
        <source>How Exotel carries calls to this number</source>
        <translation>Exotel इस नंबर पर कॉल कैसे पहुँचाता है</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::Banner</name>
    <message>
        <source>Hide this message</source>
        <translation>यह संदेश छिपाएँ</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::CallPathView</name>
    <message>
        <source>Call path</source>
        <translation>कॉल का रास्ता</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::CopyButton</name>
    <message>
        <source>Copy %1</source>
        <translation>%1 कॉपी करें</translation>
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
        <translation>ट्रंक हटाएँ</translation>
    </message>
    <message>
        <source>Delete the trunk “%1”?</source>
        <translation>ट्रंक “%1” हटाएँ?</translation>
    </message>
    <message>
        <source>Trunk ID: %1</source>
        <translation>ट्रंक ID: %1</translation>
    </message>
    <message>
        <source>This cannot be undone. Calls through this trunk stop working.</source>
        <translation>इसे पूर्ववत नहीं किया जा सकता। इस ट्रंक से होने वाली कॉल बंद हो जाएँगी।</translation>
    </message>
    <message>
        <source>Type the trunk name &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>पुष्टि के लिए ट्रंक का नाम &lt;b&gt;%1&lt;/b&gt; लिखें:</translation>
    </message>
    <message>
        <source>Trunk name to confirm</source>
        <translation>पुष्टि के लिए ट्रंक का नाम</translation>
    </message>
    <message>
        <source>an unknown number of</source>
        <translation>अज्ञात संख्या में</translation>
    </message>
    <message>
        <source>%1 phone number</source>
        <translation>%1 फ़ोन नंबर</translation>
    </message>
    <message>
        <source>%1 phone numbers</source>
        <translation>%1 फ़ोन नंबर</translation>
    </message>
    <message>
        <source>%1 whitelisted IP</source>
        <translation>%1 अनुमत IP</translation>
    </message>
    <message>
        <source>%1 whitelisted IPs</source>
        <translation>%1 अनुमत IP</translation>
    </message>
    <message>
        <source>%1 destination URI</source>
        <translation>%1 गंतव्य URI</translation>
    </message>
    <message>
        <source>%1 destination URIs</source>
        <translation>%1 गंतव्य URI</translation>
    </message>
    <message>
        <source>%1 credential</source>
        <translation>%1 क्रेडेंशियल</translation>
    </message>
    <message>
        <source>%1 credentials</source>
        <translation>%1 क्रेडेंशियल</translation>
    </message>
    <message>
        <source>It takes with it its %1, %2, %3 and %4.</source>
        <translation>इसके साथ इसके %1, %2, %3 और %4 भी हट जाएँगे।</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <source>This trunk has no name. Type its ID &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>इस ट्रंक का कोई नाम नहीं है। पुष्टि के लिए इसका ID &lt;b&gt;%1&lt;/b&gt; टाइप करें:</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::DestinationRowsEditor</name>
    <message>
        <source>Add &amp;destination</source>
        <translation>गंतव्य जोड़ें (&amp;D)</translation>
    </message>
    <message>
        <source>Add a destination URI row</source>
        <translation>गंतव्य URI की एक पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Remove this destination URI</source>
        <translation>यह गंतव्य URI हटाएँ</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>गंतव्य %1 हटाएँ</translation>
    </message>
    <message>
        <source>Adds an empty destination row below the others</source>
        <translation>बाकी के नीचे एक खाली गंतव्य पंक्ति जोड़ता है</translation>
    </message>
    <message>
        <source>&amp;Transport</source>
        <translation>ट्रांसपोर्ट (&amp;T)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>ट्रांसपोर्ट</translation>
    </message>
    <message>
        <source>&amp;Host (IP or FQDN)</source>
        <translation>होस्ट (IP या FQDN) (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>पोर्ट (&amp;P)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <source>TLS (recommended) encrypts the signalling; TCP and UDP do not. UDP is sent as a bare host:port.</source>
        <translation>TLS (अनुशंसित) सिग्नलिंग को एन्क्रिप्ट करता है; TCP और UDP नहीं। UDP सीधे host:port के रूप में भेजा जाता है।</translation>
    </message>
    <message>
        <source>TLS uses port 5061 by default, TCP and UDP 5060</source>
        <translation>TLS डिफ़ॉल्ट रूप से पोर्ट 5061, TCP और UDP 5060 उपयोग करते हैं</translation>
    </message>
    <message>
        <source>IP address or FQDN, e.g. sip.example.com</source>
        <translation>IP पता या FQDN, जैसे sip.example.com</translation>
    </message>
    <message>
        <source>The SIP port of the destination</source>
        <translation>गंतव्य का SIP पोर्ट</translation>
    </message>
    <message>
        <source>TLS usually uses 5061, TCP and UDP 5060</source>
        <translation>TLS आम तौर पर 5061, TCP और UDP 5060 उपयोग करते हैं</translation>
    </message>
    <message>
        <source>The same destination is already in row %1.</source>
        <translation>यही गंतव्य पंक्ति %1 में पहले से है।</translation>
    </message>
    <message>
        <source>Transport, destination %1</source>
        <translation>ट्रांसपोर्ट, गंतव्य %1</translation>
    </message>
    <message>
        <source>Destination IP or FQDN %1</source>
        <translation>गंतव्य IP या FQDN %1</translation>
    </message>
    <message>
        <source>Destination IP or FQDN</source>
        <translation>गंतव्य IP या FQDN</translation>
    </message>
    <message>
        <source>Destination port %1</source>
        <translation>गंतव्य पोर्ट %1</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>गंतव्य पोर्ट</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::DiagnosticsTools</name>
    <message>
        <source>Support bundle — %1</source>
        <translation>सहायता बंडल — %1</translation>
    </message>
    <message>
        <source>exotel-support-bundle.txt</source>
        <translation>exotel-support-bundle.txt</translation>
    </message>
    <message>
        <source>Troubleshoot a SIP &amp;code…</source>
        <translation>SIP कोड की समस्या जाँचें (&amp;C)…</translation>
    </message>
    <message>
        <source>What a SIP response code or an audio symptom means for this trunk</source>
        <translation>इस ट्रंक के लिए SIP प्रतिक्रिया कोड या आवाज़ की समस्या का क्या अर्थ है</translation>
    </message>
    <message>
        <source>Net&amp;work hand-off…</source>
        <translation>नेटवर्क हैंड-ऑफ़ (&amp;W)…</translation>
    </message>
    <message>
        <source>Firewall rules and the go-live checklist for the customer&apos;s network team</source>
        <translation>ग्राहक की नेटवर्क टीम के लिए फ़ायरवॉल नियम और go-live जाँच सूची</translation>
    </message>
    <message>
        <source>Everything Exotel support asks for about this trunk, without secrets</source>
        <translation>इस ट्रंक के बारे में Exotel सहायता जो कुछ माँगती है, बिना गोपनीय जानकारी के</translation>
    </message>
    <message>
        <source>Support b&amp;undle…</source>
        <translation>सहायता बंडल (&amp;U)…</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::IpRowsEditor</name>
    <message>
        <source>Add &amp;IP</source>
        <translation>IP जोड़ें (&amp;I)</translation>
    </message>
    <message>
        <source>Add a whitelist IP row</source>
        <translation>अनुमत IP की एक पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Remove this IP address</source>
        <translation>यह IP पता हटाएँ</translation>
    </message>
    <message>
        <source>Remove IP address %1</source>
        <translation>IP पता %1 हटाएँ</translation>
    </message>
    <message>
        <source>Adds an empty IP address row below the others</source>
        <translation>बाकी के नीचे एक खाली IP पता पंक्ति जोड़ता है</translation>
    </message>
    <message>
        <source>Subnet Mask</source>
        <translation>सबनेट मास्क</translation>
    </message>
    <message>
        <source>IP &amp;address</source>
        <translation>IP पता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Mask</source>
        <translation>मास्क (&amp;M)</translation>
    </message>
    <message>
        <source>The public IPv4 address of your PBX or SIP side</source>
        <translation>आपके PBX या SIP पक्ष का सार्वजनिक IPv4 पता</translation>
    </message>
    <message>
        <source>32 for a single address; trunks support no ranges unless Exotel confirms one</source>
        <translation>एक पते के लिए 32; जब तक Exotel पुष्टि न करे, ट्रंक रेंज का समर्थन नहीं करते</translation>
    </message>
    <message>
        <source>%1/%2 is already in row %3.</source>
        <translation>%1/%2 पंक्ति %3 में पहले से है।</translation>
    </message>
    <message>
        <source>IP address %1</source>
        <translation>IP पता %1</translation>
    </message>
    <message>
        <source>Whitelisted IP address</source>
        <translation>अनुमत IP पता</translation>
    </message>
    <message>
        <source>Subnet mask %1</source>
        <translation>सबनेट मास्क %1</translation>
    </message>
    <message>
        <source>Subnet mask</source>
        <translation>सबनेट मास्क</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::MainWindow</name>
    <message>
        <source>Exotrunk Console</source>
        <translation>Exotrunk Console</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश करें</translation>
    </message>
    <message>
        <source>Load the trunks again (F5)</source>
        <translation>ट्रंक फिर से लोड करें (F5)</translation>
    </message>
    <message>
        <source>Create Trunk…</source>
        <translation>ट्रंक बनाएँ…</translation>
    </message>
    <message>
        <source>Open Trunk by ID…</source>
        <translation>ID से ट्रंक खोलें…</translation>
    </message>
    <message>
        <source>Open a trunk by its trunk SID (Ctrl+O)</source>
        <translation>ट्रंक SID से ट्रंक खोलें (Ctrl+O)</translation>
    </message>
    <message>
        <source>Find Trunk</source>
        <translation>ट्रंक खोजें</translation>
    </message>
    <message>
        <source>Add Exotel Account…</source>
        <translation>Exotel खाता जोड़ें…</translation>
    </message>
    <message>
        <source>Manage Accounts…</source>
        <translation>खाते प्रबंधित करें…</translation>
    </message>
    <message>
        <source>Welcome Screen</source>
        <translation>स्वागत स्क्रीन</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>कंसोल (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Trunks</source>
        <translation>ट्रंक (&amp;T)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>मुख्य</translation>
    </message>
    <message>
        <source>Add Your Exotel Account…</source>
        <translation>अपना Exotel खाता जोड़ें…</translation>
    </message>
    <message>
        <source>Trunk %1 deleted.</source>
        <translation>ट्रंक %1 हटा दिया गया।</translation>
    </message>
    <message>
        <source>Could not open the trunk %1: %2</source>
        <translation>ट्रंक %1 खोला नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Open Trunk by ID</source>
        <translation>ID से ट्रंक खोलें</translation>
    </message>
    <message>
        <source>Trunk SID (for example trmum1c99b47f41d1f4a4d5c19au):</source>
        <translation>ट्रंक SID (उदाहरण के लिए trmum1c99b47f41d1f4a4d5c19au):</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Opening trunk %1…</source>
        <translation>ट्रंक %1 खोला जा रहा है…</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>कोई खाता नहीं</translation>
    </message>
    <message>
        <source>Account SID: %1</source>
        <translation>खाता SID: %1</translation>
    </message>
    <message>
        <source>%1 — Exotrunk Console</source>
        <translation>%1 — Exotrunk Console</translation>
    </message>
    <message>
        <source>%1 (set by this console on %2)</source>
        <translation>%1 (इस कंसोल ने %2 को सेट किया)</translation>
    </message>
    <message>
        <source>Create a trunk with the form (Ctrl+N)</source>
        <translation>फ़ॉर्म से ट्रंक बनाएँ (Ctrl+N)</translation>
    </message>
    <message>
        <source>Guided Setup…</source>
        <translation>निर्देशित सेटअप…</translation>
    </message>
    <message>
        <source>Create a trunk step by step for a use case (Ctrl+Shift+N)</source>
        <translation>किसी उपयोग के लिए चरण-दर-चरण ट्रंक बनाएँ (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Exotrunk Console</source>
        <translation>Exotrunk Console के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>Connect the console to a real Exotel account</source>
        <translation>कंसोल को असली Exotel खाते से जोड़ें</translation>
    </message>
    <message>
        <source>Exotel asked to slow down; continuing in %1 s…</source>
        <translation>Exotel ने धीमा होने को कहा; %1 सेकंड में जारी…</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>सैंडबॉक्स शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>सैंडबॉक्स</translation>
    </message>
    <message>
        <source>Changes here never reach Exotel.</source>
        <translation>यहाँ के बदलाव कभी Exotel तक नहीं पहुँचते।</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>प्रोफ़ाइल: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>क्षेत्र: %1</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>एन्क्रिप्ट नहीं</translation>
    </message>
    <message>
        <source>This account reaches %1 over plain http://: the API token and everything sent cross the connection unencrypted. Use https:// unless this is a test server on this computer.</source>
        <translation>यह खाता %1 तक सादे http:// पर पहुँचता है: API टोकन और भेजा गया सब कुछ बिना एन्क्रिप्शन के कनेक्शन पर जाता है। जब तक यह इसी कंप्यूटर पर कोई परीक्षण सर्वर न हो, https:// का उपयोग करें।</translation>
    </message>
    <message>
        <source>Warning: the connection is not encrypted</source>
        <translation>चेतावनी: कनेक्शन एन्क्रिप्ट नहीं है</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s) of %1 closed because the account changed.</source>
        <translation>
            <numerusform>खाता बदलने के कारण %1 की %n विंडो बंद की गई।</numerusform>
            <numerusform>खाता बदलने के कारण %1 की %n विंडो बंद की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Switching from %1</source>
        <translation>%1 से बदला जा रहा है</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>%1 पर बदला जा रहा है…</translation>
    </message>
    <message>
        <source>Could not delete the trunk %1: %2</source>
        <translation>ट्रंक %1 हटाया नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Renamed: %1.</source>
        <translation>नाम बदला गया: %1।</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::NetworkHandoffDialog</name>
    <message>
        <source>Network hand-off — %1</source>
        <translation>नेटवर्क हैंड-ऑफ़ — %1</translation>
    </message>
    <message>
        <source>exotel-firewall-rules.txt</source>
        <translation>exotel-firewall-rules.txt</translation>
    </message>
    <message>
        <source>Plain table</source>
        <translation>सादी तालिका</translation>
    </message>
    <message>
        <source>nftables</source>
        <translation>nftables</translation>
    </message>
    <message>
        <source>iptables</source>
        <translation>iptables</translation>
    </message>
    <message>
        <source>&amp;Inbound (PSTN → SIP)</source>
        <translation>इनबाउंड (PSTN → SIP) (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Outbound (SIP → PSTN)</source>
        <translation>आउटबाउंड (SIP → PSTN) (&amp;O)</translation>
    </message>
    <message>
        <source>Include the &amp;legacy media pools</source>
        <translation>पुराने (legacy) मीडिया पूल भी शामिल करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>प्रारूप (&amp;F):</translation>
    </message>
    <message>
        <source>Rules for:</source>
        <translation>नियम किसके लिए:</translation>
    </message>
    <message>
        <source>&amp;Peak concurrent calls:</source>
        <translation>अधिकतम एक साथ कॉल (&amp;P):</translation>
    </message>
    <message>
        <source>Between %1 and %2 calls.</source>
        <translation>%1 और %2 कॉल के बीच।</translation>
    </message>
    <message>
        <source>This trunk has no destination URI yet: the inbound signalling rule needs the port of the customer&apos;s SIP server.</source>
        <translation>इस ट्रंक में अभी कोई गंतव्य URI नहीं है: इनबाउंड सिग्नलिंग नियम के लिए ग्राहक के SIP सर्वर का पोर्ट चाहिए।</translation>
    </message>
    <message>
        <source>Go-live checklist (§15.1):</source>
        <translation>Go-live जाँच सूची (§15.1):</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::ProbeDialog</name>
    <message>
        <source>Probe Destinations</source>
        <translation>गंतव्यों की जाँच</translation>
    </message>
    <message>
        <source>Probe destinations</source>
        <translation>गंतव्यों की जाँच करें</translation>
    </message>
    <message>
        <source>Each destination URI is looked up, connected to and sent a SIP OPTIONS request, all at once.</source>
        <translation>हर गंतव्य URI को खोजा जाता है, उससे कनेक्ट किया जाता है और उसे SIP OPTIONS अनुरोध भेजा जाता है, सब एक साथ।</translation>
    </message>
    <message>
        <source>Probe summary</source>
        <translation>जाँच का सारांश</translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation>जाँच की प्रगति</translation>
    </message>
    <message>
        <source>Detail of the selected step</source>
        <translation>चुने गए चरण का विवरण</translation>
    </message>
    <message>
        <source>Probe results</source>
        <translation>जाँच के परिणाम</translation>
    </message>
    <message>
        <source>One row per step of each destination: destination, step, outcome, detail and time; the current row&apos;s whole detail is shown beneath</source>
        <translation>हर गंतव्य के हर चरण की एक पंक्ति: गंतव्य, चरण, परिणाम, विवरण और समय; मौजूदा पंक्ति का पूरा विवरण नीचे दिखता है</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>गंतव्य</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>&amp;Run Again</source>
        <translation>फिर से चलाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Run the probe again</source>
        <translation>जाँच फिर से चलाएँ</translation>
    </message>
    <message>
        <source>Probe every destination again from the start</source>
        <translation>हर गंतव्य की शुरू से फिर जाँच करें</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>रोकें (&amp;S)</translation>
    </message>
    <message>
        <source>Stop the probe</source>
        <translation>जाँच रोकें</translation>
    </message>
    <message>
        <source>Cancel every destination still being probed</source>
        <translation>जिन गंतव्यों की जाँच अभी चल रही है, उन्हें रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close the dialog; a probe still running is cancelled</source>
        <translation>डायलॉग बंद करें; चल रही जाँच रद्द हो जाएगी</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2 destinations done</source>
        <translation>%2 में से %1 गंतव्य पूरे</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::ReadinessPanel</name>
    <message>
        <source>Blocks calls</source>
        <translation>कॉल रोकता है</translation>
    </message>
    <message>
        <source>Risky</source>
        <translation>जोखिम भरा</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <source>Map a phone number</source>
        <translation>फ़ोन नंबर मैप करें</translation>
    </message>
    <message>
        <source>Whitelist an IP</source>
        <translation>IP को अनुमति दें</translation>
    </message>
    <message>
        <source>Add a destination URI</source>
        <translation>गंतव्य URI जोड़ें</translation>
    </message>
    <message>
        <source>Create SIP credentials</source>
        <translation>SIP क्रेडेंशियल बनाएँ</translation>
    </message>
    <message>
        <source>Change the number&apos;s mode</source>
        <translation>नंबर का मोड बदलें</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>तैयारी</translation>
    </message>
    <message>
        <source>What stops this trunk from carrying calls for its purpose</source>
        <translation>क्या इस ट्रंक को अपने उद्देश्य के लिए कॉल ले जाने से रोकता है</translation>
    </message>
    <message>
        <source>Trunk purpose</source>
        <translation>ट्रंक का उद्देश्य</translation>
    </message>
    <message>
        <source>What the trunk is for; the readiness checks follow it</source>
        <translation>ट्रंक किसलिए है; तैयारी की जाँचें इसी के अनुसार होती हैं</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>उद्देश्य (&amp;P):</translation>
    </message>
    <message>
        <source>Nothing found in what has loaded so far.</source>
        <translation>अब तक जो लोड हुआ है उसमें कुछ नहीं मिला।</translation>
    </message>
    <message>
        <source>Not checked until they load: %1</source>
        <translation>लोड होने तक जाँचा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Proposed from the configuration; choose to keep it.</source>
        <translation>कॉन्फ़िगरेशन से सुझाया गया; इसे रखने के लिए चुनें।</translation>
    </message>
    <message>
        <source>Where the Exotel SIP trunking documentation says so</source>
        <translation>Exotel SIP ट्रंकिंग दस्तावेज़ में यह कहाँ लिखा है</translation>
    </message>
    <message>
        <source>Documentation section %1</source>
        <translation>दस्तावेज़ खंड %1</translation>
    </message>
    <message>
        <source>Fix…</source>
        <translation>ठीक करें…</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>ठीक करें: %1</translation>
    </message>
    <message>
        <source>Pro&amp;be Destinations…</source>
        <translation>गंतव्यों की जाँच (&amp;B)…</translation>
    </message>
    <message>
        <source>Probe destinations</source>
        <translation>गंतव्यों की जाँच करें</translation>
    </message>
    <message>
        <source>Check from this computer that each destination URI answers: DNS, connection, TLS certificate and SIP OPTIONS</source>
        <translation>इस कंप्यूटर से जाँचें कि हर गंतव्य URI उत्तर देता है: DNS, कनेक्शन, TLS प्रमाणपत्र और SIP OPTIONS</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::RowsEditor</name>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, पंक्ति %2</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::SectionWidget</name>
    <message>
        <source>Loading %1…</source>
        <translation>%1 लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Could not load %1</source>
        <translation>%1 लोड नहीं हो सका</translation>
    </message>
    <message>
        <source>%1 of this trunk</source>
        <translation>इस ट्रंक के %1</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::StateView</name>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से आज़माएँ</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::StatusBadge</name>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TextReportDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>सहेजें (&amp;S)…</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TroubleshooterDialog</name>
    <message>
        <source>Configured</source>
        <translation>कॉन्फ़िगर है</translation>
    </message>
    <message>
        <source>Likely cause</source>
        <translation>संभावित कारण</translation>
    </message>
    <message>
        <source>Needs input</source>
        <translation>जानकारी चाहिए</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>लोड नहीं हुआ</translation>
    </message>
    <message>
        <source>Check by hand</source>
        <translation>हाथ से जाँचें</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>जाँच (probe)</translation>
    </message>
    <message>
        <source>Not on this trunk</source>
        <translation>इस ट्रंक पर नहीं</translation>
    </message>
    <message>
        <source>Troubleshoot a SIP code — %1</source>
        <translation>SIP कोड की समस्या जाँचें — %1</translation>
    </message>
    <message>
        <source>&amp;Outbound (PBX → phone network)</source>
        <translation>आउटबाउंड (PBX → फ़ोन नेटवर्क) (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Inbound (phone network → PBX)</source>
        <translation>इनबाउंड (फ़ोन नेटवर्क → PBX) (&amp;I)</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.10</source>
        <translation>उदा. 203.0.113.10</translation>
    </message>
    <message>
        <source>e.g. +918047000001</source>
        <translation>उदा. +918047000001</translation>
    </message>
    <message>
        <source>SIP &amp;code or symptom:</source>
        <translation>SIP कोड या लक्षण (&amp;C):</translation>
    </message>
    <message>
        <source>Call direction:</source>
        <translation>कॉल की दिशा:</translation>
    </message>
    <message>
        <source>PBX&apos;s public &amp;IP:</source>
        <translation>PBX का सार्वजनिक IP (&amp;I):</translation>
    </message>
    <message>
        <source>PBX&apos;s &amp;user name:</source>
        <translation>PBX का उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>नंबर (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Probe destinations…</source>
        <translation>गंतव्यों की जाँच करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Pick or type a SIP response code, or a symptom.</source>
        <translation>SIP प्रतिक्रिया कोड या कोई लक्षण चुनें या लिखें।</translation>
    </message>
    <message>
        <source>%1 is not in Exotel&apos;s SIP troubleshooting table (section 16).</source>
        <translation>%1 Exotel की SIP समस्या-निवारण तालिका (खंड 16) में नहीं है।</translation>
    </message>
    <message>
        <source>Likely cause: %1</source>
        <translation>संभावित कारण: %1</translation>
    </message>
    <message>
        <source>What to check: %1</source>
        <translation>क्या जाँचें: %1</translation>
    </message>
    <message>
        <source>Source: Exotel documentation %1.</source>
        <translation>स्रोत: Exotel दस्तावेज़ %1।</translation>
    </message>
    <message>
        <source>On this trunk — %1: %2</source>
        <translation>इस ट्रंक पर — %1: %2</translation>
    </message>
    <message>
        <source>&amp;Ask the account</source>
        <translation>खाते से पूछें (&amp;A)</translation>
    </message>
    <message>
        <source>Asking the account…</source>
        <translation>खाते से पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Which trunk of this account has the number (asks Exotel)</source>
        <translation>इस खाते के किस ट्रंक में यह नंबर है (Exotel से पूछता है)</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkActionsDelegate</name>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkDetailsPage</name>
    <message>
        <source>Back to Trunks</source>
        <translation>ट्रंक सूची पर वापस</translation>
    </message>
    <message>
        <source>Back to the trunk list (Alt+Left, Esc)</source>
        <translation>ट्रंक सूची पर वापस जाएँ (Alt+Left, Esc)</translation>
    </message>
    <message>
        <source>Delete Trunk…</source>
        <translation>ट्रंक हटाएँ…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से आज़माएँ</translation>
    </message>
    <message>
        <source>Basic Information</source>
        <translation>मूल जानकारी</translation>
    </message>
    <message>
        <source>Trunk Name</source>
        <translation>ट्रंक का नाम</translation>
    </message>
    <message>
        <source>Trunk ID</source>
        <translation>ट्रंक ID</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Domain Name</source>
        <translation>डोमेन नाम</translation>
    </message>
    <message>
        <source>Auth Type</source>
        <translation>प्रमाणीकरण प्रकार</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <source>Last Updated</source>
        <translation>अंतिम अपडेट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>SIP URI (Connect applet)</source>
        <translation>SIP URI (Connect ऐप्लेट)</translation>
    </message>
    <message>
        <source>Secure Trunking</source>
        <translation>सुरक्षित ट्रंकिंग</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>पंजीकरण</translation>
    </message>
    <message>
        <source>Edge Preference</source>
        <translation>एज वरीयता</translation>
    </message>
    <message>
        <source>NSO Code</source>
        <translation>NSO कोड</translation>
    </message>
    <message>
        <source>Copy Trunk SID</source>
        <translation>ट्रंक SID कॉपी करें</translation>
    </message>
    <message>
        <source>Copy sip:&lt;trunk_sid&gt;</source>
        <translation>sip:&lt;trunk_sid&gt; कॉपी करें</translation>
    </message>
    <message>
        <source>Copy SIP Domain</source>
        <translation>SIP डोमेन कॉपी करें</translation>
    </message>
    <message>
        <source>Could not load the trunk: %1</source>
        <translation>ट्रंक लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>Loading trunk…</source>
        <translation>ट्रंक लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Delete this trunk after you confirm its name</source>
        <translation>नाम की पुष्टि के बाद यह ट्रंक हटाएँ</translation>
    </message>
    <message>
        <source>Finish setup…</source>
        <translation>सेटअप पूरा करें…</translation>
    </message>
    <message>
        <source>Finish setup</source>
        <translation>सेटअप पूरा करें</translation>
    </message>
    <message>
        <source>Reopens the unfinished setup of this trunk to retry what is missing or roll back</source>
        <translation>इस ट्रंक का अधूरा सेटअप फिर से खोलता है, ताकि जो बाकी है उसे फिर से आज़माएँ या वापस लें</translation>
    </message>
    <message>
        <source>&lt;b&gt;The setup of this trunk is not finished.&lt;/b&gt;</source>
        <translation>&lt;b&gt;इस ट्रंक का सेटअप पूरा नहीं हुआ है।&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exotel&apos;s value: %1</source>
        <translation>Exotel का मान: %1</translation>
    </message>
    <message>
        <source>The last alias set from this console, until Exotel&apos;s answer arrives.</source>
        <translation>इस कंसोल से सेट किया गया पिछला उपनाम, जब तक Exotel का उत्तर नहीं आता।</translation>
    </message>
    <message>
        <source>More phone number actions</source>
        <translation>फ़ोन नंबर की और क्रियाएँ</translation>
    </message>
    <message>
        <source>More destination URI actions</source>
        <translation>गंतव्य URI की और क्रियाएँ</translation>
    </message>
    <message>
        <source>More whitelisted IP actions</source>
        <translation>अनुमत IP की और क्रियाएँ</translation>
    </message>
    <message>
        <source>More credential actions</source>
        <translation>क्रेडेंशियल की और क्रियाएँ</translation>
    </message>
    <message>
        <source>More</source>
        <translation>और</translation>
    </message>
    <message>
        <source>Less frequent changes</source>
        <translation>कम बार होने वाले बदलाव</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkListPage</name>
    <message>
        <source>Trunks</source>
        <translation>ट्रंक</translation>
    </message>
    <message>
        <source>Filter by name, ID or domain (Ctrl+F)</source>
        <translation>नाम, ID या डोमेन से छाँटें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter trunks</source>
        <translation>ट्रंक छाँटें</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>फिर से आज़माएँ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>निष्क्रिय</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Open Details</source>
        <translation>विवरण खोलें</translation>
    </message>
    <message>
        <source>Copy Trunk SID</source>
        <translation>ट्रंक SID कॉपी करें</translation>
    </message>
    <message>
        <source>Copy SIP URI (sip:&lt;trunk_sid&gt;)</source>
        <translation>SIP URI कॉपी करें (sip:&lt;trunk_sid&gt;)</translation>
    </message>
    <message>
        <source>Delete Trunk…</source>
        <translation>ट्रंक हटाएँ…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%2 में से %1 दिखाए गए</translation>
    </message>
    <message>
        <source>Loaded %1 of %2 trunks…</source>
        <translation>%2 में से %1 ट्रंक लोड हुए…</translation>
    </message>
    <message>
        <source>Loaded %1 trunks…</source>
        <translation>%1 ट्रंक लोड हुए…</translation>
    </message>
    <message>
        <source>Could not refresh the trunk list: %1 Showing the trunks loaded before.</source>
        <translation>ट्रंक सूची रीफ़्रेश नहीं हो सकी: %1 पहले लोड हुए ट्रंक दिखाए जा रहे हैं।</translation>
    </message>
    <message>
        <source>No trunks match “%1”</source>
        <translation>“%1” से कोई ट्रंक मेल नहीं खाता</translation>
    </message>
    <message>
        <source>The filter looks at trunk names, IDs and domains.</source>
        <translation>फ़िल्टर ट्रंक के नाम, ID और डोमेन देखता है।</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>फ़िल्टर हटाएँ</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>जुड़ा नहीं</translation>
    </message>
    <message>
        <source>Choose an account to see its trunks.</source>
        <translation>ट्रंक देखने के लिए एक खाता चुनें।</translation>
    </message>
    <message>
        <source>Loading trunks…</source>
        <translation>ट्रंक लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>This account does not list its trunks</source>
        <translation>यह खाता अपने ट्रंक की सूची नहीं देता</translation>
    </message>
    <message>
        <source>The server does not offer the trunk list for this account. Trunks created or opened here appear in this list. Open a trunk by its ID, or create one.</source>
        <translation>सर्वर इस खाते के लिए ट्रंक सूची नहीं देता। यहाँ बनाए या खोले गए ट्रंक इस सूची में दिखते हैं। ID से ट्रंक खोलें, या नया बनाएँ।</translation>
    </message>
    <message>
        <source>Create a Trunk (Ctrl+N)</source>
        <translation>एक ट्रंक बनाएँ (Ctrl+N)</translation>
    </message>
    <message>
        <source>No trunks yet</source>
        <translation>अभी कोई ट्रंक नहीं</translation>
    </message>
    <message>
        <source>Create a trunk to connect your PBX or SIP provider to Exotel.</source>
        <translation>अपने PBX या SIP प्रदाता को Exotel से जोड़ने के लिए एक ट्रंक बनाएँ।</translation>
    </message>
    <message>
        <source>Open Trunk by ID…</source>
        <translation>ID से ट्रंक खोलें…</translation>
    </message>
    <message>
        <source>Could not load the trunks</source>
        <translation>ट्रंक लोड नहीं हो सके</translation>
    </message>
    <message>
        <source>The trunks of this account. Enter opens one, Delete deletes it.</source>
        <translation>इस खाते के ट्रंक। Enter से कोई ट्रंक खुलता है, Delete से हटता है।</translation>
    </message>
    <message>
        <source>1 trunk</source>
        <translation>1 ट्रंक</translation>
    </message>
    <message>
        <source>%1 trunks</source>
        <translation>%1 ट्रंक</translation>
    </message>
    <message>
        <source>Exotel sent them in a form the console cannot read; the other trunks are complete.</source>
        <translation>Exotel ने इन्हें ऐसे रूप में भेजा जिसे कंसोल पढ़ नहीं सकता; बाकी ट्रंक पूरे हैं।</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>फ़िल्टर साफ़ करें</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>तैयारी</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::TrunkNameDelegate</name>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
</context>
<context>
    <name>exotrunk::ui::WelcomePage</name>
    <message>
        <source>Welcome to Exotrunk Console</source>
        <translation>Exotrunk Console में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Create and look after Exotel SIP trunks for your customers&apos; accounts. Add an account with its API key and token — the token is kept in your system keychain — or try everything first on the built-in sandbox, whose changes never reach Exotel.</source>
        <translation>अपने ग्राहकों के खातों के लिए Exotel SIP ट्रंक बनाएँ और उनकी देखभाल करें। API कुंजी और टोकन के साथ एक खाता जोड़ें — टोकन आपके सिस्टम कीचेन में रखा जाता है — या पहले अंतर्निहित सैंडबॉक्स पर सब कुछ आज़माएँ, जिसके बदलाव कभी Exotel तक नहीं पहुँचते।</translation>
    </message>
    <message>
        <source>Add an Exotel Account…</source>
        <translation>Exotel खाता जोड़ें…</translation>
    </message>
    <message>
        <source>Explore the Sandbox</source>
        <translation>सैंडबॉक्स आज़माएँ</translation>
    </message>
    <message>
        <source>Connect the console to an Exotel account with its API key and token</source>
        <translation>कंसोल को उसकी API कुंजी और टोकन से किसी Exotel खाते से जोड़ें</translation>
    </message>
    <message>
        <source>Try the console on a built-in server with demo trunks; nothing reaches Exotel</source>
        <translation>डेमो ट्रंकों वाले अंतर्निहित सर्वर पर कंसोल आज़माएँ; Exotel तक कुछ नहीं पहुँचता</translation>
    </message>
</context>
</TS>
