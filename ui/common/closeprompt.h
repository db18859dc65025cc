#pragma once

class QWidget;

namespace exotrunk {

class ProvisioningEngine;

namespace ui {

// The one "close while running?" question for every window that runs a provisioning plan (the
// Create Trunk form, the wizard, Finish setup), driven by ProvisioningEngine::isUnfinished().
// Nothing is asked when the plan is not unfinished. Asked, it says that the trunk keeps what is
// done and that its details page offers "Finish setup"; on Yes the engine is abandoned (its
// calls cancelled, the journal keeps the plan). True when the window may close.
bool mayCloseWhileProvisioning(QWidget *parent, ProvisioningEngine *engine);

} // namespace ui
} // namespace exotrunk
