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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the built-in sandbox server and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run only the sandbox server, without a window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of --sandbox-server (default: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to this Exotel-compatible server instead of the account&apos;s region (http only on loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID the sandbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key the sandbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token the sandbox accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds the sandbox waits per answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of sandbox requests answered with 503 (0–1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute the sandbox allows (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated trunks to add to the sandbox&apos;s demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interface (en, hi); default: the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --sandbox or --sandbox-server, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-failure-rate takes a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Exotrunk Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, licence, and where the console keeps its settings and logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotrunk Console icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exotrunk Console %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and look after Exotel SIP trunks for many customer accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system keychain (Secret Service), never in the settings file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard error; when started from the desktop menu, the session journal (journalctl --user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts the versions and locations on the clipboard, to paste into a support request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the About window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every command of the console that has a keyboard shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a command or a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the commands or keys that contain this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per command: the command and its keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the keyboard shortcuts window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two shortcuts</comment>
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
    <name>exotrunk::ui::TrunkNameDelegate</name>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
