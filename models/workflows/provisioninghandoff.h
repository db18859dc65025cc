#pragma once

#include "workflows/provisioningplan.h"

#include <QString>

namespace exotrunk {

// Where the engineer's SIP side meets Exotel, from the SIP-trunking guides.
namespace exotelEdge {
inline constexpr const char *PrimaryHost = "in.voip.exotel.com";
inline constexpr const char *MumbaiHost = "edge.mum.in.exotel.com";
inline constexpr const char *HyderabadHost = "edge.hyd.in.exotel.com";
inline constexpr int TlsPort = 443;
inline constexpr int TcpPort = 5070;
inline constexpr int RtpFirstPort = 10000;
inline constexpr int RtpLastPort = 40000;
} // namespace exotelEdge

// The plain-text hand-off an engineer copies into a ticket or gives the customer: trunk SID,
// what the Flow's Connect applet dials, SIP domain, edge hosts and ports, RTP range, codec,
// credential user name (the password only when `includePassword`), what is still missing and
// the manual steps that remain.
QString provisioningHandOff(const ProvisioningPlan &plan, bool includePassword = false);

} // namespace exotrunk
